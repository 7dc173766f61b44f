// How much one paper may become (issue #17). A template of thousands of blank blocks, or data
// that repeats a block thousands of times, once made a 6,000-page PDF in 40 s and 2.3 GB while
// the server stopped answering. Before any renderer runs, the model's blocks are counted and its
// pages estimated from the line grid (22 lines of 28 characters, GB/T 9704); afterwards the file's
// bytes are checked. Real papers are 1–10 pages; the limits leave ten times that.

import { AppError } from '../../../shared/errors';
import { LINE_PITCH_TWIPS, TEXT_STYLES, rowHeight, tableLinePitchTwips } from './layout';
import type { DocBlock, DocumentModel } from './model';

export const MAX_MODEL_BLOCKS = 2_000;
export const MAX_ESTIMATED_PAGES = 100;
export const MAX_OUTPUT_BYTES = 30 * 1024 * 1024;

function linesOf(text: string, charsPerLine: number): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(Array.from(line).length / charsPerLine)), 0);
}

function blockLines(block: DocBlock, charsPerLine: number, linesPerPage: number): number {
  switch (block.kind) {
    case 'title':
      return block.lines.length * 2;
    case 'blank':
      return block.lines;
    case 'pageBreak':
      return linesPerPage;
    case 'table': {
      // On the pitch the flow sets the table's cells on (21 pt in 4号, the body's 28.95 pt in 3号),
      // with as many characters to a line as the cells' size allows, counted in body lines.
      const style = block.size === 'normal' ? TEXT_STYLES.cellLarge : TEXT_STYLES.cell;
      const cellChars = Math.floor((charsPerLine * TEXT_STYLES.body.sizePt) / style.sizePt);
      const columns = Math.max(1, block.columnWidths.length);
      const perCell = Math.max(4, Math.floor(cellChars / columns));
      const pitch = tableLinePitchTwips(block.size);
      const twips = [...block.headerRows, ...block.rows].reduce(
        (sum, row) =>
          sum +
          rowHeight(
            Math.max(row.minLines, 1, ...row.cells.map((cell) => linesOf(cell.text, perCell * cell.span))),
            pitch,
          ),
        0,
      );
      return twips / LINE_PITCH_TWIPS;
    }
    case 'attachments':
      return block.items.reduce((sum, item) => sum + linesOf(item, charsPerLine), 0);
    case 'signature':
      return block.stampLines + 2;
    default:
      return linesOf(block.text, charsPerLine);
  }
}

/** Pages the model will roughly take: a lower bound good enough to catch runaway output. */
export function estimatePages(model: DocumentModel): number {
  const { charsPerLine, linesPerPage } = model.page;
  const lines = model.blocks.reduce((sum, block) => sum + blockLines(block, charsPerLine, linesPerPage), 0);
  return Math.ceil(lines / Math.max(1, linesPerPage));
}

const tooLarge = (what: string): AppError =>
  new AppError(
    'DOCUMENT_TOO_LARGE',
    `文书内容过多（${what}），超出一份文书的合理范围，未生成。请检查模板中是否有大量重复或空白的段落。`,
  );

/** Refuses a model that would make a runaway paper, before any renderer spends time on it. */
export function checkModelSize(model: DocumentModel): void {
  if (model.blocks.length > MAX_MODEL_BLOCKS) throw tooLarge(`${model.blocks.length} 个段落，上限 ${MAX_MODEL_BLOCKS}`);
  const pages = estimatePages(model);
  if (pages > MAX_ESTIMATED_PAGES) throw tooLarge(`约 ${pages} 页，上限 ${MAX_ESTIMATED_PAGES} 页`);
}

/** Refuses a finished file larger than any real paper. */
export function checkOutputSize(output: Buffer | string): void {
  const bytes = typeof output === 'string' ? Buffer.byteLength(output, 'utf8') : output.length;
  if (bytes > MAX_OUTPUT_BYTES)
    throw tooLarge(`${Math.ceil(bytes / 1024 / 1024)} MB，上限 ${MAX_OUTPUT_BYTES / 1024 / 1024} MB`);
}
