// Finds and loads the fonts the PDF embeds. By default two weights of Noto Serif SC (SIL OFL 1.1,
// see build/fonts/) from @expo-google-fonts/noto-serif-sc; an office may point at installed fonts
// instead (simfang.ttf, simhei.ttf, simkai.ttf, …). Each file is read once per process.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { FontKey } from './layout';

/** A font file, or one face of a collection (.ttc) named by its PostScript name. */
export type FontSource = string | { readonly path: string; readonly postscriptName: string };

/** Fonts an office may supply: 仿宋 for the body, 小标宋 for titles, 黑体 for headings, 楷体. */
export interface PdfFontOptions {
  readonly body?: FontSource | undefined;
  readonly title?: FontSource | undefined;
  readonly heading?: FontSource | undefined;
  readonly kai?: FontSource | undefined;
}

export const BUILTIN_FONT_FILES = {
  regular: '400Regular/NotoSerifSC_400Regular.ttf',
  bold: '700Bold/NotoSerifSC_700Bold.ttf',
} as const;

const PACKAGE = '@expo-google-fonts/noto-serif-sc';

function requireFrom(): NodeJS.Require {
  try {
    return createRequire(import.meta.url);
  } catch {
    return createRequire(join(process.cwd(), 'package.json'));
  }
}

/** Path of a bundled weight: FASHEN_FONTS_DIR (a packaged app's copy) first, then node_modules. */
export function builtinFontPath(weight: keyof typeof BUILTIN_FONT_FILES): string {
  const file = BUILTIN_FONT_FILES[weight];
  const dir = process.env.FASHEN_FONTS_DIR;
  if (dir) {
    const packaged = join(dir, file.slice(file.indexOf('/') + 1));
    if (existsSync(packaged)) return packaged;
  }
  try {
    return requireFrom().resolve(`${PACKAGE}/${file}`);
  } catch {
    throw new AppError('FONT_NOT_FOUND', '找不到内置的思源宋体（Noto Serif SC）字体文件，无法生成 PDF。');
  }
}

const buffers = new Map<string, { readonly bytes: Buffer; readonly size: number; readonly mtimeMs: number }>();

/**
 * The font file's bytes, read on first use and kept while the file is unchanged (an office may
 * replace a font file while the app runs; the same Buffer is handed out until then, so pdf-fonts
 * parses it once).
 */
export function fontBytes(path: string): Buffer {
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = statSync(path));
  } catch {
    throw new AppError('FONT_NOT_FOUND', `找不到字体文件“${path}”，请检查字体设置。`, { path });
  }
  const cached = buffers.get(path);
  if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached.bytes;
  const bytes = readFileSync(path);
  buffers.set(path, { bytes, size, mtimeMs });
  return bytes;
}

export interface ResolvedFont {
  readonly bytes: Buffer;
  readonly postscriptName?: string | undefined;
  /** True when it is an office-supplied font rather than the bundled Noto Serif SC. */
  readonly custom: boolean;
}

/** The office's font for a typeface, if it supplied one. */
export function fontSourceFor(key: FontKey, options: PdfFontOptions): FontSource | undefined {
  switch (key) {
    case 'fangsong':
    case 'song':
      return options.body;
    case 'xiaobiaosong':
      return options.title;
    case 'hei':
      return options.heading;
    case 'kai':
      return options.kai;
  }
}

const DEFAULT_WEIGHT: Readonly<Record<FontKey, keyof typeof BUILTIN_FONT_FILES>> = {
  fangsong: 'regular',
  song: 'regular',
  kai: 'regular',
  xiaobiaosong: 'bold',
  hei: 'bold',
};

/** The font each typeface of the document is set in. */
export function resolveFont(key: FontKey, options: PdfFontOptions = {}): ResolvedFont {
  const source = fontSourceFor(key, options);
  if (source === undefined) return { bytes: fontBytes(builtinFontPath(DEFAULT_WEIGHT[key])), custom: false };
  if (typeof source === 'string') return { bytes: fontBytes(source), custom: true };
  return { bytes: fontBytes(source.path), postscriptName: source.postscriptName, custom: true };
}
