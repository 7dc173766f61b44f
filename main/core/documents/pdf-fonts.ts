// Puts the resolved fonts into a pdfkit document. pdfkit parses a font file afresh for every
// document, which for a 15 MB CJK font costs more than drawing the whole document; so the parsed
// font of the first document is kept and handed to later ones (through pdfkit's font cache, with a
// fallback to plain registration should pdfkit's internals ever change).

import { FONTS } from './layout';
import type { FontKey } from './layout';
import { hasBuiltinMetrics, resolveRoleFont, roleOfFontKey } from './font-roles';
import { fontBytes } from './fonts';
import type { PdfFontOptions, ResolvedFont } from './fonts';
import { subsetFontFile } from './font-subsets';

type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: unknown, id: string) => unknown;

interface PdfkitInternals {
  _fontFamilies?: Record<string, unknown>;
  _fontCount?: number;
  _font?: { font?: unknown; constructor: unknown } | null;
}

interface ParsedFont {
  readonly font: unknown;
  readonly embeddedFont: EmbeddedFontClass;
}

/**
 * Parsed fonts by their bytes (the Buffer fonts.ts keeps per file) and face: kept as long as the
 * bytes are, so a cut copy replaced by a newer one (font-subsets.ts) is let go with its bytes.
 */
const parsed = new WeakMap<Buffer, Map<string, ParsedFont>>();

/** How many times this process has parsed a font file (a face not parsed before): the benchmark and tests read it. */
let parses = 0;

export function fontParseCount(): number {
  return parses;
}

function openFont(doc: PDFKit.PDFDocument, name: string, font: ResolvedFont): void {
  const internals = doc as unknown as PdfkitInternals;
  const face = font.postscriptName ?? '';
  const cached = parsed.get(font.bytes)?.get(face);
  if (cached && internals._fontFamilies && typeof internals._fontCount === 'number') {
    internals._fontCount += 1;
    internals._fontFamilies[name] = new cached.embeddedFont(doc, cached.font, `F${internals._fontCount}`);
    return;
  }
  doc.registerFont(name, font.bytes, font.postscriptName);
  doc.font(name);
  parses += 1;
  const opened = internals._font;
  if (opened?.font && typeof opened.constructor === 'function') {
    const faces = parsed.get(font.bytes) ?? new Map<string, ParsedFont>();
    faces.set(face, { font: opened.font, embeddedFont: opened.constructor as EmbeddedFontClass });
    parsed.set(font.bytes, faces);
  }
}

/**
 * A cut copy's bytes, or null when there is none — or when another process (a second program on
 * this PC) replaced and deleted it since it was looked up: the whole font is used then.
 */
function subsetCopyBytes(path: string | null): Buffer | null {
  if (path === null) return null;
  try {
    return fontBytes(path);
  } catch {
    return null;
  }
}

/** A font file a document's typefaces resolve to, and the face in it. */
export interface DocumentFace {
  readonly file: string;
  readonly postscriptName: string | null;
}

/** One key per face: typefaces resolving to the same file and face share it. */
function faceKey(face: DocumentFace): string {
  return `${face.file}\0${face.postscriptName ?? ''}`;
}

/** The faces a document's typefaces are set in, each once (typefaces may share a file). */
export function documentFaces(options: PdfFontOptions | undefined): DocumentFace[] {
  const faces = new Map<string, DocumentFace>();
  for (const fontKey of Object.keys(FONTS) as FontKey[]) {
    const info = resolveRoleFont(roleOfFontKey(fontKey), options);
    faces.set(faceKey(info), { file: info.file, postscriptName: info.postscriptName });
  }
  return [...faces.values()];
}

export interface DocumentFonts {
  /** pdfkit font name to select for each typeface. */
  readonly names: Readonly<Record<FontKey, string>>;
  /** Typefaces the office supplied its own font for. */
  readonly custom: ReadonlySet<FontKey>;
}

/**
 * Resolves the fonts of one document (the office's, else the installed official faces, else the
 * bundled ones: font-roles.ts) and opens each when the document first uses it: a face the paper
 * never sets (楷体 in most) is neither read nor parsed. Typefaces sharing a file share one
 * embedded font. An office's own font passes the one check (office-fonts.ts) first — a .ttc
 * collection gets its face chosen, a file without Chinese characters or no font at all is refused
 * in Chinese — so no door can print a PDF of empty boxes or hit pdfkit's English errors.
 * `text` holds every character the document prints (it decides whether a face's cut copy will do).
 */
export function openDocumentFonts(
  doc: PDFKit.PDFDocument,
  options: PdfFontOptions | undefined,
  text: string,
): DocumentFonts {
  const names = {} as Record<FontKey, string>;
  const custom = new Set<FontKey>();
  const opened = new Map<string, string>();
  for (const fontKey of Object.keys(FONTS) as FontKey[]) {
    const info = resolveRoleFont(roleOfFontKey(fontKey), options);
    const isCustom = !hasBuiltinMetrics(info);
    if (isCustom) custom.add(fontKey);
    const file = faceKey(info);
    Object.defineProperty(names, fontKey, {
      enumerable: true,
      get(): string {
        let name = opened.get(file);
        if (name === undefined) {
          name = `fashen-${opened.size}`;
          // The face's cut copy when it holds every character of the document (font-subsets.ts):
          // same metrics and shaping, a fraction of the parsing.
          const subset = subsetCopyBytes(subsetFontFile(info.file, info.postscriptName, text));
          const font: ResolvedFont = {
            bytes: subset ?? fontBytes(info.file),
            postscriptName: subset ? undefined : (info.postscriptName ?? undefined),
            custom: isCustom,
          };
          openFont(doc, name, font);
          opened.set(file, name);
        }
        return name;
      },
    });
  }
  return { names, custom };
}
