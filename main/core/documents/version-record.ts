// The 版记 (GB/T 9704 §7.4) as flow items: each 抄送 between rules across the text area, and the
// 印发机关和印发日期 line, sized to fill a whole number of line pitches so that
// version-record-placement.ts can set its last line on the page's last.

import { para, paragraphLines, prefixAdvance, textSpec } from './flow';
import type { FlowParagraph, FlowRule, VersionRecord } from './flow';
import { LINE_PITCH_TWIPS, TEXT_WIDTH_TWIPS, VERSION_RECORD, ruleTwips } from './layout';
import type { RuleWeight } from './layout';
import { measureText } from './linebreak';
import { measureWithBuiltinMetrics } from './metrics';
import type { CharMeasurer } from './metrics';
import { withoutEndPunctuation } from './punctuation';

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
