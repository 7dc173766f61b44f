// Lays the flow out on pages the way LibreOffice and Word will lay out the DOCX: every line on the
// exact 28.95 pt pitch, 22 to a page, no widow/orphan control, a paragraph kept with the next one
// moves to the next page when they do not fit together, table rows are never split and header
// rows repeat. The PDF and the HTML preview draw from this, so all three break pages alike.

import type { FlowItem, FlowParagraph, FlowRow, FlowTable } from './flow';
import { textSpec } from './flow';
import {
  LINE_PITCH_TWIPS,
  MARGINS_TWIPS,
  PAGE_HEIGHT_TWIPS,
  PAGE_NUMBER,
  TABLE,
  TEXT_HEIGHT_TWIPS,
  TEXT_WIDTH_TWIPS,
  TRAILING_PARAGRAPH_TWIPS,
  mmToTwips,
} from './layout';
import type { TextStyleKey } from './layout';
import { breakLines, measureText } from './linebreak';
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
  readonly align: Align;
  /** Justified lines other than a paragraph's last are stretched to the box width. */
  readonly stretch: boolean;
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
  readonly lines: PlacedLine[];
  readonly cells: PlacedCell[];
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
  readonly cells: readonly LaidCell[];
}

export function layParagraph(item: FlowParagraph, measure: CharMeasurer): LaidParagraph {
  const spec = textSpec(item.style);
  const text = measureText(item.text, spec, measure);
  const rest = TEXT_WIDTH_TWIPS - item.left - item.right;
  return { item, text, lines: breakLines(text, rest - item.firstLine, rest, spec) };
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
      for (const range of breakLines(text, inner, inner, spec)) lines.push({ text, range });
      lastLines.add(lines.length - 1);
    }
    maxLines = Math.max(maxLines, lines.length);
    const laid = { x, width: cell.width, style: cell.style, align: cell.align, lines, lastLines };
    x += cell.width;
    return laid;
  });
  return { height: rowHeight(maxLines), cells };
}

/** A row of n lines: n pitches plus room for its rules. */
export function rowHeight(lines: number): number {
  return lines * LINE_PITCH_TWIPS + TABLE.rowPaddingTwips;
}

class Paginator {
  readonly pages: PlacedPage[] = [];
  private y = 0;

  constructor(private readonly measure: CharMeasurer) {
    this.newPage();
  }

  private get page(): PlacedPage {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('no page');
    return page;
  }

  private newPage(): void {
    this.pages.push({ number: this.pages.length + 1, lines: [], cells: [] });
    this.y = 0;
  }

  private fits(height: number): boolean {
    return this.y + height <= TEXT_HEIGHT_TWIPS;
  }

  /** Height of the first line (or row) an item needs on a page. */
  private firstHeight(item: FlowItem | undefined): number {
    if (!item) return 0;
    if (item.kind === 'paragraph') return LINE_PITCH_TWIPS;
    const header = item.headerRows.reduce((sum, row) => sum + layRow(row, this.measure).height, 0);
    const first = item.rows[0];
    return header + (first ? layRow(first, this.measure).height : 0);
  }

  /** Height of the paragraphs from `from` on that keep with the next, plus that next one's first line. */
  private keptHeight(items: readonly FlowItem[], from: number): number {
    let height = 0;
    let j = from;
    let next = items[j];
    while (next?.kind === 'paragraph' && next.keepNext) {
      height += layParagraph(next, this.measure).lines.length * LINE_PITCH_TWIPS;
      j += 1;
      next = items[j];
    }
    return height + this.firstHeight(next);
  }

  run(items: readonly FlowItem[]): void {
    items.forEach((item, i) => {
      if (item.kind === 'table') {
        this.table(item);
        return;
      }
      if (item.breakBefore && (this.y > 0 || this.page.lines.length > 0 || this.page.cells.length > 0)) this.newPage();
      const laid = layParagraph(item, this.measure);
      if (item.keepNext && this.y > 0) {
        const chain = laid.lines.length * LINE_PITCH_TWIPS + this.keptHeight(items, i + 1);
        if (!this.fits(chain) && chain <= TEXT_HEIGHT_TWIPS) this.newPage();
      }
      this.paragraph(laid);
    });
  }

  /** The tiny paragraph a DOCX body needs after a final table. */
  trailingParagraph(): void {
    if (!this.fits(TRAILING_PARAGRAPH_TWIPS)) this.newPage();
  }

  private paragraph(laid: LaidParagraph): void {
    const { item } = laid;
    laid.lines.forEach((range, index) => {
      if (!this.fits(LINE_PITCH_TWIPS)) this.newPage();
      const first = index === 0;
      const left = item.left + (first ? item.firstLine : 0);
      this.page.lines.push({
        style: item.style,
        text: laid.text,
        range,
        x: MARGINS_TWIPS.left + left,
        y: MARGINS_TWIPS.top + this.y,
        width: TEXT_WIDTH_TWIPS - item.right - left,
        align: item.align,
        stretch: item.align === 'justify' && index < laid.lines.length - 1,
      });
      this.y += LINE_PITCH_TWIPS;
    });
  }

  private table(table: FlowTable): void {
    const header = table.headerRows.map((row) => layRow(row, this.measure));
    const headerHeight = header.reduce((sum, row) => sum + row.height, 0);
    const rows = table.rows.map((row) => layRow(row, this.measure));
    const firstRowHeight = rows[0]?.height ?? 0;
    if (this.y > 0 && !this.fits(headerHeight + firstRowHeight)) this.newPage();
    header.forEach((row) => this.row(row));
    for (const row of rows) {
      if (this.y > 0 && !this.fits(row.height)) {
        this.newPage();
        header.forEach((h) => this.row(h));
      }
      this.row(row);
    }
  }

  private row(row: LaidRow): void {
    const top = MARGINS_TWIPS.top + this.y;
    for (const cell of row.cells) {
      const x = MARGINS_TWIPS.left + cell.x;
      this.page.cells.push({ x, y: top, width: cell.width, height: row.height });
      const textTop = top + (row.height - cell.lines.length * LINE_PITCH_TWIPS) / 2;
      cell.lines.forEach(({ text, range }, index) => {
        this.page.lines.push({
          style: cell.style,
          text,
          range,
          x: x + TABLE.cellPaddingTwips,
          y: textTop + index * LINE_PITCH_TWIPS,
          width: cell.width - 2 * TABLE.cellPaddingTwips,
          align: cell.align,
          stretch: cell.align === 'justify' && !cell.lastLines.has(index),
        });
      });
    }
    this.y += row.height;
  }
}

export function paginate(items: readonly FlowItem[], measure: CharMeasurer): PlacedPage[] {
  const paginator = new Paginator(measure);
  paginator.run(items);
  if (items[items.length - 1]?.kind === 'table') paginator.trailingParagraph();
  return paginator.pages;
}

/** "— 3 —", 7 mm below the text area; odd pages right, even pages left, one character in. */
export function pageNumberLine(pageNumber: number): PageNumberLine {
  const odd = pageNumber % 2 === 1;
  return {
    text: `${PAGE_NUMBER.dash} ${pageNumber} ${PAGE_NUMBER.dash}`,
    x: MARGINS_TWIPS.left + (odd ? 0 : PAGE_NUMBER.sideIndentTwips),
    y: PAGE_HEIGHT_TWIPS - MARGINS_TWIPS.bottom + mmToTwips(PAGE_NUMBER.gapBelowTextMm),
    width: TEXT_WIDTH_TWIPS - PAGE_NUMBER.sideIndentTwips,
    align: odd ? 'right' : 'left',
  };
}
