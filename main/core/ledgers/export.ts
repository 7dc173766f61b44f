// Builds a register's ledger file: the rows read in one transaction (one consistent moment), then
// written by the shared XLSX writer. The same for the app's 导出台账 buttons and `fashen export`.

import type { LedgerFilters, LedgerKind } from '../../../shared/contract/ledgers';
import { officeDateOf } from '../calendar/officeTime';
import type { CoreContext } from '../context';
import { ledgerDefinition } from './registry';
import { ledgerWorkbook } from './xlsx';

export interface LedgerFile {
  fileName: string;
  bytes: Buffer;
  /** Rows per sheet, for the CLI's summary line. */
  counts: Array<{ sheet: string; rows: number }>;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportLedger(
  ctx: CoreContext,
  input: { what: LedgerKind; year: number | null; filters: LedgerFilters },
): Promise<LedgerFile> {
  const definition = ledgerDefinition(input.what);
  const today = officeDateOf(ctx.now().toISOString());
  const tables = ctx.db.transaction(() => definition.sheets(ctx, { year: input.year, filters: input.filters }))();
  const period = input.year === null ? '' : `${input.year}年度 `;
  const heading = `${period}${definition.title}（导出于 ${today}）`;
  const titled = tables.map((table) => ({
    ...table,
    title: table.title ? `${heading}\u3000${table.title}` : heading,
  }));
  return {
    fileName: `${definition.title}-${input.year ?? '全部年度'}-${today}.xlsx`,
    bytes: await ledgerWorkbook(titled),
    counts: tables.map((table) => ({ sheet: table.name, rows: table.rows.length })),
  };
}
