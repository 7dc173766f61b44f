import type { CaseSummary } from '../../../shared/contract';
import type { CaseStatus } from '../../../shared/domain/case';
import type { Db } from '../../db/open';
import { toCaseSummary, type SummaryRow } from './store';

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

/** Above this many matches, walking the updated_at index and stopping at a page beats sorting them all. */
const WALK_THRESHOLD = 500;

const SUMMARY_COLUMNS = 'c.id, c.case_number, c.cause, c.party_name, c.status, c.fine_fen, c.updated_at';

function page(db: Db, ids: number[]): SummaryRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE c.id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as SummaryRow[];
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** Joins the short fields in cases.short_text (004); no query of the gram index contains it. */
const FIELD_SEPARATOR = '\u001f';

/**
 * A query containing the fields' separator could match across two fields in short_text, which the
 * gram index cannot: kept on the old scan of the covering index, so results stay the same.
 */
function searchShortScan(db: Db, text: string, input: CaseQuery): { items: CaseSummary[]; total: number } {
  const statusSql = input.status ? 'AND status = @status' : '';
  const matches = db
    .prepare(
      `SELECT id, updated_at FROM cases INDEXED BY cases_short_text WHERE instr(short_text, @text) > 0 ${statusSql}`,
    )
    .all({ text, ...(input.status ? { status: input.status } : {}) }) as Array<{ id: number; updated_at: string }>;
  matches.sort((a, b) => (a.updated_at === b.updated_at ? b.id - a.id : a.updated_at < b.updated_at ? 1 : -1));
  const offset = (input.page - 1) * input.pageSize;
  const ids = matches.slice(offset, offset + input.pageSize).map((match) => match.id);
  return { items: page(db, ids).map(toCaseSummary), total: matches.length };
}

/** The cases whose case number, cause or party contains a 1–2 character query (008_case_search_bigrams.sql). */
export const SHORT_MATCH_SQL = 'SELECT case_id FROM case_search_grams WHERE gram = @gram';
/**
 * The same, asked of one case c: a lookup of (gram, c.id) in the index's primary key. Walking the
 * date index with it stops after one page, so a query every case matches ("青", "〔") costs a page
 * of lookups instead of collecting every match first.
 */
export const SHORT_PROBE_SQL = 'EXISTS (SELECT 1 FROM case_search_grams g WHERE g.gram = @gram AND g.case_id = c.id)';
/** The cases whose case number, cause, party or facts contain a 3+ character query. */
const TRIGRAM_MATCH_SQL = 'SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match';

/**
 * Case list with optional status filter and Chinese substring search. Queries of 3+ characters use
 * the FTS5 trigram index over case number, cause, party and facts; 1–2 characters the gram index
 * over the short fields (number, cause, party). Either index counts its matches alone; the page
 * comes from sorting the matches when they are few, from walking the updated_at index when many.
 * Without a query the list walks the updated_at index.
 */
export function searchCases(db: Db, input: CaseQuery): { items: CaseSummary[]; total: number } {
  const text = input.query.trim();
  const short = text !== '' && [...text].length < TRIGRAM_MIN;
  if (short && text.includes(FIELD_SEPARATOR)) return searchShortScan(db, text, input);
  const params: Record<string, unknown> = { limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
  if (input.status) params['status'] = input.status;
  if (short) params['gram'] = text;
  else if (text) params['match'] = ftsPhrase(text);
  /** The WHERE clause: `probe` tests each case in turn (walks), otherwise the matches are collected first. */
  const whereSql = (probe: boolean): string => {
    const where: string[] = [];
    if (input.status) where.push('c.status = @status');
    if (short) where.push(probe ? SHORT_PROBE_SQL : `c.id IN (${SHORT_MATCH_SQL})`);
    else if (text) where.push(`c.id IN (${TRIGRAM_MATCH_SQL})`);
    return where.length ? `WHERE ${where.join(' AND ')}` : '';
  };
  // Without a status filter the index alone can count its matches, without touching the cases.
  const countSql =
    text && !input.status
      ? short
        ? 'SELECT coalesce((SELECT n FROM case_search_gram_counts WHERE gram = @gram), 0) AS n'
        : 'SELECT COUNT(*) AS n FROM cases_fts WHERE cases_fts MATCH @match'
      : `SELECT COUNT(*) AS n FROM cases c ${whereSql(true)}`;
  const total = (db.prepare(countSql).get(params) as { n: number }).n;
  // Few matches: sort them. Many: walk the date index and stop after one page.
  const walk = text !== '' && total > WALK_THRESHOLD;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM cases c ${walk ? 'INDEXED BY cases_by_updated' : ''} ${whereSql(walk)} ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as SummaryRow[];
  return { items: rows.map(toCaseSummary), total };
}
