// Fits the signature on the pages so that no page before it is left more than half empty (GB/T 9704
// §7.3.5.4), and closes the gap a text leaves above a signing block that starts the next page with
// （以下无正文）. Each way is tried on the laid-out pages and kept only when the layout proves it.

import type { Flow, FlowItem } from './flow';
import { para } from './flow';
import { LINE_PITCH_TWIPS, TEXT_HEIGHT_TWIPS, charsToTwips } from './layout';
import type { CharMeasurer } from './metrics';
import { PAGE_FOOT_TWIPS, halfEmptyPages, pageFill, paginate, placeItems } from './paginate';
import { placeVersionRecord } from './version-record-placement';

/** 此页无正文: printed where the signature had to go to a page of its own. */
export const NO_TEXT_NOTE = '（此页无正文）';

/**
 * The ways of fitting a signature that would otherwise carry the text before it to a new page and
 * leave the page before half empty, mildest first (GB/T 9704 §7.3.5.4: 采取调整行距、字距的措施):
 * a line less of seal space, none (the seal then presses on the signature and date, as it does
 * anyway), no empty line before the signing lines; failing all, the text runs on and the signature
 * page says 此页无正文.
 */
function tightened(body: readonly FlowItem[], step: number): FlowItem[] {
  const stampCount = body.filter((item) => item.kind === 'paragraph' && item.part === 'stamp').length;
  let dropStamps = step >= 1 ? Math.min(stampCount, step >= 2 ? stampCount : 1) : 0;
  return body.filter((item) => {
    if (item.kind !== 'paragraph') return true;
    if (item.part === 'stamp' && dropStamps > 0) {
      dropStamps -= 1;
      return false;
    }
    return !(step >= 3 && item.part === 'setOff');
  });
}

/** The text before the signature flows on; a signature that then starts a page of its own says 此页无正文 there. */
function released(body: readonly FlowItem[], measure: CharMeasurer): FlowItem[] {
  const loose = tightened(body, 3).map((item) =>
    item.kind === 'paragraph' && (item.part === 'kept' || item.part === 'tail' || item.part === 'attachment')
      ? { ...item, keepNext: false }
      : item,
  );
  const start = loose.findIndex(
    (item) => item.kind === 'paragraph' && (item.part === 'stamp' || item.part === 'signature'),
  );
  if (start <= 0) return loose;
  const end =
    start +
    loose.slice(start).findIndex((item) => item.kind === 'paragraph' && item.part === 'signature' && !item.keepNext);
  const group = loose.slice(start, end + 1);
  const groupHeight = group.reduce((sum, item) => sum + (item.kind === 'paragraph' ? item.lineHeight : 0), 0);
  const textPages = paginate(loose.slice(0, start), measure);
  const last = textPages[textPages.length - 1];
  if (!last || pageFill(last) + groupHeight <= TEXT_HEIGHT_TWIPS) return loose;
  const note = para('body', NO_TEXT_NOTE, 'justify', { firstLine: charsToTwips(2), breakBefore: true, keepNext: true });
  return [...loose.slice(0, start), note, ...loose.slice(start)];
}

/** 以下无正文: printed after the text's last line when what follows it (附件说明, signing lines, signature) starts the next page. */
export const NO_MORE_TEXT_NOTE = '（以下无正文）';

const isShown = (item: FlowItem | undefined): boolean =>
  item !== undefined && (item.kind !== 'paragraph' || item.text.length > 0);

/**
 * Where the signing block begins: the signature and date, the seal's lines, and before them what
 * goes with the signature — the 附件说明, signing lines, the empty line setting them off, a
 * 此页无正文 — but not the text's last paragraph.
 */
function signingStart(body: readonly FlowItem[]): number {
  let start = body.findIndex(
    (item) => item.kind === 'paragraph' && (item.part === 'stamp' || item.part === 'signature'),
  );
  if (start < 0) return -1;
  for (; start > 0; start -= 1) {
    const before = body[start - 1];
    if (before?.kind !== 'paragraph') break;
    const goes =
      before.part === 'setOff' ||
      before.part === 'kept' ||
      before.part === 'attachment' ||
      before.text === NO_TEXT_NOTE ||
      (before.text.length === 0 && !before.breakBefore);
    if (!goes) break;
  }
  return start;
}

/**
 * A page the text ends on, with the signing block on the next, leaves blank lines under the text's
 * last line in which anything could be written. Offices close the gap with （以下无正文） on the
 * line after the text. The text's last paragraph, kept with the signing block so that its page had
 * some text, stays on its own page instead when a 附件说明 or signing lines go with the signature
 * (the seal then sits under them, 上距正文（或附件说明）一行之内, GB/T 9704 §7.3.5.1); the empty
 * lines setting the block off go, since it starts a page. Applied only when the layout proves it:
 * the note on the text's page, the block where it was.
 */
export function closeGap(body: readonly FlowItem[], measure: CharMeasurer): readonly FlowItem[] {
  const start = signingStart(body);
  const end = start - 1;
  if (end < 0 || !isShown(body[end])) return body;
  const shownFrom = start + body.slice(start).findIndex(isShown);
  const carriesLines = body
    .slice(start)
    .some((item) => item.kind === 'paragraph' && (item.part === 'kept' || item.part === 'attachment'));
  const last = body[end];
  const loose =
    carriesLines && last?.kind === 'paragraph' && last.part === 'tail'
      ? body.map((item, i) =>
          item.kind === 'paragraph' && i >= end && i < shownFrom ? { ...item, keepNext: false } : item,
        )
      : body;
  const { pages, places } = placeItems(loose, measure);
  const text = places[end];
  const block = places[shownFrom];
  if (!text || !block || block.first !== text.last + 1) return body;
  // Released, the text may fill its page to the last line: nothing is left to close.
  const room = PAGE_FOOT_TWIPS - text.end >= LINE_PITCH_TWIPS;
  if (!room && loose === body) return body;
  const note = room ? [para('body', NO_MORE_TEXT_NOTE, 'justify', { firstLine: charsToTwips(2) })] : [];
  const closed = [...loose.slice(0, end + 1), ...note, ...loose.slice(shownFrom)];
  const after = placeItems(closed, measure);
  const textEnd = after.places[end + note.length];
  const moved = after.places[end + note.length + 1];
  const same = textEnd?.last === text.last && moved?.first === block.first && after.pages.length === pages.length;
  return same ? closed : body;
}

/** The body with its signature fitted (and its gap closed) so that no page before it is left more than half empty. */
export function fitSignature(flow: Flow, measure: CharMeasurer): FlowItem[] {
  const hasSignature = flow.body.some((item) => item.kind === 'paragraph' && item.part === 'signature');
  if (!hasSignature) return placeVersionRecord(flow, measure);
  const fitted = (body: readonly FlowItem[]): FlowItem[] => {
    const items = placeVersionRecord({ ...flow, body }, measure);
    const closed = closeGap(body, measure);
    if (closed === body) return items;
    const withNote = placeVersionRecord({ ...flow, body: closed }, measure);
    const halfEmpty = (list: FlowItem[]) => halfEmptyPages(paginate(list, measure)).length;
    return halfEmpty(withNote) <= halfEmpty(items) ? withNote : items;
  };
  for (let step = 0; step <= 3; step += 1) {
    const body = step === 0 ? flow.body : tightened(flow.body, step);
    const items = placeVersionRecord({ ...flow, body }, measure);
    if (halfEmptyPages(paginate(items, measure)).length === 0) return fitted(body);
  }
  return fitted(released(flow.body, measure));
}
