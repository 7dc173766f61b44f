// Lays the flow out on pages the way LibreOffice and Word will lay out the DOCX: every line on the
// exact 28.95 pt pitch, 22 to a page (the lines of a table in 4号 on their own 21 pt pitch,
// TABLE.smallLinePitchTwips), no widow/orphan control, a paragraph kept with the next one
// moves to the next page when they do not fit together, table rows are never split and header
// rows repeat. The PDF and the HTML preview draw from this, so all three break pages alike.
// documentFlow is what every renderer writes: the flow with the 版记 padded down to the page foot.

import type { Flow, FlowItem, FlowParagraph, FlowRow, FlowRule, FlowTable } from './flow';
import { para, paragraphLines, textSpec, toFlow } from './flow';
import {
  LINE_PITCH_TWIPS,
  LINES_PER_PAGE,
  MARGINS_TWIPS,
  PAGE_HEIGHT_TWIPS,
  PAGE_NUMBER,
  PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS,
  TABLE,
  TEXT_HEIGHT_TWIPS,
  TEXT_WIDTH_TWIPS,
  TRAILING_PARAGRAPH_TWIPS,
  charsToTwips,
  VERSION_RECORD,
  rowHeight,
  ruleTwips,
} from './layout';
import type { TextStyleKey } from './layout';
import { breakLines, measureText } from './linebreak';
import type { BreakOptions, LineRange, MeasuredText } from './linebreak';
import type { CharMeasurer } from './metrics';
import type { Align, DocumentModel } from './model';

export interface PlacedLine {
  readonly style: TextStyleKey;
  readonly text: MeasuredText;
  readonly range: LineRange;
  /** Left edge and width of the line's box; top of the line box. Twips from the page's top-left. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The line box's height: the pitch, or the 版记's exact line spacing. */
  readonly height: number;
  readonly align: Align;
  /** Justified lines other than a paragraph's last are stretched to the box width. */
  readonly stretch: boolean;
}

/** A horizontal rule (版记分隔线): `y` is the middle of the stroke; twips from the page's top-left. */
export interface PlacedRule {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly thickness: number;
}

export interface PlacedCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedPage {
  /** 1-based. */
  readonly number: number;
  /** The page was started by a page break (a 附件), not because the one before was full. */
  readonly broken?: boolean | undefined;
  readonly lines: PlacedLine[];
  readonly cells: PlacedCell[];
  readonly rules: PlacedRule[];
}

export interface PageNumberLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly align: 'left' | 'right';
}

interface LaidParagraph {
  readonly item: FlowParagraph;
  readonly text: MeasuredText;
  readonly lines: readonly LineRange[];
}

interface CellLine {
  readonly text: MeasuredText;
  readonly range: LineRange;
}

interface LaidCell {
  readonly x: number;
  readonly width: number;
  readonly style: TextStyleKey;
  readonly align: Align;
  /** The lines of all the cell's paragraphs (a cell text's line breaks start new paragraphs). */
  readonly lines: readonly CellLine[];
  /** Index in `lines` of each paragraph's last line (not stretched when justified). */
  readonly lastLines: ReadonlySet<number>;
}

interface LaidRow {
  readonly height: number;
  /** The cells' line pitch. */
  readonly lineHeight: number;
  readonly cells: readonly LaidCell[];
}

export function layParagraph(item: FlowParagraph, measure: CharMeasurer): LaidParagraph {
  const text = measureText(item.text, textSpec(item.style), measure);
  return { item, text, lines: paragraphLines(item, text) };
}

/** A rule's paragraph with its border, as high as Word and LibreOffice make it. */
export function ruleHeight(rule: FlowRule): number {
  return rule.lineHeight + ruleTwips(rule.weight);
}

export function layRow(row: FlowRow, measure: CharMeasurer): LaidRow {
  let x = 0;
  let maxLines = row.minLines;
  const cells = row.cells.map((cell) => {
    const spec = textSpec(cell.style);
    const inner = cell.width - 2 * TABLE.cellPaddingTwips;
    const lines: CellLine[] = [];
    const lastLines = new Set<number>();
    for (const paragraph of cell.text.split('\n')) {
      const text = measureText(paragraph, spec, measure);
      for (const range of breakLines(text, inner, inner, spec, CELL_BREAKING)) lines.push({ text, range });
      lastLines.add(lines.length - 1);
    }
    maxLines = Math.max(maxLines, lines.length);
    const laid = { x, width: cell.width, style: cell.style, align: cell.align, lines, lastLines };
    x += cell.width;
    return laid;
  });
  return { height: rowHeight(maxLines, row.lineHeight), lineHeight: row.lineHeight, cells };
}

/** Punctuation does not hang out of a cell in LibreOffice: a line ending 元。 that overflows wraps 元。. */
const CELL_BREAKING: BreakOptions = { hang: false };

