// Where templates live: the built-in ones in templates/ (one YAML file per document type, with a
// sample data file in templates/samples/), and optionally an office's own copies in an override
// folder. This is the documents capability's only file-system access besides the font resolver.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, isAppError } from '../../../shared/errors';
import { parseTemplate } from './template-parse';
import type { Template } from './template-schema';

export interface TemplateLocation {
  /** Folder of the built-in templates; found automatically when left out. */
  readonly builtinDir?: string | undefined;
  /** An office's folder of its own template copies (<id>.yaml), preferred when present and valid. */
  readonly overrideDir?: string | undefined;
}

export interface LoadedTemplate {
  readonly template: Template;
  readonly source: 'builtin' | 'override';
  readonly path: string;
  /** Why an office copy that exists was not used (it is invalid); the built-in one was used instead. */
  readonly overrideProblem?: string | undefined;
}

export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

const ID = /^[a-z][a-z0-9-]*$/;
const MARKER = 'review-opinion.yaml';

function moduleDir(): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}

/** templates/ found from this module upwards, or from the working directory upwards. */
export function builtinTemplatesDir(): string {
  const fromEnv = process.env.FASHEN_TEMPLATES_DIR;
  if (fromEnv) return fromEnv;
  for (const start of [moduleDir(), process.cwd()]) {
    for (let dir = start; dir !== undefined;) {
      const candidate = join(dir, 'templates');
      if (existsSync(join(candidate, MARKER))) return candidate;
      const parent = dirname(dir);
      dir = parent === dir ? undefined : parent;
    }
  }
  throw new AppError('TEMPLATES_NOT_FOUND', '找不到内置的文书模板目录（templates）。');
}

const cache = new Map<string, { mtimeMs: number; size: number; template: Template }>();

function readTemplateFile(path: string, id: string): Template {
  const { mtimeMs, size } = statSync(path);
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.template;
  const template = parseTemplate(readFileSync(path, 'utf8'), id, id);
  cache.set(path, { mtimeMs, size, template });
  return template;
}

/** Drops a file's cached template, for when the app itself replaces or moves that file. */
export function forgetCachedTemplate(path: string): void {
  cache.delete(path);
}

function checkId(id: string, builtinDir: string): string {
  const path = join(builtinDir, `${id}.yaml`);
  if (!ID.test(id) || !existsSync(path)) {
    throw new AppError('TEMPLATE_NOT_FOUND', `没有编号为“${id}”的文书模板。`, { template: id });
  }
  return path;
}

/** Loads a template, preferring the office's copy when it exists and is valid; says which was used. */
export function loadTemplate(id: string, location: TemplateLocation = {}): LoadedTemplate {
  const builtinDir = location.builtinDir ?? builtinTemplatesDir();
  const builtinPath = checkId(id, builtinDir);
  let overrideProblem: string | undefined;
  if (location.overrideDir) {
    const overridePath = join(location.overrideDir, `${id}.yaml`);
    if (existsSync(overridePath)) {
      try {
        return { template: readTemplateFile(overridePath, id), source: 'override', path: overridePath };
      } catch (error) {
        if (!isAppError(error)) throw error;
        overrideProblem = error.message;
      }
    }
  }
  return { template: readTemplateFile(builtinPath, id), source: 'builtin', path: builtinPath, overrideProblem };
}

export function listTemplates(location: TemplateLocation = {}): TemplateSummary[] {
  const builtinDir = location.builtinDir ?? builtinTemplatesDir();
  return readdirSync(builtinDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .filter((id) => ID.test(id))
    .sort()
    .map((id) => {
      const { template } = loadTemplate(id, location);
      return { id, name: template.name, description: template.description ?? '' };
    });
}

/** The realistic sample data shipped with a built-in template (templates/samples/<id>.json). */
export function sampleData(id: string, location: Pick<TemplateLocation, 'builtinDir'> = {}): unknown {
  const builtinDir = location.builtinDir ?? builtinTemplatesDir();
  checkId(id, builtinDir);
  const path = join(builtinDir, 'samples', `${id}.json`);
  if (!existsSync(path)) throw new AppError('SAMPLE_NOT_FOUND', `文书模板“${id}”没有示例数据。`, { template: id });
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}
