import type { CaseSummary } from '../../../shared/contract';
import type { CaseStatus } from '../../../shared/domain/case';
import type { Db } from '../../db/open';
import { toCaseSummary, type SummaryRow } from './rows';

export interface CaseQuery {
  query: string;
  status: CaseStatus | null;
  page: number;
  pageSize: number;
}

/** The trigram index only knows substrings of three characters or more. */
const TRIGRAM_MIN = 3;

/** An FTS5 string literal: the whole query as one phrase, so 〔 ( " * AND are plain text, not syntax. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Case list with optional status filter and Chinese substring search. Queries of 3+ characters use
 * the FTS5 trigram index; 1–2 characters (a surname, "占道") fall back to LIKE over the same four
 * columns, walking the updated_at index so a page of results stops early.
 */
export function searchCases(db: Db, input: CaseQuery): { items: CaseSummary[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
  if (input.status) {
    where.push('c.status = @status');
    params['status'] = input.status;
  }
  const text = input.query.trim();
  if (text && [...text].length >= TRIGRAM_MIN) {
    where.push('c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match)');
    params['match'] = ftsPhrase(text);
  } else if (text) {
    where.push(`(c.case_number LIKE @like ESCAPE '\\' OR c.cause LIKE @like ESCAPE '\\' OR c.party_name LIKE @like ESCAPE '\\' OR c.facts LIKE @like ESCAPE '\\')`);
    params['like'] = likePattern(text);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM cases c ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.id, c.case_number, c.cause, c.party_name, c.status, c.fine_fen, c.updated_at FROM cases c ${whereSql}
       ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as SummaryRow[];
  return { items: rows.map(toCaseSummary), total };
}
