// An office's own copy of a built-in template, edited in the app: read the text to edit, check it
// (with a preview from the shipped sample data), save it, or go back to the built-in one. Files
// only, no database: the caller records the audit entry through `record`, which runs after every
// check and before anything on disk changes, so a caller inside a transaction can roll back both.
//
// Layout of the office folder (<data folder>/templates):
//   <id>.yaml                         the copy in use (template-store prefers it when it is valid)
//   replaced/<id>-<YYYYMMDD-HHmmss>.yaml  every earlier copy, moved aside, never deleted
//
// Versions. An issued paper records only its template's source ('builtin' | 'override') and
// `version` (an integer column). So that this pair names exactly one template text, a copy saved
// here must carry a `version` higher than every version this template has had: the built-in one,
// the office's current and replaced copies, and any recorded on an issued paper. The text of
// ('override', v) is then the one file with that version in templates/ or templates/replaced/
// (and its SHA-256 is in the audit entry of the save). Copies placed in the folder by hand are not
// held to this; they are outside the app's record.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, isAppError } from '../../../shared/errors';
import { fsyncDir, sha256, writeFileAtomic } from '../files/atomic';
import { buildDocument } from './build';
import type { DocumentModel } from './model';
import { parseTemplate } from './template-parse';
import type { Template } from './template-schema';
import { forgetCachedTemplate, loadTemplate, sampleData } from './template-store';

/** Largest template text accepted (bytes of UTF-8); the built-in ones are under 6 KB. */
export const MAX_TEMPLATE_BYTES = 200 * 1024;

export const REPLACED_FOLDER = 'replaced';

export interface OfficeTemplateDirs {
  /** Folder of the built-in templates; found automatically when left out. */
  readonly builtinDir?: string | undefined;
  /** The office's template folder (<data folder>/templates). */
  readonly officeDir: string;
}

export interface TemplateTexts {
  /** What the office edits: its own copy when it has one (even one that fails its check), else the built-in text. */
  readonly text: string;
  readonly builtinText: string;
  /** Whether `text` is the office's own copy. */
  readonly officeCopy: boolean;
  /** Which template documents are made from now. */
  readonly source: 'builtin' | 'override';
  /** Why the office copy is not used, when it fails its check. */
  readonly overrideProblem: string | null;
  /** The lowest `version` a save accepts. */
  readonly minVersion: number;
}

export type TemplateCheck =
  | { readonly ok: true; readonly template: Template; readonly model: DocumentModel }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** A file moved aside into replaced/. */
export interface ReplacedCopy {
  /** Relative to the office folder, forward slashes: replaced/review-opinion-20250602-100000.yaml */
  readonly file: string;
  readonly version: number | null;
  readonly sha256: string;
}

export interface TemplateSaved {
  readonly template: Template;
  readonly sha256: string;
  readonly replaced: ReplacedCopy | null;
}

export interface SaveOptions {
  readonly now: Date;
  /** Versions recorded on issued papers of this template (either source). */
  readonly issuedVersions?: readonly number[];
  /** Called after every check passed, before any file changes; throwing stops the save. */
  readonly record?: (saved: TemplateSaved) => void;
}

export interface ResetOptions {
  readonly now: Date;
  readonly record?: (replaced: ReplacedCopy) => void;
}