/** A table rule's width in twips (0.5 pt). */
const TABLE_RULE_TWIPS = (TABLE.borderEighthsPt * 20) / 8;

export { rowHeight } from './layout';

/** Where an item of the flow was placed: its first and last page (1-based) and how far down the last it ends. */
export interface ItemPlace {
  readonly first: number;
  readonly last: number;
  readonly end: number;
}

class Paginator {
  readonly pages: PlacedPage[] = [];
  readonly places: ItemPlace[] = [];
  private y = 0;
  private firstPage = 0;

  constructor(private readonly measure: CharMeasurer) {
    this.newPage();
  }

  private get page(): PlacedPage {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('no page');
    return page;
  }

  private newPage(broken = false): void {
    this.pages.push({ number: this.pages.length + 1, broken, lines: [], cells: [], rules: [] });
    this.y = 0;
  }

  /** How far down the last page's text area the next line would start. */
  get filled(): number {
    return this.y;
  }

  private get pageIsEmpty(): boolean {
    return this.y === 0 && this.page.lines.length === 0 && this.page.cells.length === 0 && this.page.rules.length === 0;
  }

  private fits(height: number): boolean {
    return this.y + height <= TEXT_HEIGHT_TWIPS;
  }

  /** Height of the first line (or rule, or row) an item needs on a page. */
  private firstHeight(item: FlowItem | undefined): number {
    if (!item) return 0;
    if (item.kind === 'paragraph') return item.lineHeight;
    if (item.kind === 'rule') return ruleHeight(item);
    const header = item.headerRows.reduce((sum, row) => sum + layRow(row, this.measure).height, 0);
    const first = item.rows[0];
    return header + (first ? layRow(first, this.measure).height : 0);
  }

  /** Height of the paragraphs and rules from `from` on that keep with the next, plus that next one's first line. */
  private keptHeight(items: readonly FlowItem[], from: number): number {
    let height = 0;
    let j = from;
    let next = items[j];
    while (next !== undefined && next.kind !== 'table' && next.keepNext) {
      height +=
        next.kind === 'rule' ? ruleHeight(next) : layParagraph(next, this.measure).lines.length * next.lineHeight;
      j += 1;
      next = items[j];
    }
    return height + this.firstHeight(next);
  }

  run(items: readonly FlowItem[]): void {
    items.forEach((item, i) => {
      this.place(item, items, i);
      this.places.push({ first: this.firstPage, last: this.pages.length, end: this.y });
    });
  }

  private place(item: FlowItem, items: readonly FlowItem[], i: number): void {
    if (item.kind === 'table') {
      this.table(item);
      return;
    }
    if (item.breakBefore && !this.pageIsEmpty) this.newPage(true);
    const laid = item.kind === 'paragraph' ? layParagraph(item, this.measure) : null;
    if (item.keepNext && this.y > 0) {
      const own = laid ? laid.lines.length * laid.item.lineHeight : this.firstHeight(item);
      const chain = own + this.keptHeight(items, i + 1);
      if (!this.fits(chain) && chain <= TEXT_HEIGHT_TWIPS) this.newPage();
    }
    if (laid) this.paragraph(laid);
    else if (item.kind === 'rule') this.rule(item);
  }

  /** The tiny paragraph a DOCX body needs after a final table. */
  trailingParagraph(): void {
    if (!this.fits(TRAILING_PARAGRAPH_TWIPS)) this.newPage();
  }

  private paragraph(laid: LaidParagraph): void {
    const { item } = laid;
    laid.lines.forEach((range, index) => {
      if (!this.fits(item.lineHeight)) this.newPage();
      const first = index === 0;
      if (first) this.firstPage = this.pages.length;
      const left = item.left + (first ? item.firstLine : 0);
      this.page.lines.push({
        style: item.style,
        text: laid.text,
        range,
        x: MARGINS_TWIPS.left + left,
        y: MARGINS_TWIPS.top + this.y,
        width: TEXT_WIDTH_TWIPS - item.right - left,
        height: item.lineHeight,
        align: item.align,
        stretch: item.align === 'justify' && index < laid.lines.length - 1,
      });
      this.y += item.lineHeight;
    });
  }

  /** The border sits outside the paragraph's line: above it for a top rule, below it for a bottom one. */
  private rule(rule: FlowRule): void {
    const height = ruleHeight(rule);
    if (!this.fits(height)) this.newPage();
    this.firstPage = this.pages.length;
    const thickness = ruleTwips(rule.weight);
    const top = MARGINS_TWIPS.top + this.y + (rule.edge === 'bottom' ? rule.lineHeight : 0);
    this.page.rules.push({ x: MARGINS_TWIPS.left, y: top + thickness / 2, width: TEXT_WIDTH_TWIPS, thickness });
    this.y += height;
  }

