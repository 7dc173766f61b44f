// Lowers the semantic model to concrete paragraphs and tables — style, alignment, indents in twips,
// keep-with-next, page breaks — once, for all three renderers: the body, and apart from it the 版记
// (抄送 between its rules), which version-record-placement.ts pads down to the foot of the last page.
// The DOCX writes the result as it is; the PDF and HTML paginate it the way a word processor will.

import {
  charsToTwips,
  DATE_RIGHT_INDENT_CHARS,
  LINE_PITCH_TWIPS,
  TEXT_STYLES,
  TEXT_WIDTH_TWIPS,
  VERSION_RECORD,
  ruleTwips,
  tableLinePitchTwips,
} from './layout';
import type { RuleWeight, TextStyleKey } from './layout';
import { breakLines, measureText, placeLine } from './linebreak';
import type { LineRange, MeasuredText, TextSpec } from './linebreak';
import { measureWithBuiltinMetrics } from './metrics';
import type { CharMeasurer } from './metrics';
import { withoutEndPunctuation } from './punctuation';
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
  /** Exact line spacing in twips: the 28.95 pt pitch, a little less in the 版记, whose rules share its lines. */
  readonly lineHeight: number;
  /**
   * What the paragraph is to the signature, for fitting it on a page (signature-fit.ts):
   * the seal's space, the signature and date, the empty line setting the signing group off, or a
   * line kept with the signature: a line of the 附件说明 (attachment), a signing line (kept), or
   * the text's last paragraph, kept so that the signature's page has some text on it (tail).
   */
  readonly part?: 'stamp' | 'signature' | 'setOff' | 'kept' | 'attachment' | 'tail' | undefined;
}

/**
 * A rule across the whole text area (版记分隔线): an empty paragraph `lineHeight` high whose top or
 * bottom border is the rule. Word and LibreOffice add the border's width to the paragraph, so it
 * takes lineHeight + ruleTwips(weight).
 */
export interface FlowRule {
  readonly kind: 'rule';
  readonly weight: RuleWeight;
  /** The paragraph edge carrying the rule: the top, but the bottom for the 版记's last rule. */
  readonly edge: 'top' | 'bottom';
  readonly lineHeight: number;
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
  /** Exact line spacing of the cells' lines: the body's pitch in 3号 tables, a tighter one in 4号 (TABLE.smallLinePitchTwips). */
  readonly lineHeight: number;
}

export interface FlowTable {
  readonly kind: 'table';
  readonly columnWidths: readonly number[];
  readonly headerRows: readonly FlowRow[];
  readonly rows: readonly FlowRow[];
}

export type FlowItem = FlowParagraph | FlowTable | FlowRule;

/** 版记: rules and 抄送 lines that together fill exactly `lines` line pitches. */
export interface VersionRecord {
  readonly items: readonly (FlowParagraph | FlowRule)[];
  readonly lines: number;
}

export interface Flow {
  /** Everything but the 版记, in order. */
  readonly body: readonly FlowItem[];
  /** Set when the document has a 抄送; it goes at the foot of the last page (GB/T 9704 §7.4). */
  readonly versionRecord: VersionRecord | null;
}

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

export function para(
  style: TextStyleKey,
  text: string,
  align: Align,
  extra: Partial<FlowParagraph> = {},
): FlowParagraph {
  return {
    kind: 'paragraph',
    style,
    text,
    align,
    left: 0,
    right: 0,
    firstLine: 0,
    keepNext: false,
    breakBefore: false,
    lineHeight: LINE_PITCH_TWIPS,
    ...extra,
  };
}

/** Where a paragraph's lines break (its text measured in its style), the first line shifted by the first-line indent. */
export function paragraphLines(item: FlowParagraph, text: MeasuredText): LineRange[] {
  const rest = TEXT_WIDTH_TWIPS - item.left - item.right;
  return breakLines(text, rest - item.firstLine, rest, textSpec(item.style));
}

function blankLines(count: number, keepNext: boolean): FlowParagraph[] {
  return Array.from({ length: count }, () => para('body', '', 'left', { keepNext }));
}

