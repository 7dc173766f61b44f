// PDF renderer: draws the paginated layout with pdfkit, every glyph placed where the layout put it,
// fonts embedded as subsets (so the text stays selectable and searchable), tables as 0.5 pt rules,
// the 版记's rules as strokes where the DOCX's paragraph borders fall.

import PDFDocument from 'pdfkit';
import { textSpec } from './flow';
import type { PdfFontOptions } from './fonts';
import { FONTS, TABLE, TEXT_STYLES } from './layout';
import type { FontKey } from './layout';
import { placeLine } from './linebreak';
import { measureWithBuiltinMetrics } from './metrics';
import type { CharMeasurer } from './metrics';
import type { DocumentModel } from './model';
import { documentFlow } from './document-flow';
import { pageNumberLine, paginate } from './paginate';
import type { PlacedLine, PlacedRule } from './paginate';
import { justifyLine } from './justify';
import { openDocumentFonts } from './pdf-fonts';
import type { DocumentFonts } from './pdf-fonts';

export interface RenderPdfOptions {
  readonly fonts?: PdfFontOptions | undefined;
  /** Written as the file's creation date; the core reads no clock. */
  readonly createdAt?: Date | undefined;
}

const pt = (twips: number): number => twips / 20;

/** Measures with the office's own fonts where it supplied them, else with the bundled metrics. */
function pdfMeasurer(doc: PDFKit.PDFDocument, fonts: DocumentFonts): CharMeasurer {
  if (fonts.custom.size === 0) return measureWithBuiltinMetrics;
  const cache = new Map<string, number>();
  return (char, font, sizePt) => {
    if (!fonts.custom.has(font)) return measureWithBuiltinMetrics(char, font, sizePt);
    const key = `${font}\u0000${sizePt}\u0000${char}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = doc.font(fonts.names[font]).fontSize(sizePt).widthOfString(char) * 20;
      cache.set(key, width);
    }
    return width;
  };
}

/** Baseline of a line whose box starts at `top`: the em box centred on the line pitch. */
function baseline(top: number, height: number, sizePt: number): number {
  const em = sizePt * 20;
  return top + (height - em) / 2 + em * 0.88;
}

function drawLine(doc: PDFKit.PDFDocument, fonts: DocumentFonts, line: PlacedLine): void {
  const spec = textSpec(line.style);
  const placed = placeLine(line.text, line.range, spec);
  const xs = justifyLine(line, placed);
  const chars = line.text.chars;
  const y = pt(baseline(line.y, line.height, spec.sizePt));
  doc.font(fonts.names[spec.font]).fontSize(spec.sizePt);
  // Consecutive characters with one spacing between them go out as one text run.
  let start = line.range.start;
  while (start < line.range.end) {
    let end = start + 1;
    const gap = (i: number): number =>
      (xs[i - line.range.start] ?? 0) - (xs[i - 1 - line.range.start] ?? 0) - (line.text.advances[i - 1] ?? 0);
    const spacing = end < line.range.end ? gap(end) : spec.charSpacingTwips;
    while (end < line.range.end && Math.abs(gap(end) - spacing) < 0.01) end += 1;
    const text = chars.slice(start, end).join('');
    if (text.trim().length > 0) {
      doc.text(text, pt(line.x + (xs[start - line.range.start] ?? 0)), y, {
        lineBreak: false,
        characterSpacing: pt(spacing),
        baseline: 'alphabetic',
      });
    }
    start = end;
  }
}

function drawRule(doc: PDFKit.PDFDocument, rule: PlacedRule): void {
  doc
    .lineWidth(pt(rule.thickness))
    .moveTo(pt(rule.x), pt(rule.y))
    .lineTo(pt(rule.x + rule.width), pt(rule.y))
    .stroke();
}

function drawPageNumber(
  doc: PDFKit.PDFDocument,
  fonts: DocumentFonts,
  pageNumber: number,
  measure: CharMeasurer,
): void {
  const line = pageNumberLine(pageNumber);
  const style = TEXT_STYLES.pageNumber;
  const width = Array.from(line.text).reduce((sum, ch) => sum + measure(ch, style.font, style.sizePt), 0);
  const x = line.align === 'right' ? line.x + line.width - width : line.x;
  const y = baseline(line.y, style.sizePt * 20, style.sizePt);
  doc
    .font(fonts.names[style.font])
    .fontSize(style.sizePt)
    .text(line.text, pt(x), pt(y), { lineBreak: false, baseline: 'alphabetic' });
}

export async function renderPdf(model: DocumentModel, options: RenderPdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [pt(model.page.widthTwips), pt(model.page.heightTwips)],
    margin: 0,
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: model.name,
      Creator: '法审工作台',
      Producer: '法审工作台',
      CreationDate: options.createdAt ?? new Date(Date.UTC(2000, 0, 1)),
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  // Every string of the model (plus the layout's own words, which are all in the copies' base
  // repertoire: font-subsets.test.ts) decides whether each face's cut copy holds the document.
  const fonts = openDocumentFonts(doc, options.fonts, JSON.stringify(model));
  const measure = pdfMeasurer(doc, fonts);
  const pages = paginate(documentFlow(model, measure), measure);

  for (const page of pages) {
    doc.addPage({ size: [pt(model.page.widthTwips), pt(model.page.heightTwips)], margin: 0 });
    doc.lineWidth(TABLE.borderEighthsPt / 8).strokeColor('#000000');
    for (const cell of page.cells) doc.rect(pt(cell.x), pt(cell.y), pt(cell.width), pt(cell.height)).stroke();
    for (const rule of page.rules) drawRule(doc, rule);
    doc.fillColor('#000000');
    for (const line of page.lines) drawLine(doc, fonts, line);
    if (model.pageNumbers) drawPageNumber(doc, fonts, page.number, measure);
  }
  doc.end();
  return finished;
}

/**
 * Opens every typeface a paper may be set in and shapes `text` with it, one typeface per turn of
 * the event loop (`between`): the parsed fonts and their layout tables are kept (pdf-fonts.ts), so
 * a paper printed afterwards parses nothing (warm-up.ts). The document is thrown away unwritten.
 */
export async function warmPdfFaces(
  fonts: PdfFontOptions | undefined,
  text: string,
  between: () => Promise<void>,
): Promise<void> {
  const doc = new PDFDocument({ autoFirstPage: false });
  const opened = openDocumentFonts(doc, fonts, text);
  for (const fontKey of Object.keys(FONTS) as FontKey[]) {
    doc.font(opened.names[fontKey]).fontSize(TEXT_STYLES.body.sizePt).widthOfString(text);
    await between();
  }
}
