// Lowers the semantic model to concrete paragraphs and tables — style, alignment, indents in twips,
// keep-with-next, page breaks — once, for all three renderers. The DOCX writes these paragraphs
// as they are; the PDF and HTML paginate them the way a word processor will.

import {
  charsToTwips,
  DATE_RIGHT_INDENT_CHARS,
  TEXT_STYLES,
  TEXT_WIDTH_TWIPS,
} from './layout';
import type { TextStyleKey } from './layout';
import { measureText, placeLine } from './linebreak';
import type { TextSpec } from './linebreak';
import { measureWithBuiltinMetrics } from './metrics';
import type { CharMeasurer } from './metrics';
import type { Align, DocBlock, DocumentModel, TableBlock } from './model';

export interface FlowParagraph {
  readonly kind: 'paragraph';
  readonly style: TextStyleKey;
  readonly text: string;
  readonly align: Align;
  /** Indents from the text area's left and right edges, in twips. */
  readonly left: number;
  readonly right: number;
  /** First line's offset from `left` (negative: a hanging indent). */
  readonly firstLine: number;
  readonly keepNext: boolean;
  readonly breakBefore: boolean;
}

export interface FlowCell {
  readonly text: string;
  readonly style: TextStyleKey;
  readonly align: Align;
  readonly span: number;
  readonly width: number;
}

export interface FlowRow {
  readonly cells: readonly FlowCell[];
  readonly minLines: number;
}

export interface FlowTable {
  readonly kind: 'table';
  readonly columnWidths: readonly number[];
  readonly headerRows: readonly FlowRow[];
  readonly rows: readonly FlowRow[];
}

export type FlowItem = FlowParagraph | FlowTable;

export function textSpec(style: TextStyleKey): TextSpec {
  const s = TEXT_STYLES[style];
  return { font: s.font, sizePt: s.sizePt, charSpacingTwips: s.charSpacingTwips };
}

/** Natural width of a text in a style, in twips. */
export function naturalWidth(text: string, style: TextStyleKey, measure: CharMeasurer): number {
  const spec = textSpec(style);
  const measured = measureText(text, spec, measure);
  return placeLine(measured, { start: 0, end: measured.chars.length }, spec).width;
}

/** Distance from a line's start to the character that follows `prefix`. */
function prefixAdvance(prefix: string, style: TextStyleKey, measure: CharMeasurer): number {
  const spec = textSpec(style);
  const measured = measureText(`${prefix}附`, spec, measure);
  return placeLine(measured, { start: 0, end: measured.chars.length }, spec).xs[Array.from(prefix).length] ?? 0;
}

function para(style: TextStyleKey, text: string, align: Align, extra: Partial<FlowParagraph> = {}): FlowParagraph {
  return { kind: 'paragraph', style, text, align, left: 0, right: 0, firstLine: 0, keepNext: false, breakBefore: false, ...extra };
}

function blankLines(count: number, keepNext: boolean): FlowParagraph[] {
  return Array.from({ length: count }, () => para('body', '', 'left', { keepNext }));
}

function signature(org: string, date: string, stampLines: number, measure: CharMeasurer): FlowParagraph[] {
  const orgWidth = naturalWidth(org, 'body', measure);
  const dateWidth = naturalWidth(date, 'body', measure);
  // 成文日期右空四字, 署名以成文日期为准居中; a signature longer than the date 右空二字 instead.
  const axis =
    orgWidth <= dateWidth
      ? TEXT_WIDTH_TWIPS - charsToTwips(DATE_RIGHT_INDENT_CHARS) - dateWidth / 2
      : TEXT_WIDTH_TWIPS - charsToTwips(2) - orgWidth / 2;
  // Both lines are centred in one box around that axis, with a character's slack on each side.
  const half = Math.max(orgWidth, dateWidth) / 2 + charsToTwips(1);
  const left = Math.max(0, Math.round(axis - half));
  const right = Math.max(0, Math.round(TEXT_WIDTH_TWIPS - axis - half));
  return [
    ...blankLines(stampLines, true),
    ...(org.length > 0 ? [para('body', org, 'center', { left, right, keepNext: true })] : []),
    para('body', date, 'center', { left, right }),
  ];
}