function signature(org: string, date: string, stampLines: number, measure: CharMeasurer): FlowParagraph[] {
  const orgWidth = naturalWidth(org, 'body', measure);
  const dateWidth = naturalWidth(date, 'body', measure);
  // 成文日期右空四字 (GB/T 9704 §7.3.5.1) whatever the signature's length; the signature is centred
  // over the date, and only a name too long for that is moved left until it fits the text area.
  const dateRight = charsToTwips(DATE_RIGHT_INDENT_CHARS);
  const axis = TEXT_WIDTH_TWIPS - dateRight - dateWidth / 2;
  const slack = charsToTwips(1);
  const orgHalf = orgWidth / 2 + slack;
  const orgRight = Math.round(TEXT_WIDTH_TWIPS - axis - orgHalf);
  const orgBox =
    orgRight >= 0
      ? { left: Math.max(0, Math.round(axis - orgHalf)), right: orgRight, align: 'center' as const }
      : { left: 0, right: 0, align: 'right' as const };
  const dateLeft = Math.max(0, Math.round(TEXT_WIDTH_TWIPS - dateRight - dateWidth - slack));
  return [
    ...blankLines(stampLines, true).map((line) => ({ ...line, part: 'stamp' as const })),
    ...(org.length > 0
      ? [para('body', org, orgBox.align, { left: orgBox.left, right: orgBox.right, keepNext: true, part: 'signature' })]
      : []),
    para('body', date, 'right', { left: dateLeft, right: dateRight, part: 'signature' }),
  ];
}

function attachments(items: readonly string[], measure: CharMeasurer, heading = ''): FlowParagraph[] {
  const label = '附件：';
  const start = charsToTwips(2);
  const labelWidth = prefixAdvance(label, 'body', measure);
  if (heading) {
    // "附件：有关材料7份", then "1.…" under its first character, each wrapped line under the name.
    const head = para('body', `${label}${heading}`, 'justify', {
      left: start + labelWidth,
      firstLine: -labelWidth,
      keepNext: true,
    });
    return [
      head,
      ...items.map((item, i) => {
        const number = `${i + 1}.`;
        const numberWidth = prefixAdvance(number, 'body', measure);
        return para('body', `${number}${item}`, 'justify', {
          left: start + labelWidth + numberWidth,
          firstLine: -numberWidth,
          keepNext: i < items.length - 1,
        });
      }),
    ];
  }
  if (items.length === 1) {
    return [para('body', `${label}${items[0] ?? ''}`, 'justify', { left: start + labelWidth, firstLine: -labelWidth })];
  }
  // 附件名称较长需回行时，应当与上一行附件名称的首字对齐 (GB/T 9704 §7.3.4). The list is one piece:
  // each item keeps with the next, so that 附件：1.… never ends a page the rest begins.
  return items.map((item, i) => {
    const number = `${i + 1}.`;
    const numberWidth = prefixAdvance(number, 'body', measure);
    const left = start + labelWidth + numberWidth;
    const firstLine = i === 0 ? -(labelWidth + numberWidth) : -numberWidth;
    const keepNext = i < items.length - 1;
    return para('body', `${i === 0 ? label : ''}${number}${item}`, 'justify', { left, firstLine, keepNext });
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
        ? large
          ? 'cellHeaderLarge'
          : 'cellHeader'
        : large
          ? 'cellLarge'
          : 'cell';
      return { text: cell.text, style, align: cell.align, span: cell.span, width };
    });
    return { cells, minLines: r.minLines, lineHeight: tableLinePitchTwips(block.size) };
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
      return attachments(block.items, measure, block.heading);
    case 'signature':
      return signature(block.org, block.date, block.stampLines, measure);
    case 'cc':
      // Taken out of the body by toFlow: the 版记 is built apart and goes at the end.
      return [];
    case 'pageBreak':
      return 'pageBreak';
  }
}

/** The most lines kept with a signature: a 附件 list or a few signing lines, never a page's worth. */
const MAX_LINES_BEFORE_SIGNATURE = 8;

function isOneLine(item: FlowParagraph, measure: CharMeasurer): boolean {
  const available = TEXT_WIDTH_TWIPS - item.left - item.right - Math.max(0, item.firstLine);
  return naturalWidth(item.text, item.style, measure) <= available;
}

