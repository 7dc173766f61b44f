// Lays the flow out on pages the way LibreOffice and Word will lay out the DOCX: every line on the
// exact 28.95 pt pitch, 22 to a page (the lines of a table in 4号 on their own 21 pt pitch,
// TABLE.smallLinePitchTwips), no widow/orphan control, a paragraph kept with the next one
// moves to the next page when they do not fit together, table rows are never split and header
// rows repeat. The PDF and the HTML preview draw from this, so all three break pages alike.
// What they paginate is document-flow.ts's documentFlow: the flow with the signature fitted
// (signature-fit.ts) and the 版记 padded down to the page foot (version-record-placement.ts).

import type { FlowItem, FlowRule, FlowTable } from './flow';
import { layParagraph, layRow, ruleHeight } from './lay-items';
import type { LaidParagraph, LaidRow } from './lay-items';
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
  ruleTwips,
} from './layout';
import type { TextStyleKey } from './layout';
import type { LineRange, MeasuredText } from './linebreak';
import type { CharMeasurer } from './metrics';
import type { Align } from './model';

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

/** A table rule's width in twips (0.5 pt). */
const TABLE_RULE_TWIPS = (TABLE.borderEighthsPt * 20) / 8;

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

/** How far down its last page's text area the flow ends: where the next line would start. */
export function filledHeight(items: readonly FlowItem[], measure: CharMeasurer): number {
  const paginator = new Paginator(measure);
  paginator.run(items);
  return paginator.filled;
}

/** Where the page's last line ends: 22 pitches down (the text area has 18 twips to spare below it). */
export const PAGE_FOOT_TWIPS = LINES_PER_PAGE * LINE_PITCH_TWIPS;

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
