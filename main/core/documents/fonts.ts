// Finds and loads the fonts the PDF embeds. An office may point at its own font files; otherwise the
// official faces installed on the machine are used (system-fonts.ts, chosen in font-roles.ts); what
// is missing falls back to the bundled open-licence faces (SIL OFL 1.1, see build/fonts/): Noto Serif
// SC from @expo-google-fonts/noto-serif-sc, Noto Sans SC (黑体 headings) from
// @expo-google-fonts/noto-sans-sc when that package is installed, and LXGW WenKai (楷体) when a
// packaged app carries it in FASHEN_FONTS_DIR. Each file is read once per process.

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
  /**
   * Whether faces the office did not set are looked for among the installed fonts (the default,
   * unless FASHEN_SYSTEM_FONTS=0) before the bundled ones are used.
   */
  readonly system?: boolean | undefined;
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

/** A bundled face that may be absent (an optional package, a file a packaged app may carry). */
export interface OptionalBundledFont {
  readonly family: string;
  /** File name in FASHEN_FONTS_DIR. */
  readonly file: string;
  /** Package path resolved from node_modules, if any. */
  readonly module?: string | undefined;
}

/**
 * Bundled faces closer to the official ones than Noto Serif SC, used when present: Noto Sans SC
 * Medium for 黑体 (package @expo-google-fonts/noto-sans-sc) and LXGW WenKai for 楷体 (a packaged
 * app's copy of the OFL file from the fonts-lxgw-wenkai release).
 */
export const OPTIONAL_BUNDLED_FONTS = {
  heading: [
    {
      family: 'Noto Sans SC',
      file: 'NotoSansSC_500Medium.ttf',
      module: '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf',
    },
    {
      family: 'Noto Sans SC',
      file: 'NotoSansSC_400Regular.ttf',
      module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    },
  ],
  kai: [{ family: 'LXGW WenKai', file: 'LXGWWenKai-Regular.ttf' }],
} as const satisfies Readonly<Record<string, readonly OptionalBundledFont[]>>;

/** Path of an optional bundled face, or null when neither the packaged copy nor the package is there. */
export function optionalBundledFontPath(font: OptionalBundledFont): string | null {
  const dir = process.env.FASHEN_FONTS_DIR;
  if (dir) {
    const packaged = join(dir, font.file);
    if (existsSync(packaged)) return packaged;
  }
  if (font.module === undefined) return null;
  try {
    return requireFrom().resolve(font.module);
  } catch {
    return null;
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

/** Drops a file's kept bytes (a font's cut copy that a newer one replaced: font-subsets.ts). */
export function forgetFontBytes(path: string): void {
  buffers.delete(path);
}

export interface ResolvedFont {
  readonly bytes: Buffer;
  readonly postscriptName?: string | undefined;
  /** True when it is not the bundled Noto Serif SC (an office's or an installed font): measured with its own metrics. */
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
