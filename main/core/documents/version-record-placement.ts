// Puts the 版记 at the foot of the last page (GB/T 9704 §7.4), padding the body with empty lines
// down to where it must start; placeVersionRecord says why padding rather than a frame.

import type { Flow, FlowItem, FlowParagraph } from './flow';
import { para } from './flow';
import { LINE_PITCH_TWIPS, VERSION_RECORD } from './layout';
import type { CharMeasurer } from './metrics';
import { PAGE_FOOT_TWIPS, filledHeight } from './paginate';

/** Empty body lines filling `gap` twips: whole pitches, the odd remainder added to the first. */
function fillerLines(gap: number, breakBefore: boolean): FlowParagraph[] {
  const whole = Math.floor(gap / LINE_PITCH_TWIPS);
  const rest = gap - whole * LINE_PITCH_TWIPS;
  const heights =
    whole > 0
      ? [LINE_PITCH_TWIPS + rest, ...Array.from({ length: whole - 1 }, () => LINE_PITCH_TWIPS)]
      : rest >= VERSION_RECORD.minFillerTwips
        ? [rest]
        : [];
  return heights.map((lineHeight, i) => para('body', '', 'left', { lineHeight, breakBefore: breakBefore && i === 0 }));
}

/**
 * The body, then empty lines down to where the 版记 must start for its last line to be the page's
 * last (GB/T 9704 §7.4), then the 版记 — on a new page when it does not fit under the body's end.
 *
 * Padding rather than a frame anchored to the bottom margin: every line has an exact height, so
 * the paginator knows to the twip where the body ends in LibreOffice, Word and WPS alike, and plain
 * empty paragraphs are laid out the same by all three. A frame (w:framePr) is positioned
 * differently by each, does not push the body away (a long body would run under it), is awkward to
 * edit in WPS, and would still need this computation to decide whether a new page is wanted.
 * If an office edits the DOCX and the body grows, the 版记 — kept together by keep-with-next —
 * moves to the next page whole instead of splitting.
 */
export function placeVersionRecord(flow: Flow, measure: CharMeasurer): FlowItem[] {
  const { body, versionRecord } = flow;
  if (!versionRecord) return [...body];
  const filled = filledHeight(body, measure);
  const height = versionRecord.lines * LINE_PITCH_TWIPS;
  const onNewPage = filled > 0 && filled + height > PAGE_FOOT_TWIPS;
  const start = onNewPage ? 0 : filled;
  const filler = fillerLines(Math.max(0, PAGE_FOOT_TWIPS - height - start), onNewPage);
  const [first, ...rest] = versionRecord.items;
  const record =
    first && onNewPage && filler.length === 0 ? [{ ...first, breakBefore: true }, ...rest] : versionRecord.items;
  // The body's end was found without what follows it: its last paragraph must not keep with the filler.
  const last = body[body.length - 1];
  const ended =
    last?.kind === 'paragraph' && last.keepNext ? [...body.slice(0, -1), { ...last, keepNext: false }] : body;
  return [...ended, ...filler, ...record];
}