function attachments(items: readonly string[], measure: CharMeasurer): FlowParagraph[] {
  const label = '附件：';
  const start = charsToTwips(2);
  const labelWidth = prefixAdvance(label, 'body', measure);
  if (items.length === 1) {
    return [para('body', `${label}${items[0] ?? ''}`, 'justify', { left: start + labelWidth, firstLine: -labelWidth })];
  }
  // 附件名称较长需回行时，应当与上一行附件名称的首字对齐 (GB/T 9704 §7.3.4).
  return items.map((item, i) => {
    const number = `${i + 1}.`;
    const numberWidth = prefixAdvance(number, 'body', measure);
    const left = start + labelWidth + numberWidth;
    const firstLine = i === 0 ? -(labelWidth + numberWidth) : -numberWidth;
    return para('body', `${i === 0 ? label : ''}${number}${item}`, 'justify', { left, firstLine });
  });
}

function table(block: TableBlock): FlowTable {
  const large = block.size === 'normal';
  const row = (r: TableBlock['rows'][number]) => {
    let column = 0;
    const cells = r.cells.map((cell) => {
      const width = block.columnWidths.slice(column, column + cell.span).reduce((a, b) => a + b, 0);
      column += cell.span;
      const style: TextStyleKey = cell.header
        ? large ? 'cellHeaderLarge' : 'cellHeader'
        : large ? 'cellLarge' : 'cell';
      return { text: cell.text, style, align: cell.align, span: cell.span, width };
    });
    return { cells, minLines: r.minLines };
  };
  return {
    kind: 'table',
    columnWidths: block.columnWidths,
    headerRows: block.headerRows.map(row),
    rows: block.rows.map(row),
  };
}

function lower(block: DocBlock, measure: CharMeasurer): FlowItem[] | 'pageBreak' {
  switch (block.kind) {
    case 'title':
      return block.lines.map((line) => para('title', line, 'center'));
    case 'docNumber':
      return [para('body', block.text, block.align)];
    case 'addressee':
      return [para('body', block.text, 'justify')];
    case 'paragraph':
      return [para('body', block.text, block.align, { firstLine: charsToTwips(block.indentChars) })];
    case 'heading':
      return [para(block.level === 1 ? 'heading1' : 'heading2', block.text, 'justify', { firstLine: charsToTwips(2) })];
    case 'label':
      return [para('label', block.text, 'left')];
    case 'blank':
      return blankLines(block.lines, false);
    case 'table':
      return [table(block)];
    case 'attachments':
      return attachments(block.items, measure);
    case 'signature':
      return signature(block.org, block.date, block.stampLines, measure);
    case 'cc': {
      const label = '抄送：';
      const labelWidth = prefixAdvance(label, 'cc', measure);
      const side = TEXT_STYLES.cc.sizePt * 20;
      return [para('cc', `${label}${block.text}`, 'justify', { left: side + labelWidth, right: side, firstLine: -labelWidth })];
    }
    case 'pageBreak':
      return 'pageBreak';
  }
}

/**
 * A signature never stands alone on a page (GB/T 9704 §7.3.5): a one-line paragraph right before it
 * (特此通知。, a name line) goes with it. Longer ones are left alone, as word processors differ
 * in how they keep a paragraph that would have to split.
 */
function keepLastLineWithSignature(items: FlowItem[], measure: CharMeasurer): void {
  const last = items[items.length - 1];
  if (last?.kind !== 'paragraph' || last.text.length === 0) return;
  const available = TEXT_WIDTH_TWIPS - last.left - last.right - Math.max(0, last.firstLine);
  if (naturalWidth(last.text, last.style, measure) <= available) items[items.length - 1] = { ...last, keepNext: true };
}

/** The model as paragraphs and tables. A heading keeps with what follows it. */
export function toFlow(model: DocumentModel, measure: CharMeasurer = measureWithBuiltinMetrics): FlowItem[] {
  const items: FlowItem[] = [];
  let pendingBreak = false;
  for (const block of model.blocks) {
    const lowered = lower(block, measure);
    if (lowered === 'pageBreak') {
      pendingBreak = items.length > 0;
      continue;
    }
    if (block.kind === 'signature') keepLastLineWithSignature(items, measure);
    for (const item of lowered) {
      if (pendingBreak) {
        if (item.kind === 'paragraph') {
          items.push({ ...item, breakBefore: true });
        } else {
          items.push(para('body', '', 'left', { breakBefore: true }), item);
        }
        pendingBreak = false;
      } else {
        items.push(item);
      }
    }
  }
  return items.map((item, i) => {
    const next = items[i + 1];
    const isHeading = item.kind === 'paragraph' && (item.style === 'heading1' || item.style === 'heading2');
    return isHeading && next !== undefined && !(next.kind === 'paragraph' && next.breakBefore) ? { ...item, keepNext: true } : item;
  });
}