const VERSION_LINE = /^version[ \t]*:[ \t]*(\d+)[ \t]*(?:#.*)?$/m;

/** A top-level `version:` read leniently from any text (a replaced copy may not pass its check). */
function versionIn(text: string): number | null {
  const match = VERSION_LINE.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}

/** '第 7 行' for the top-level key, or '' when it cannot be found. */
function lineOfKey(text: string, key: 'id' | 'version'): string {
  const match = new RegExp(`^${key}[ \\t]*:`, 'm').exec(text);
  return match ? `第 ${text.slice(0, match.index).split('\n').length} 行` : '';
}

function officePath(dirs: OfficeTemplateDirs, id: string): string {
  return join(dirs.officeDir, `${id}.yaml`);
}

function builtinOf(id: string, dirs: OfficeTemplateDirs): { template: Template; text: string } {
  // Without an office folder loadTemplate returns the built-in one (and refuses an unknown id).
  const loaded = loadTemplate(id, { builtinDir: dirs.builtinDir });
  return { template: loaded.template, text: readFileSync(loaded.path, 'utf8') };
}

function replacedCopies(dirs: OfficeTemplateDirs, id: string): string[] {
  const dir = join(dirs.officeDir, REPLACED_FOLDER);
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(`^${id}-\\d{8}-\\d{6}(?:-\\d+)?\\.yaml$`);
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));
}

/** The lowest version a new office copy may carry: one above every version this template has had. */
export function minimumVersion(id: string, dirs: OfficeTemplateDirs, issuedVersions: readonly number[] = []): number {
  const seen = [builtinOf(id, dirs).template.version, ...issuedVersions];
  for (const path of [officePath(dirs, id), ...replacedCopies(dirs, id)]) {
    if (!existsSync(path)) continue;
    const version = versionIn(readFileSync(path, 'utf8'));
    if (version !== null) seen.push(version);
  }
  return Math.max(...seen) + 1;
}

export function readTemplateTexts(
  id: string,
  dirs: OfficeTemplateDirs,
  issuedVersions: readonly number[] = [],
): TemplateTexts {
  const builtin = builtinOf(id, dirs);
  const path = officePath(dirs, id);
  const officeCopy = existsSync(path);
  const loaded = loadTemplate(id, { builtinDir: dirs.builtinDir, overrideDir: dirs.officeDir });
  return {
    text: officeCopy ? readFileSync(path, 'utf8') : builtin.text,
    builtinText: builtin.text,
    officeCopy,
    source: loaded.source,
    overrideProblem: loaded.overrideProblem ?? null,
    minVersion: minimumVersion(id, dirs, issuedVersions),
  };
}

/**
 * The office copy that carried `version`: the one in use or one kept in replaced/ (newest first),
 * or null when none is left that passes its check. For showing an issued paper as it was made.
 */
export function officeTemplateOfVersion(id: string, dirs: OfficeTemplateDirs, version: number): Template | null {
  const candidates = [officePath(dirs, id), ...replacedCopies(dirs, id).sort().reverse()];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (versionIn(text) !== version) continue;
    try {
      return parseTemplate(text, id, id);
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
  }
  return null;
}

/**
 * Everything a save requires, as one Chinese sentence when it fails: the size, the template's own
 * check (naming line, place and field), its `id`, its `version`, and that the shipped sample data
 * still fills it (the app supplies data of the built-in template's shape).
 */
