// One way to write a ledger (台账) as an Excel workbook, for every register and report: Chinese
// headers, dates as real Excel dates (so a clerk can sort and filter them), money as numbers in 元,
// the header row frozen and filterable. exceljs is the maintained writer (the `xlsx` package on npm
// is abandoned).
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';

/** How a column's values are written: text as is, a date as an Excel date, money (分 in) as 元. */
export type LedgerCellKind = 'text' | 'date' | 'datetime' | 'money' | 'integer' | 'decimal';

export interface LedgerColumn<Row> {
  header: string;
  kind: LedgerCellKind;
  /** Width in characters (a Chinese character counts as two). */
  width?: number;
  value: (row: Row) => string | number | null;
}

export interface LedgerSheet<Row> {
  /** The sheet's tab name (Excel allows at most 31 characters and no []:*?/\). */
  name: string;
  /** Optional title line above the table, e.g. "2026年度 案件台账（导出于 2026-12-06）". */
  title?: string;
  columns: ReadonlyArray<LedgerColumn<Row>>;
  rows: readonly Row[];
}

const FORMATS: Record<LedgerCellKind, string | undefined> = {
  text: '@',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  money: '#,##0.00',
  integer: '0',
  decimal: '0.00',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/;

/**
 * Excel has no time zones: a date cell is a serial day number. Dates here are office dates
 * ("2026-12-03") and office times ("2026-12-03 09:30"), so they are written as that wall-clock value
 * (built in UTC, which exceljs writes without shifting).
 */
function cellValue(kind: LedgerCellKind, value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'money') {
    if (typeof value !== 'number') throw new AppError('VALIDATION', `台账金额应为数字（分）：${String(value)}`);
    return value / 100;
  }
  if (kind === 'date' || kind === 'datetime') {
    const text = String(value);
    const dt = ISO_LOCAL_DATETIME.exec(text);
    if (kind === 'datetime' && dt)
      return new Date(Date.UTC(Number(dt[1]), Number(dt[2]) - 1, Number(dt[3]), Number(dt[4]), Number(dt[5])));
    const d = ISO_DATE.exec(text.slice(0, 10));
    if (!d) throw new AppError('VALIDATION', `台账日期格式不正确：${text}`);
    return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
  }
  return value;
}

function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '·').slice(0, 31) || '台账';
}

/**
 * Builds the workbook in memory; the caller decides where the bytes go. Each sheet keeps its own row
 * type: `ledgerWorkbook([casesSheet, reviewsSheet])`.
 */
export async function ledgerWorkbook<Rows extends unknown[]>(sheets: {
  readonly [K in keyof Rows]: LedgerSheet<Rows[K]>;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法审工作台';
  // Each sheet's columns read its own rows; erasing the row type here is safe for that reason.
  for (const sheet of sheets as unknown as ReadonlyArray<LedgerSheet<unknown>>) {
    const ws = workbook.addWorksheet(sheetName(sheet.name));
    let headerRow = 1;
    if (sheet.title) {
      ws.addRow([sheet.title]).font = { bold: true, size: 14 };
      ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
      headerRow = 2;
    }
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    sheet.columns.forEach((column, index) => {
      const col = ws.getColumn(index + 1);
      col.width = column.width ?? Math.max(10, column.header.length * 2 + 2);
      const numFmt = FORMATS[column.kind];
      if (numFmt && column.kind !== 'text') col.numFmt = numFmt;
    });
    for (const row of sheet.rows) {
      const added = ws.addRow(sheet.columns.map((c) => cellValue(c.kind, c.value(row))));
      added.alignment = { vertical: 'top', wrapText: true };
    }
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
    if (sheet.columns.length > 0)
      ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a workbook back (tests, and checking a file before it is handed upward). */
export async function readLedgerWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
