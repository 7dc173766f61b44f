// The one check of a font file an office points the app at (the settings screen, issuing and the
// CLI all use it): the file exists and is readable, it is a TrueType/OpenType font or one face of
// a collection (.ttc), it has the Chinese characters and marks the papers print, and pdfkit can
// actually embed it. Each refusal is one Chinese sentence naming the file. A file's verdict is kept
// for as long as its bytes are (fonts.ts re-reads a file that changed), so issuing pays for it once.

import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type PdfkitDocument from 'pdfkit';
import type * as Fontkit from 'fontkit';
import type { FontkitCollection, FontkitFont } from 'fontkit';
import { AppError, isAppError } from '../../../shared/errors';
import { cachedVerdict, fontFileKey, keepVerdict } from './font-cache';
import { fontBytes, fontSourceFor } from './fonts';
import type { FontSource, PdfFontOptions, ResolvedFont } from './fonts';
import type { FontKey } from './layout';

/**
 * Characters every paper needs: the marks of a document number (〔〕号), the words of its titles and
 * common ones, full-width punctuation and digits. A font lacking any of them prints empty boxes.
 */
export const REQUIRED_CHARACTERS =
  '审核意见书〔〕号法制第条年月日一二三四五六七八九十零〇经办人单位案件移送函告知通补正材料清单送达回证：，。、；（）《》“”0123456789';

/** Larger than any CJK font (simsun.ttc ≈ 18 MB, Noto CJK ≈ 25 MB), small enough not to read a disk image by mistake. */
const MAX_FONT_BYTES = 100 * 1024 * 1024;

/** A font file as the office names it: a path, and for a collection optionally the face (`simsun.ttc#NSimSun`). */
export interface FontSpec {
  readonly path: string;
  readonly face: string | null;
}

/** `C:\Windows\Fonts\simsun.ttc#NSimSun` → the file and the face; anything else is a plain path. */
export function parseFontSpec(text: string): FontSpec {
  const trimmed = text.trim();
  const match = /^(.*\.ttc)#([^#]+)$/i.exec(trimmed);
  if (match?.[1] && match[2]) return { path: match[1], face: match[2].trim() };
  return { path: trimmed, face: null };
}

export function formatFontSpec(spec: FontSpec): string {
  return spec.face ? `${spec.path}#${spec.face}` : spec.path;
}

/** A font that passed the check. */
export interface CheckedFont {
  readonly path: string;
  /** The face of a collection (.ttc) to embed, by PostScript name; null for a single-font file. */
  readonly postscriptName: string | null;
  /** The font's own name for people, e.g. "FangSong" or "Noto Serif CJK SC". */
  readonly name: string;
}

/** What pdfkit is given for a checked font. */
export function fontSourceOf(font: CheckedFont): FontSource {
  return font.postscriptName ? { path: font.path, postscriptName: font.postscriptName } : font.path;
}

interface FontLibraries {
  readonly PDFDocument: typeof PdfkitDocument;
  readonly fontkit: typeof Fontkit;
}

let libraries: FontLibraries | undefined;

/**
 * Loads one of the font libraries (pdfkit, fontkit) as CommonJS, the form pdfkit itself requires
 * fontkit in, so there is one copy of each. Plain require() calls, so the desktop bundle includes
 * them and the CLI's loads them from node_modules; where there is no require (ES modules run as
 * such: tests, tsx), one is made.
 */
function requireLibrary(name: 'pdfkit' | 'fontkit'): unknown {
  if (typeof require === 'function') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, bundled where bundled
    return name === 'pdfkit' ? (require('pdfkit') as unknown) : (require('fontkit') as unknown);
  }
  return createRequire(import.meta.url)(name) as unknown;
}

/**
 * Loads fontkit alone (≈ 120 ms of a first paper's library loading), so a warm-up (warm-up.ts)
 * can spread the libraries' loading over two turns of the event loop; pdfkit then finds it loaded.
 */
export function preloadFontkit(): void {
  requireLibrary('fontkit');
}

/**
 * pdfkit and fontkit, loaded when a font is first checked rather than when the app starts (browser
 * mode answers sooner; settings that never touch a font never load them).
 */
function fontLibraries(): FontLibraries {
  libraries ??= {
    PDFDocument: requireLibrary('pdfkit') as typeof PdfkitDocument,
    fontkit: requireLibrary('fontkit') as typeof Fontkit,
  };
  return libraries;
}

function fontError(message: string, path: string): AppError {
  return new AppError('FONT_INVALID', message, { path });
}