/**
 * A signature never stands alone on a page (GB/T 9704 §7.3.5). What introduces it goes with it:
 * the group of paragraphs set off from the text above by an empty line — signing lines
 * (审核人员：…, 法制审核机构负责人：…) or the 附件 list — when each is a line (an item of the 附件
 * list may be longer) and they are no more than MAX_LINES_BEFORE_SIGNATURE lines together (with the
 * empty line and the paragraph above it, when that is one line); failing that, a one-line paragraph right before the
 * signature (特此通知。). A long paragraph of text is left alone: keeping it whole would leave much
 * of a page empty.
 */
function keepWithSignature(items: FlowItem[], attachmentLines: ReadonlySet<FlowItem>, measure: CharMeasurer): void {
  const group: number[] = [];
  let lines = 0;
  let i = items.length - 1;
  for (; i >= 0; i -= 1) {
    const item = items[i];
    if (item?.kind !== 'paragraph' || item.text.length === 0 || item.breakBefore) break;
    const attachment = attachmentLines.has(item);
    if (!attachment && !isOneLine(item, measure)) break;
    lines += attachment ? paragraphLines(item, measureText(item.text, textSpec(item.style), measure)).length : 1;
    group.push(i);
  }
  const item = items[i];
  const setOff = item?.kind === 'paragraph' && item.text.length === 0 && lines <= MAX_LINES_BEFORE_SIGNATURE;
  const kept = setOff ? group : group.slice(0, 1);
  if (setOff && item.kind === 'paragraph') items[i] = { ...item, part: 'setOff' };
  const before = items[i - 1];
  let tail = -1;
  if (
    setOff &&
    before?.kind === 'paragraph' &&
    before.text.length > 0 &&
    !item.breakBefore &&
    isOneLine(before, measure)
  ) {
    // The text's last paragraph above the empty line, when that is a line (特此函告。, 联系人：…),
    // goes too, so that the page with the signature has some of the text on it. Not the empty
    // line alone: a page does not start with it.
    items[i] = { ...item, keepNext: true, part: 'setOff' };
    tail = i - 1;
    kept.push(tail);
  }
  for (const index of kept) {
    const paragraph = items[index];
    if (paragraph?.kind !== 'paragraph') continue;
    const attachment = attachmentLines.has(paragraph);
    if (attachment || isOneLine(paragraph, measure)) {
      // Set off, the group is signing lines or the 附件说明; not set off, its one line is the text's last.
      const part = attachment ? 'attachment' : index === tail || !setOff ? 'tail' : 'kept';
      items[index] = { ...paragraph, keepNext: true, part };
    }
  }
}

/**
 * 抄送：左右各空一字，回行时与冒号后的首字对齐，最后一个抄送机关名称后标句号 (GB/T 9704 §7.4.2).
 * The organs come from the template and data; the closing 。 is made sure of here.
 */
function ccParagraph(text: string, measure: CharMeasurer): FlowParagraph {
  const label = '抄送：';
  const labelWidth = prefixAdvance(label, 'cc', measure);
  const side = VERSION_RECORD.sideIndentTwips;
  return para('cc', `${label}${withoutEndPunctuation(text)}。`, 'justify', {
    left: side + labelWidth,
    right: side,
    firstLine: -labelWidth,
  });
}

/**
 * 印发机关和印发日期 (GB/T 9704 §7.4.3): 印发机关左空一字，印发日期右空一字，日期后加"印发". One line:
 * the gap between them is full-width spaces, as many as fit, so the body starts one character in
 * and the date ends within a character of its place (the same text in the DOCX and the PDF).
 */
function printedParagraph(by: string, on: string, measure: CharMeasurer): FlowParagraph {
  const side = VERSION_RECORD.sideIndentTwips;
  const date = `${on}印发`;
  const width = TEXT_WIDTH_TWIPS - 2 * side;
  const used = prefixAdvance(`${by}${date}`, 'cc', measure);
  const space = prefixAdvance('\u3000', 'cc', measure);
  const gaps = Math.max(1, Math.floor((width - used) / space) - 1);
  return para('cc', `${by}${'\u3000'.repeat(gaps)}${date}`, 'left', { left: side, right: side });
}