export function checkOfficeTemplate(
  id: string,
  text: string,
  dirs: OfficeTemplateDirs,
  issuedVersions: readonly number[] = [],
): TemplateCheck {
  const builtin = builtinOf(id, dirs);
  const name = builtin.template.name;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEMPLATE_BYTES) {
    return {
      ok: false,
      code: 'TEMPLATE_TOO_LARGE',
      message: `模板内容太大（${Math.ceil(bytes / 1024)} KB），不能超过 ${MAX_TEMPLATE_BYTES / 1024} KB。`,
    };
  }
  let template: Template;
  try {
    template = parseTemplate(text, id);
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  if (template.id !== id) {
    return {
      ok: false,
      code: 'TEMPLATE_ID_MISMATCH',
      message: `文书模板“${id}”有误，${lineOfKey(text, 'id')}（id）：这是${name}的模板，id 应为“${id}”，不能改为“${template.id}”。`,
    };
  }
  const minVersion = minimumVersion(id, dirs, issuedVersions);
  if (template.version < minVersion) {
    return {
      ok: false,
      code: 'TEMPLATE_VERSION_TOO_LOW',
      message:
        `文书模板“${id}”有误，${lineOfKey(text, 'version')}（version）：版本号应至少为 ${minVersion}（现为 ${template.version}）。` +
        '每次保存本单位模板都要提高版本号，已出具文书记录的版本号才能对应到唯一的模板内容。',
    };
  }
  let model: DocumentModel;
  try {
    model = buildDocument(template, sampleData(id, { builtinDir: dirs.builtinDir }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      ok: false,
      code: 'TEMPLATE_SAMPLE_MISMATCH',
      message:
        `文书模板“${id}”本身的写法没有问题，但内置的示例数据已填不进它：${error.message}` +
        '程序出具文书时按内置模板的数据定义（data）提供数据，本单位模板请保留这些定义，只改文字和版式，否则出具时会失败。',
    };
  }
  return { ok: true, template, model };
}

/** Office time (UTC+8, no daylight saving) as 20250602-100000, for the names of replaced copies. */
function stamp(now: Date): string {
  const iso = new Date(now.getTime() + 8 * 3600_000).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

function replacedName(dirs: OfficeTemplateDirs, id: string, now: Date): string {
  const dir = join(dirs.officeDir, REPLACED_FOLDER);
  const base = `${id}-${stamp(now)}`;
  let name = `${base}.yaml`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${base}-${n}.yaml`;
  return name;
}

function currentCopy(
  dirs: OfficeTemplateDirs,
  id: string,
  now: Date,
): { path: string; bytes: Buffer; aside: ReplacedCopy } | null {
  const path = officePath(dirs, id);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const file = `${REPLACED_FOLDER}/${replacedName(dirs, id, now)}`;
  return { path, bytes, aside: { file, version: versionIn(bytes.toString('utf8')), sha256: sha256(bytes) } };
}

/**
 * Saves the office's copy. A text that fails checkOfficeTemplate is refused with its message and
 * nothing changes. The earlier copy is first written whole into replaced/, then the new one
 * replaces it atomically: a crash at any point leaves either copy in place, never half of one.
 */
export function saveOfficeTemplate(
  id: string,
  text: string,
  dirs: OfficeTemplateDirs,
  options: SaveOptions,
): TemplateSaved {
  const check = checkOfficeTemplate(id, text, dirs, options.issuedVersions);
  if (!check.ok) throw new AppError(check.code, check.message, { template: id });
  const bytes = Buffer.from(text, 'utf8');
  const earlier = currentCopy(dirs, id, options.now);
  const saved: TemplateSaved = { template: check.template, sha256: sha256(bytes), replaced: earlier?.aside ?? null };
  options.record?.(saved);
  if (earlier) writeFileAtomic(join(dirs.officeDir, earlier.aside.file), earlier.bytes);
  const path = officePath(dirs, id);
  writeFileAtomic(path, bytes);
  forgetCachedTemplate(path);
  return saved;
}

/** Moves the office's copy into replaced/ (never deletes it); documents use the built-in template again. */
export function resetOfficeTemplate(id: string, dirs: OfficeTemplateDirs, options: ResetOptions): ReplacedCopy {
  const builtin = builtinOf(id, dirs);
  const earlier = currentCopy(dirs, id, options.now);
  if (!earlier) {
    throw new AppError('NO_OFFICE_TEMPLATE', `“${builtin.template.name}”没有本单位模板，使用的就是内置模板。`, {
      template: id,
    });
  }
  options.record?.(earlier.aside);
  const target = join(dirs.officeDir, earlier.aside.file);
  mkdirSync(join(dirs.officeDir, REPLACED_FOLDER), { recursive: true });
  renameSync(earlier.path, target);
  fsyncDir(join(dirs.officeDir, REPLACED_FOLDER));
  fsyncDir(dirs.officeDir);
  forgetCachedTemplate(earlier.path);
  return earlier.aside;
}