/** Refuses what cannot be a font file (no file, a folder, a device, too large) without reading it. */
function statFont(path: string): void {
  if (path === '') throw fontError('请填写字体文件的路径。', path);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw fontError(`“${path}”是一个文件夹，请选择字体文件（.ttf、.otf 或 .ttc）。`, path);
    // A device or pipe (/dev/zero, a FIFO) reports no size and would be read for ever.
    if (!stat.isFile()) throw fontError(`“${path}”不是一个普通文件，请选择字体文件（.ttf、.otf 或 .ttc）。`, path);
    size = stat.size;
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('FONT_NOT_FOUND', `找不到字体文件“${path}”，请检查字体设置。`, { path });
  }
  if (size > MAX_FONT_BYTES)
    throw fontError(
      `“${path}”有 ${Math.round(size / 1024 / 1024)} MB，不是字体文件（字体文件一般小于 100 MB）。`,
      path,
    );
}

function readFont(path: string): Buffer {
  statFont(path);
  try {
    return fontBytes(path);
  } catch {
    throw fontError(`无法读取字体文件“${path}”，请检查文件是否被占用、是否有读取权限。`, path);
  }
}

function parse(bytes: Buffer, path: string): FontkitFont | FontkitCollection {
  try {
    return fontLibraries().fontkit.create(bytes);
  } catch {
    throw fontError(`“${basename(path)}”不是字体文件（或文件已损坏），请选择 .ttf、.otf 或 .ttc 字体文件。`, path);
  }
}

function isCollection(font: FontkitFont | FontkitCollection): font is FontkitCollection {
  return Array.isArray((font as FontkitCollection).fonts);
}

function displayName(font: FontkitFont, path: string): string {
  return font.familyName?.trim() || font.postscriptName?.trim() || basename(path);
}

function missingCharacters(font: FontkitFont): string[] {
  const missing: string[] = [];
  for (const char of REQUIRED_CHARACTERS) {
    const codePoint = char.codePointAt(0);
    if (codePoint !== undefined && !font.hasGlyphForCodePoint(codePoint)) missing.push(char);
  }
  return missing;
}

function missingMessage(name: string, path: string, missing: readonly string[]): string {
  const shown = missing
    .slice(0, 6)
    .map((char) => `“${char}”`)
    .join('');
  const more = missing.length > 6 ? `等 ${missing.length} 个字符` : '';
  return `字体“${name}”（${basename(path)}）缺少文书要用的汉字或符号（${shown}${more}），用它生成的 PDF 会出现空框；请选择仿宋、黑体、楷体等中文字体。`;
}

/** Embeds the characters in a throw-away document: what issuing will do, so a font pdfkit cannot subset is refused now. */
function tryEmbed(bytes: Buffer, postscriptName: string | null, name: string, path: string): void {
  // The document itself is outside the try: only what the font does is blamed on the font.
  const doc = new (fontLibraries().PDFDocument)({ autoFirstPage: true, compress: false });
  doc.on('data', () => undefined);
  try {
    doc.registerFont('office-font-check', bytes, postscriptName ?? undefined);
    doc.font('office-font-check').fontSize(12).text(REQUIRED_CHARACTERS);
    doc.end();
  } catch {
    throw fontError(
      `字体“${name}”（${basename(path)}）无法嵌入 PDF（文件可能已损坏或格式特殊），请换一个字体文件。`,
      path,
    );
  }
}

/** The face of a collection: the one named, else the first with every character needed (a simplified-Chinese face first). */
function chooseFace(collection: FontkitCollection, spec: FontSpec): FontkitFont {
  const faces = collection.fonts;
  const file = basename(spec.path);
  if (spec.face !== null) {
    const named = faces.find((face) => face.postscriptName === spec.face);
    if (named) return named;
    const names = faces.map((face) => face.postscriptName).filter((name): name is string => !!name);
    throw fontError(`字体集“${file}”中没有名为“${spec.face}”的字体；其中有：${names.join('、')}。`, spec.path);
  }
  const usable = faces.filter((face) => face.postscriptName && missingCharacters(face).length === 0);
  const simplified = usable.find((face) =>
    /(^|[^A-Za-z])(SC|GB|CN|Hans)([^A-Za-z]|$)|CJKsc|SC-/i.test(
      `${face.postscriptName ?? ''} ${face.familyName ?? ''}`,
    ),
  );
  const chosen = simplified ?? usable[0];
  if (chosen) return chosen;
  const first = faces[0];
  if (!first) throw fontError(`字体集“${file}”里没有任何字体。`, spec.path);
  throw fontError(missingMessage(displayName(first, spec.path), spec.path, missingCharacters(first)), spec.path);
}

