// Which face each role of a paper is set in, and where it came from: the office's own font file
// (settings), else the official face installed on the machine (system-fonts.ts), else a bundled
// open-licence face. The settings screen shows this list (pdfFontRoles); the PDF renderer embeds
// what resolveRoleFont returns. Installed candidates pass the office-font check before use, once
// per process.

import { basename } from 'node:path';
import { isAppError } from '../../../shared/errors';
import { OPTIONAL_BUNDLED_FONTS, builtinFontPath, fontBytes, optionalBundledFontPath } from './fonts';
import type { FontSource, PdfFontOptions, ResolvedFont } from './fonts';
import type { FontKey } from './layout';
import { checkFontFile, parseFontSpec } from './office-fonts';
import type { CheckedFont } from './office-fonts';
import { FONT_ROLES, systemFontCandidates, systemFontsEnabled } from './system-fonts';
import type { FontRole } from './system-fonts';

export type { FontRole } from './system-fonts';

export type FontOrigin = 'office' | 'system' | 'bundled';

/** One role's face, for the settings screen: 正文 仿宋, 标题 小标宋, 一级标题 黑体, 二级标题 楷体. */
export interface FontRoleInfo {
  readonly role: FontRole;
  /** The role in Chinese, as the settings screen names it. */
  readonly label: string;
  /** The face's family name ("FangSong", "Noto Serif SC", "LXGW WenKai"). */
  readonly family: string;
  /** The font file's path. */
  readonly file: string;
  /** The face of a collection (.ttc), by PostScript name; null for a single-font file. */
  readonly postscriptName: string | null;
  readonly source: FontOrigin;
}

export const FONT_ROLE_LABELS: Readonly<Record<FontRole, string>> = {
  body: '正文（仿宋）',
  title: '标题（小标宋）',
  heading: '一级标题、表头（黑体）',
  kai: '二级标题（楷体）',
};

/** The role a typeface of the layout belongs to (页码's 宋体 goes with the body). */
export function roleOfFontKey(key: FontKey): FontRole {
  switch (key) {
    case 'fangsong':
    case 'song':
      return 'body';
    case 'xiaobiaosong':
      return 'title';
    case 'hei':
      return 'heading';
    case 'kai':
      return 'kai';
  }
}

const BUNDLED_WEIGHT: Readonly<Record<FontRole, 'regular' | 'bold'>> = {
  body: 'regular',
  title: 'bold',
  heading: 'bold',
  kai: 'regular',
};

function bundled(role: FontRole): FontRoleInfo {
  const optional: readonly { family: string; file: string; module?: string }[] =
    role === 'heading' ? OPTIONAL_BUNDLED_FONTS.heading : role === 'kai' ? OPTIONAL_BUNDLED_FONTS.kai : [];
  for (const font of optional) {
    const path = optionalBundledFontPath(font);
    if (path)
      return {
        role,
        label: FONT_ROLE_LABELS[role],
        family: font.family,
        file: path,
        postscriptName: null,
        source: 'bundled',
      };
  }
  return {
    role,
    label: FONT_ROLE_LABELS[role],
    family: 'Noto Serif SC',
    file: builtinFontPath(BUNDLED_WEIGHT[role]),
    postscriptName: null,
    source: 'bundled',
  };
}

function fromChecked(role: FontRole, font: CheckedFont, source: FontOrigin): FontRoleInfo {
  return {
    role,
    label: FONT_ROLE_LABELS[role],
    family: font.name || basename(font.path),
    file: font.path,
    postscriptName: font.postscriptName,
    source,
  };
}

const systemChoice = new Map<FontRole, FontRoleInfo | null>();

/** The first installed candidate for a role that passes the check; null when none does. */
function installed(role: FontRole): FontRoleInfo | null {
  const known = systemChoice.get(role);
  if (known !== undefined) return known;
  let chosen: FontRoleInfo | null = null;
  for (const path of systemFontCandidates(role)) {
    try {
      chosen = fromChecked(role, checkFontFile({ path, face: null }), 'system');
      break;
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
  }
  systemChoice.set(role, chosen);
  return chosen;
}

/** Forgets which installed fonts were chosen (tests; after fonts were installed). */
export function forgetSystemFontChoice(): void {
  systemChoice.clear();
}

function officeSource(role: FontRole, options: PdfFontOptions): FontSource | undefined {
  return options[role];
}

/** The face a role is set in: the office's (checked; a bad file is refused), else installed, else bundled. */
export function resolveRoleFont(role: FontRole, options: PdfFontOptions = {}): FontRoleInfo {
  const source = officeSource(role, options);
  if (source !== undefined) {
    const spec =
      typeof source === 'string' ? parseFontSpec(source) : { path: source.path, face: source.postscriptName };
    return fromChecked(role, checkFontFile(spec), 'office');
  }
  const useSystem = options.system ?? systemFontsEnabled();
  return (useSystem ? installed(role) : null) ?? bundled(role);
}

/**
 * For 设置: which face each role uses and where it came from, e.g.
 * `[{ role: 'body', family: 'FangSong', file: 'C:\\Windows\\Fonts\\simfang.ttf', source: 'system' }, …]`.
 */
export function pdfFontRoles(options: PdfFontOptions = {}): FontRoleInfo[] {
  return FONT_ROLES.map((role) => resolveRoleFont(role, options));
}

/** Whether the layout measures this face with the built-in metrics (metrics.ts): the bundled Noto Serif SC only. */
export function hasBuiltinMetrics(info: FontRoleInfo): boolean {
  return info.source === 'bundled' && info.family === 'Noto Serif SC';
}

/** What the PDF embeds for a typeface of the layout. Only the bundled Noto Serif SC is measured with the built-in metrics. */
export function resolveFontForKey(key: FontKey, options: PdfFontOptions = {}): ResolvedFont {
  const info = resolveRoleFont(roleOfFontKey(key), options);
  return {
    bytes: fontBytes(info.file),
    postscriptName: info.postscriptName ?? undefined,
    custom: !hasBuiltinMetrics(info),
  };
}
