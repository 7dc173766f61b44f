// Lays out one item of the flow by itself, before it is put on a page: where a paragraph's lines
// break, how a table row's cells wrap and how tall the row is, how tall a rule's paragraph is. The
// paginator places what these give; the DOCX writer sizes its table rows with layRow.

import type { FlowParagraph, FlowRow, FlowRule } from './flow';
import { paragraphLines, textSpec } from './flow';
import { TABLE, rowHeight, ruleTwips } from './layout';
import type { TextStyleKey } from './layout';
import { breakLines, measureText } from './linebreak';
import type { BreakOptions, LineRange, MeasuredText } from './linebreak';
import type { CharMeasurer } from './metrics';
import type { Align } from './model';

export interface LaidParagraph {
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

export interface LaidRow {
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