  private table(table: FlowTable): void {
    const header = table.headerRows.map((row) => layRow(row, this.measure));
    const headerHeight = header.reduce((sum, row) => sum + row.height, 0);
    const rows = table.rows.map((row) => layRow(row, this.measure));
    const firstRowHeight = rows[0]?.height ?? 0;
    // LibreOffice sets a table's outer rules half outside its rows: a half rule above the first row
    // on each page and one below the last, so what follows the table starts a rule's width lower.
    const half = TABLE_RULE_TWIPS / 2;
    if (this.y > 0 && !this.fits(half + headerHeight + firstRowHeight + half)) this.newPage();
    this.firstPage = this.pages.length;
    this.y += half;
    header.forEach((row) => this.row(row));
    for (const row of rows) {
      if (this.y > half && !this.fits(row.height + half)) {
        this.newPage();
        this.y += half;
        header.forEach((h) => this.row(h));
      }
      this.row(row);
    }
    this.y += half;
  }

  private row(row: LaidRow): void {
    const top = MARGINS_TWIPS.top + this.y;
    for (const cell of row.cells) {
      const x = MARGINS_TWIPS.left + cell.x;
      this.page.cells.push({ x, y: top, width: cell.width, height: row.height });
      const textTop = top + (row.height - cell.lines.length * row.lineHeight) / 2;
      cell.lines.forEach(({ text, range }, index) => {
        this.page.lines.push({
          style: cell.style,
          text,
          range,
          x: x + TABLE.cellPaddingTwips,
          y: textTop + index * row.lineHeight,
          width: cell.width - 2 * TABLE.cellPaddingTwips,
          height: row.lineHeight,
          align: cell.align,
          stretch: cell.align === 'justify' && !cell.lastLines.has(index),
        });
      });
    }
    this.y += row.height;
  }
}

/** Where each item of the flow lands (paragraphs, rules and tables in order), as paginate lays them out. */
export function placeItems(
  items: readonly FlowItem[],
  measure: CharMeasurer,
): { pages: PlacedPage[]; places: ItemPlace[] } {
  const paginator = new Paginator(measure);
  paginator.run(items);
  return { pages: paginator.pages, places: paginator.places };
}

export function paginate(items: readonly FlowItem[], measure: CharMeasurer): PlacedPage[] {
  const paginator = new Paginator(measure);
  paginator.run(items);
  if (items[items.length - 1]?.kind === 'table') paginator.trailingParagraph();
  return paginator.pages;
}

/** Where the page's last line ends: 22 pitches down (the text area has 18 twips to spare below it). */
export const PAGE_FOOT_TWIPS = LINES_PER_PAGE * LINE_PITCH_TWIPS;

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
  const paginator = new Paginator(measure);
  paginator.run(body);
  const height = versionRecord.lines * LINE_PITCH_TWIPS;
  const onNewPage = paginator.filled > 0 && paginator.filled + height > PAGE_FOOT_TWIPS;
  const start = onNewPage ? 0 : paginator.filled;
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

/** How far down the text area a page's content reaches, in twips. */
export function pageFill(page: PlacedPage): number {
  let bottom = 0;
  for (const line of page.lines) if (line.text.chars.length > 0) bottom = Math.max(bottom, line.y + line.height);
  for (const cell of page.cells) bottom = Math.max(bottom, cell.y + cell.height);
  for (const rule of page.rules) bottom = Math.max(bottom, rule.y);
  return Math.max(0, bottom - MARGINS_TWIPS.top);
}

/** Pages (but the last) that end more than half empty although the next one was not started by a page break. */
export function halfEmptyPages(pages: readonly PlacedPage[]): PlacedPage[] {
  return pages.filter((page, i) => {
    const next = pages[i + 1];
    return next !== undefined && !next.broken && pageFill(page) < TEXT_HEIGHT_TWIPS / 2;
  });
}

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

/** The model as every renderer writes it: lowered once, the signature fitted, the 版记 (if any) at the foot of the last page. */
export function documentFlow(model: DocumentModel, measure: CharMeasurer): FlowItem[] {
  return fitSignature(toFlow(model, measure), measure);
}

/** "— 3 —", 7 mm below the text area; odd pages right, even pages left, one character in. */
export function pageNumberLine(pageNumber: number): PageNumberLine {
  const odd = pageNumber % 2 === 1;
  return {
    text: `${PAGE_NUMBER.dash} ${pageNumber} ${PAGE_NUMBER.dash}`,
    x: MARGINS_TWIPS.left + (odd ? 0 : PAGE_NUMBER.sideIndentTwips),
    y: PAGE_HEIGHT_TWIPS - MARGINS_TWIPS.bottom + PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS,
    width: TEXT_WIDTH_TWIPS - PAGE_NUMBER.sideIndentTwips,
    align: odd ? 'right' : 'left',
  };
}
