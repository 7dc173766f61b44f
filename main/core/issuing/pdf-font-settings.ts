// The office's own fonts for PDFs (文书 › PDF 字体): for each typeface the path of an installed font
// file (C:\Windows\Fonts\simfang.ttf …) or nothing, meaning the bundled Noto Serif SC. Kept in the
// settings table as JSON; each file passes the one check in documents/office-fonts.ts when saved.
// The app does not copy the files: they are the office's licensed fonts, used where Windows keeps them.

import { isAbsolute } from 'node:path';
import { PDF_FONT_ROLE_EXAMPLES, PDF_FONT_ROLE_LABELS, PDF_FONT_ROLES } from '../../../shared/contract/documents';
import type { PdfFontRole, PdfFontSettings, PdfFontsInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { AppError, isAppError } from '../../../shared/errors';
import { checkFontFile, fontSourceOf, parseFontSpec } from '../documents/office-fonts';
import { resolveRoleFont } from '../documents/font-roles';
import type { PdfFontOptions } from '../documents/render';
import { actorName } from '../session/operator';
import { getSetting, setSetting } from '../session/settings';

const KEY = 'pdf_fonts';
export const BUILTIN_FONT_NAME = '思源宋体 Noto Serif SC（内置）';

type Stored = Partial<Record<PdfFontRole, string>>;

function readStored(ctx: CoreContext): Stored {
  const text = getSetting(ctx.db, KEY);
  if (text === null) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return {};
    const stored: Stored = {};
    for (const role of PDF_FONT_ROLES) {
      const path = (value as Record<string, unknown>)[role];
      if (typeof path === 'string' && path !== '') stored[role] = path;
    }
    return stored;
  } catch {
    return {};
  }
}

/** The face a role's papers are set in now (office file, installed face or bundled), for the settings card. */
function faceInUse(
  role: PdfFontRole,
  path: string | null,
  problem: string | null,
): PdfFontSettings['fonts'][number]['inUse'] {
  if (problem !== null) return null;
  try {
    const info = resolveRoleFont(role, path === null ? {} : { [role]: path });
    const file = info.postscriptName ? `${info.file}#${info.postscriptName}` : info.file;
    return { family: info.family, file, source: info.source };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return null;
  }
}

/** Each typeface's saved font, its name, and why it cannot be used now (moved, deleted, replaced). */
export function pdfFontSettings(ctx: CoreContext): PdfFontSettings {
  const stored = readStored(ctx);
  return {
    builtinName: BUILTIN_FONT_NAME,
    fonts: PDF_FONT_ROLES.map((role) => {
      const path = stored[role] ?? null;
      let fontName: string | null = null;
      let problem: string | null = null;
      if (path !== null) {
        try {
          fontName = checkFontFile(path).name;
        } catch (error) {
          if (!isAppError(error)) throw error;
          problem = error.message;
        }
      }
      return {
        role,
        label: PDF_FONT_ROLE_LABELS[role],
        path,
        fontName,
        problem,
        inUse: faceInUse(role, path, problem),
      };
    }),
  };
}

/** Checks every file given, refusing the first bad one (naming its field) before anything is saved. */
export function savePdfFonts(ctx: CoreContext, input: Required<PdfFontsInput>): PdfFontSettings {
  const next: Stored = {};
  for (const role of PDF_FONT_ROLES) {
    const text = input[role].trim();
    if (text === '') continue;
    const spec = parseFontSpec(text);
    if (!isAbsolute(spec.path)) {
      throw new AppError('FONT_INVALID', `请填写字体文件的完整路径，例如 ${PDF_FONT_ROLE_EXAMPLES[role]}。`, {
        field: role,
      });
    }
    try {
      checkFontFile(spec);
    } catch (error) {
      if (isAppError(error)) throw new AppError(error.code, error.message, { ...error.details, field: role });
      throw error;
    }
    next[role] = text;
  }
  const before = readStored(ctx);
  setSetting(ctx.db, KEY, Object.keys(next).length === 0 ? null : JSON.stringify(next));
  const described = PDF_FONT_ROLES.filter((role) => next[role]).map(
    (role) => `${PDF_FONT_ROLE_LABELS[role]}：${next[role]}`,
  );
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action: 'documents.pdfFonts.save',
    entity: 'settings',
    entityId: KEY,
    summary: described.length > 0 ? `设置 PDF 字体（${described.join('；')}）` : 'PDF 字体全部使用内置字体',
    before,
    after: next,
  });
  return pdfFontSettings(ctx);
}

/** 恢复默认（内置字体）: every typeface back to the bundled Noto Serif SC. */
export function resetPdfFonts(ctx: CoreContext): PdfFontSettings {
  const before = readStored(ctx);
  setSetting(ctx.db, KEY, null);
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action: 'documents.pdfFonts.reset',
    entity: 'settings',
    entityId: KEY,
    summary: 'PDF 字体恢复默认（内置字体）',
    before,
    after: {},
  });
  return pdfFontSettings(ctx);
}

/**
 * The fonts a paper being issued is printed in. A saved font that can no longer be used (the file
 * was moved or deleted, or replaced by something else) refuses the issue — before a number is
 * taken — rather than falling back to the built-in font: a formal paper silently printed in a
 * different typeface than the office chose is worse than a clear message telling the clerk to fix
 * the setting or restore the default.
 */
export function officePdfFonts(ctx: CoreContext): PdfFontOptions {
  const stored = readStored(ctx);
  const fonts: { -readonly [K in keyof PdfFontOptions]: PdfFontOptions[K] } = {};
  for (const role of PDF_FONT_ROLES) {
    const path = stored[role];
    if (path === undefined) continue;
    try {
      fonts[role] = fontSourceOf(checkFontFile(path));
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError(
        'PDF_FONT_UNUSABLE',
        `本单位设置的${PDF_FONT_ROLE_LABELS[role]}字体用不了：${error.message}请到“文书 › PDF 字体”中改正，或点“恢复默认（内置字体）”。`,
        { role, path },
      );
    }
  }
  return fonts;
}
