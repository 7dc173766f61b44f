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
 * The same, asked of one case c by reading its own columns. The trigram index finds exactly the
 * substrings instr() finds, except that it folds letter case; so this is used only for queries
 * without cased letters (plainQuery), which is what Chinese queries are.
 */
export const LONG_PROBE_SQL =
  '(instr(c.case_number, @text) > 0 OR instr(c.cause, @text) > 0 OR instr(c.party_name, @text) > 0 OR instr(c.facts, @text) > 0)';

/** No character of the query has an upper or lower case form, so instr() matches what the trigram index matches. */
export function plainQuery(text: string): boolean {
  for (const char of text) if (char.toLowerCase() !== char || char.toUpperCase() !== char) return false;
  return true;
}

/**
 * Walking the date index and reading each case's columns costs about (offset + page) × cases /
 * matches rows, each a random read of the case's row; up to `rows` of them, that beats collecting
 * every match of the trigram index first (for a query most cases match, tens of thousands of rows
 * before the first page). The walk reads at most `slack` times the estimate: matches bunched in
 * the past (a year, "〔2020〕") are not where the estimate puts them, and then the collected
 * matches are used after all. (Tests change the figures to take every path with few cases.)
 */
export const DIRECT_WALK = { rows: 400, slack: 4 };

const DIRECT_COLUMNS = 'id, case_number, cause, party_name, facts, status, fine_fen, updated_at';

/** The page read from the newest cases' own columns, or null when it is not among them (see DIRECT_WALK). */
function directPage(db: Db, text: string, input: CaseQuery, total: number, budget: number): SummaryRow[] | null {
  const offset = (input.page - 1) * input.pageSize;
  const params: Record<string, unknown> = { text, limit: input.pageSize, offset, budget };
  if (input.status) params['status'] = input.status;
  const newest = input.status
    ? `SELECT ${DIRECT_COLUMNS} FROM cases INDEXED BY cases_by_status WHERE status = @status`
    : `SELECT ${DIRECT_COLUMNS} FROM cases INDEXED BY cases_by_updated`;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM (${newest} ORDER BY updated_at DESC, id DESC LIMIT @budget) c WHERE ${LONG_PROBE_SQL} ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as SummaryRow[];
  // A full page (or the last one) means every earlier match was among the cases read.
  return rows.length === Math.min(input.pageSize, total - offset) ? rows : null;
}

/**
 * Case list with optional status filter and Chinese substring search. Queries of 3+ characters use
 * the FTS5 trigram index over case number, cause, party and facts; 1–2 characters the gram index
 * over the short fields (number, cause, party). Either index counts its matches alone; the page
 * comes from sorting the matches when they are few, from walking the updated_at index when many:
 * a short query probes the gram index for each case walked, a 3+ character one reads the case's
 * own columns when that page lies near the top (most searches), else tests each case against the
 * collected matches of the trigram index. Without a query the list walks the updated_at index.
 */
export function searchCases(db: Db, input: CaseQuery): { items: CaseSummary[]; total: number } {
  const text = input.query.trim();
  const short = text !== '' && [...text].length < TRIGRAM_MIN;
  if (short && text.includes(FIELD_SEPARATOR)) return searchShortScan(db, text, input);
  const offset = (input.page - 1) * input.pageSize;
  const params: Record<string, unknown> = { limit: input.pageSize, offset };
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
  if (total === 0 || offset >= total) return { items: [], total };
  // Few matches: sort them. Many: walk the date index and stop after one page.
  const walk = text !== '' && total > WALK_THRESHOLD;
  if (walk && !short && plainQuery(text)) {
    const cases = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM cases').get() as { n: number }).n;
    const estimate = ((offset + input.pageSize) * cases) / total;
    if (estimate <= DIRECT_WALK.rows) {
      const rows = directPage(db, text, input, total, Math.ceil(estimate * DIRECT_WALK.slack));
      if (rows) return { items: rows.map(toCaseSummary), total };
    }
  }
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM cases c ${walk ? (input.status ? 'INDEXED BY cases_by_status' : 'INDEXED BY cases_by_updated') : ''} ${whereSql(walk)} ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as SummaryRow[];
  return { items: rows.map(toCaseSummary), total };
}
