// One ledger definition per register: its title, the sheets it writes (columns + rows from SQL)
// and the screen filters it honours. Adding a register's ledger is a file beside these and a line
// in registry.ts (see README: 台账).

import type { LedgerFilters, LedgerKind } from '../../../shared/contract/ledgers';
import type { CoreContext } from '../context';
import type { LedgerTable } from './xlsx';

export interface LedgerQuery {
  /** Records of this year (by the register's own date), or every year. */
  year: number | null;
  filters: LedgerFilters;
}

export interface LedgerDefinition {
  what: LedgerKind;
  /** "案件台账": the file and title name. */
  title: string;
  /** Which of the list's filters this ledger honours (the others are ignored, as on its screen). */
  filters: ReadonlyArray<keyof LedgerFilters>;
  /** The sheets, read in one go (the caller holds a read transaction). */
  sheets(ctx: CoreContext, query: LedgerQuery): LedgerTable[];
}

/** `year` as the SQL bound: records whose date (YYYY-MM-DD…) lies in it, or all when null. */
export function yearRange(year: number | null): { from: string; to: string } {
  return year === null ? { from: '0000', to: '9999' } : { from: `${year}-01-01`, to: `${year}-12-31\uffff` };
}

/** The office date (UTC+8, no daylight saving) of a stored UTC instant, in SQL. */
export const officeDateSql = (column: string): string => `date(${column}, '+8 hours')`;

/** Escapes a LIKE pattern's own characters (used with ESCAPE '\\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