/**
 * The 版记 (GB/T 9704 §7.4.1): each 抄送 between rules across the text area, the first and last rule
 * thick and any between thin. Its lines share their pitches with the rules, so that the whole takes
 * a whole number of lines and its last line can sit on the page's last: every rule is a 1 pt
 * paragraph plus its border, and the text lines give up what the rules take (a one-line 抄送:
 * 579 = 20 + 20 + 499 + 20 + 20). The first rule is the 版记's top edge; the last, its bottom edge,
 * lies on the foot of the page's last line (末条分隔线与版心下边缘重合 — 18 twips above the 版心's
 * edge, the slack every full page keeps, so that Word or WPS rounding a twip cannot push it over).
 */
export function versionRecord(
  texts: readonly string[],
  measure: CharMeasurer = measureWithBuiltinMetrics,
  printed: { by: string; on: string } | null = null,
): VersionRecord | null {
  const elements = texts.filter((text) => text.trim().length > 0).map((text) => ccParagraph(text, measure));
  if (elements.length === 0) return null;
  if (printed) elements.push(printedParagraph(printed.by, printed.on, measure));
  const lineCount = (p: FlowParagraph) => paragraphLines(p, measureText(p.text, textSpec(p.style), measure)).length;
  const lines = elements.reduce((sum, element) => sum + lineCount(element), 0);
  const weights: RuleWeight[] = elements.map((_, i) => (i === 0 ? 'thick' : 'thin'));
  weights.push('thick');
  const rulesHeight = weights.reduce((sum, weight) => sum + VERSION_RECORD.ruleLineTwips + ruleTwips(weight), 0);
  const lineHeight = Math.floor((lines * LINE_PITCH_TWIPS - rulesHeight) / lines);
  // Whole twips: what the rounding leaves goes to the first rule's paragraph.
  const slack = lines * LINE_PITCH_TWIPS - rulesHeight - lines * lineHeight;
  const rule = (i: number): FlowRule => ({
    kind: 'rule',
    weight: weights[i] ?? 'thick',
    edge: i === weights.length - 1 ? 'bottom' : 'top',
    lineHeight: VERSION_RECORD.ruleLineTwips + (i === 0 ? slack : 0),
    keepNext: i < weights.length - 1,
    breakBefore: false,
  });
  const items: (FlowParagraph | FlowRule)[] = [];
  elements.forEach((element, i) => items.push(rule(i), { ...element, lineHeight, keepNext: true }));
  items.push(rule(elements.length));
  return { items, lines };
}

/**
 * The model as paragraphs and tables, the 版记 apart. A heading keeps with what follows it. A 抄送
 * anywhere in the template goes into the 版记 (GB/T 9704 §7.3.7: 附件 come before the 版记).
 */
export function toFlow(model: DocumentModel, measure: CharMeasurer = measureWithBuiltinMetrics): Flow {
  const items: FlowItem[] = [];
  const ccs: string[] = [];
  let printed: { by: string; on: string } | null = null;
  const attachmentLines = new Set<FlowItem>();
  let pendingBreak = false;
  for (const block of model.blocks) {
    if (block.kind === 'cc') {
      ccs.push(block.text);
      if (block.printedBy?.trim() && block.printedOn?.trim()) printed = { by: block.printedBy, on: block.printedOn };
      continue;
    }
    const lowered = lower(block, measure);
    if (lowered === 'pageBreak') {
      pendingBreak = items.length > 0;
      continue;
    }
    if (block.kind === 'signature') keepWithSignature(items, attachmentLines, measure);
    if (block.kind === 'attachments') lowered.forEach((item) => attachmentLines.add(item));
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
  const body = items.map((item, i) => {
    const next = items[i + 1];
    const isHeading = item.kind === 'paragraph' && (item.style === 'heading1' || item.style === 'heading2');
    return isHeading && next !== undefined && !(next.kind === 'paragraph' && next.breakBefore)
      ? { ...item, keepNext: true }
      : item;
  });
  return { body, versionRecord: versionRecord(ccs, measure, printed) };
}
