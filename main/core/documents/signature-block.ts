// The signing block in the flow: the seal's space, the signature centred over its date (GB/T 9704
// §7.3.5.1), and the lines before it that must go with it to its page (§7.3.5), marked for
// signature-fit.ts, which fits the block on the laid-out pages.

import { blankLines, naturalWidth, para, paragraphLines, textSpec } from './flow';
import type { FlowItem, FlowParagraph } from './flow';
import { charsToTwips, DATE_RIGHT_INDENT_CHARS, TEXT_WIDTH_TWIPS } from './layout';
import { measureText } from './linebreak';
import type { CharMeasurer } from './metrics';

/** The seal's empty lines, then the issuing body's name and the date under it. */
export function signature(org: string, date: string, stampLines: number, measure: CharMeasurer): FlowParagraph[] {
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
export function keepWithSignature(
  items: FlowItem[],
  attachmentLines: ReadonlySet<FlowItem>,
  measure: CharMeasurer,
): void {
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