function check(bytes: Buffer, spec: FontSpec): CheckedFont {
  const parsed = parse(bytes, spec.path);
  if (isCollection(parsed)) {
    if (parsed.type !== 'TTC') {
      throw fontError(
        `“${basename(spec.path)}”是苹果旧式字体（DFont），PDF 只能嵌入 .ttf、.otf 或 .ttc 字体。`,
        spec.path,
      );
    }
    const face = chooseFace(parsed, spec);
    const name = displayName(face, spec.path);
    const missing = missingCharacters(face);
    if (missing.length > 0) throw fontError(missingMessage(name, spec.path, missing), spec.path);
    tryEmbed(bytes, face.postscriptName, name, spec.path);
    return { path: spec.path, postscriptName: face.postscriptName, name };
  }
  if (spec.face !== null)
    throw fontError(`“${basename(spec.path)}”不是字体集（.ttc），不能用“#”指定其中的字体。`, spec.path);
  if (parsed.type !== 'TTF') {
    throw fontError(
      `“${basename(spec.path)}”是网页字体（${parsed.type}），PDF 只能嵌入 .ttf、.otf 或 .ttc 字体。`,
      spec.path,
    );
  }
  const name = displayName(parsed, spec.path);
  const missing = missingCharacters(parsed);
  if (missing.length > 0) throw fontError(missingMessage(name, spec.path, missing), spec.path);
  tryEmbed(bytes, null, name, spec.path);
  return { path: spec.path, postscriptName: null, name };
}

/** This process's verdicts, by the file's key (font-cache.ts: its path, size, time and content, and the face asked for). */
const verdicts = new Map<string, CheckedFont | AppError>();

/** The check's verdict, from the cache of earlier processes when the file is unchanged (then it is not even read). */
function keptVerdict(wanted: FontSpec, key: string | null): CheckedFont | AppError {
  const kept = key === null ? undefined : cachedVerdict(key);
  if (kept?.ok) return { path: wanted.path, postscriptName: kept.postscriptName, name: kept.name };
  if (kept) return new AppError(kept.code, kept.message, { path: wanted.path });
  let verdict: CheckedFont | AppError;
  try {
    verdict = check(readFont(wanted.path), wanted);
  } catch (error) {
    if (!isAppError(error)) throw error;
    verdict = error;
  }
  if (key !== null)
    keepVerdict(
      key,
      verdict instanceof AppError
        ? { ok: false, code: verdict.code, message: verdict.message }
        : { ok: true, postscriptName: verdict.postscriptName, name: verdict.name },
    );
  return verdict;
}

/**
 * Checks an office's font file; FONT_INVALID with one Chinese sentence naming the file otherwise.
 * `spec` may be a FontSpec or text as typed (`…\simsun.ttc#NSimSun`).
 */
export function checkFontFile(spec: FontSpec | string): CheckedFont {
  const wanted = typeof spec === 'string' ? parseFontSpec(spec) : spec;
  statFont(wanted.path);
  const key = fontFileKey(wanted.path, `${wanted.face ?? ''}\0${REQUIRED_CHARACTERS}`);
  let verdict = key === null ? undefined : verdicts.get(key);
  if (verdict === undefined) {
    verdict = keptVerdict(wanted, key);
    if (key !== null) verdicts.set(key, verdict);
  }
  if (verdict instanceof AppError) throw new AppError(verdict.code, verdict.message, verdict.details);
  // The same bytes may be reached by another path (a copy): name the path asked about.
  return { ...verdict, path: wanted.path };
}

function specOf(source: FontSource): FontSpec {
  return typeof source === 'string' ? parseFontSpec(source) : { path: source.path, face: source.postscriptName };
}

/** Checks every office font in the options, so a bad one is refused before anything is drawn or numbered. */
export function checkPdfFontOptions(options: PdfFontOptions): PdfFontOptions {
  const checked = (source: FontSource | undefined) =>
    source === undefined ? undefined : fontSourceOf(checkFontFile(specOf(source)));
  return {
    body: checked(options.body),
    title: checked(options.title),
    heading: checked(options.heading),
    kai: checked(options.kai),
    ...(options.system === undefined ? {} : { system: options.system }),
  };
}

/** The font a typeface is set in, an office's own one checked (and a collection's face chosen) first. */
export function resolveCheckedFont(key: FontKey, options: PdfFontOptions = {}): ResolvedFont | null {
  const source = fontSourceFor(key, options);
  if (source === undefined) return null;
  const font = checkFontFile(specOf(source));
  return { bytes: fontBytes(font.path), postscriptName: font.postscriptName ?? undefined, custom: true };
}

/**
 * The index of a face in its file, for tools that address faces by number (HarfBuzz): the face
 * named `postscriptName` in a collection (.ttc), 0 for a single font; null when the file is not a
 * font or has no such face.
 */
export function faceIndexOf(bytes: Buffer, postscriptName: string | null): number | null {
  let font: FontkitFont | FontkitCollection;
  try {
    font = fontLibraries().fontkit.create(bytes);
  } catch {
    return null;
  }
  if (!isCollection(font)) return postscriptName === null || font.postscriptName === postscriptName ? 0 : null;
  const index = font.fonts.findIndex((face) => postscriptName === null || face.postscriptName === postscriptName);
  return index >= 0 ? index : null;
}

/** A single font (not a collection) parsed from its bytes, or null when it is none. */
export function parseFontBytes(bytes: Buffer): FontkitFont | null {
  try {
    const font = fontLibraries().fontkit.create(bytes);
    return isCollection(font) ? null : font;
  } catch {
    return null;
  }
}
