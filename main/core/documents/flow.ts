// The flow: the model lowered to concrete paragraphs, rules and tables — style, alignment, indents
// in twips, keep-with-next, page breaks — once, for all three renderers (to-flow.ts lowers it), and
// the helpers that build and measure its paragraphs. The DOCX writes the flow as it is; the PDF and
// HTML paginate it the way a word processor will (paginate.ts).

import { LINE_PITCH_TWIPS, TEXT_STYLES, TEXT_WIDTH_TWIPS } from './layout';
import type { RuleWeight, TextStyleKey } from './layout';
import { breakLines, measureText, placeLine } from './linebreak';
import type { LineRange, MeasuredText, TextSpec } from './linebreak';
import type { CharMeasurer } from './metrics';
import type { Align } from './model';

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
export function prefixAdvance(prefix: string, style: TextStyleKey, measure: CharMeasurer): number {
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

export function blankLines(count: number, keepNext: boolean): FlowParagraph[] {
  return Array.from({ length: count }, () => para('body', '', 'left', { keepNext }));
}
