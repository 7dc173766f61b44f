import type { CaseList } from '../../../shared/contract';
import type { CaseStatus } from '../../../shared/domain/case';
import type { Db } from '../../db/open';
import { sql } from '../../db/sql';
import { toCaseSummary, type SummaryRow } from './store';

export interface CaseQuery {
  query: string;
  status: CaseStatus | null;
  page: number;
  pageSize: number;
  /**
   * Count a 3+ character query's matches up to this many only (the list screen): above it the
   * total is given as this figure with `totalCapped`. An exact count means evaluating the phrase in
   * every case that holds it — ≈ 30 ms for a phrase all of 100,000 cases hold — where a page of
   * results takes a few; nobody pages through ten thousand cases. Unset: exact (ledgers export all).
   */
  countUpTo?: number | undefined;
}

/** The trigram index only knows substrings of three characters or more. */
const TRIGRAM_MIN = 3;

/** An FTS5 string literal: the whole query as one phrase, so 〔 ( " * AND are plain text, not syntax. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * walkAbove: above this many matches, walking the updated_at index and stopping at a page beats
 * sorting them all; up to it, sorting the matches costs a few ms, where a walk to matches bunched in
 * the past (a year's case numbers) could read tens of thousands of index entries.
 * commonTrigram: a trigram held by at least this many cases counts as common (rarestTrigram).
 * listCountLimit: the list screen counts a 3+ character search's matches up to this many
 * (CaseQuery.countUpTo; service.ts): a phrase all of 100,000 cases hold takes ≈ 30 ms to count
 * exactly, 3–4 ms to this limit, and nobody pages through ten thousand cases.
 * (Tests lower them to take every path with a few hundred cases.)
 */
export const SEARCH_TUNING = { walkAbove: 2000, commonTrigram: 1000, listCountLimit: 10_000 };

const SUMMARY_COLUMNS = 'c.id, c.case_number, c.cause, c.party_name, c.status, c.fine_fen, c.updated_at';

function page(db: Db, ids: number[]): SummaryRow[] {
  if (ids.length === 0) return [];
  const rows = sql.all<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE c.id IN (${ids.map(() => '?').join(',')})`,
    ...ids,
  );
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** Joins the short fields in cases.short_text (004); no query of the gram index contains it. */
const FIELD_SEPARATOR = '\u001f';

/**
 * A query containing the fields' separator could match across two fields in short_text, which the
 * gram index cannot: kept on the old scan of the covering index, so results stay the same.
 */
function searchShortScan(db: Db, text: string, input: CaseQuery): CaseList {
  const statusSql = input.status ? 'AND status = @status' : '';
  const matches = sql.all<{ id: number; updated_at: string }>(
    db,
    `SELECT id, updated_at FROM cases INDEXED BY cases_short_text WHERE instr(short_text, @text) > 0 ${statusSql}`,
    { text, ...(input.status ? { status: input.status } : {}) },
  );
  matches.sort((a, b) => (a.updated_at === b.updated_at ? b.id - a.id : a.updated_at < b.updated_at ? 1 : -1));
  const offset = (input.page - 1) * input.pageSize;
  const ids = matches.slice(offset, offset + input.pageSize).map((match) => match.id);
  return { items: page(db, ids).map(toCaseSummary), total: matches.length, totalCapped: false };
}

/** The cases whose case number, cause or party contains a 1–2 character query (008_case_search_bigrams.sql). */
export const SHORT_MATCH_SQL = 'SELECT case_id FROM case_search_grams WHERE gram = @gram';
/**
 * The same, asked of one case c: a lookup of (gram, c.id) in the index's primary key. Walking the
 * date index with it stops after one page, so a query every case matches ("青", "〔") costs a page
 * of lookups instead of collecting every match first.
 */
export const SHORT_PROBE_SQL = 'EXISTS (SELECT 1 FROM case_search_grams g WHERE g.gram = @gram AND g.case_id = c.id)';
/** The cases whose case number, cause, party or facts contain a 3+ character query (and have the status asked for). */
const TRIGRAM_MATCH_SQL = 'SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match';

/**
 * Each status as the one letter the trigram index's filters column holds for it, between two
 * delimiters: a single trigram, so a status filter costs the index one short list. The same CASE
 * is in 018_case_search_filters.sql (search.test.ts checks they agree).
 */
export const STATUS_TOKENS: Record<CaseStatus, string> = {
  draft: 'a',
  submitted: 'b',
  'supplement-requested': 'c',
  'in-review': 'd',
  returned: 'e',
  reviewed: 'f',
  'to-transfer': 'g',
  transferred: 'h',
  decided: 'i',
  closed: 'j',
};

/** The index's text columns: a query is matched against these only, never against `filters`. */
const TEXT_COLUMNS = '{case_number cause party_name facts}';

/**
 * A phrase of the text columns. Every trigram of the filters column holds its delimiter §, so a
 * phrase without § cannot match there: it is left unqualified, which the index answers faster
 * than through a column filter (a phrase over every case: ≈ 20 ms less at 100,000 cases).
 */
function inTextColumns(text: string): string {
  return text.includes(STATUS_DELIMITER) ? `${TEXT_COLUMNS} : ${ftsPhrase(text)}` : ftsPhrase(text);
}

const STATUS_DELIMITER = '§';

/**
 * The trigram index's query (018_case_search_filters.sql): the text as one phrase in the text
 * columns and, with a status filter, the status's token in the filters column, so the
 * index intersects the two itself instead of every match being looked up for its status.
 */
export function trigramMatch(text: string, status: CaseStatus | null, rarest?: string): string {
  const parts: string[] = [];
  // The query's rarest trigram first: every case holding the phrase holds it, and the index then
  // steps through its few cases instead of the phrase's commonest trigram's (rarestTrigram).
  if (rarest) parts.push(inTextColumns(rarest));
  if (text) parts.push(inTextColumns(text));
  if (status) parts.push(`filters : ${ftsPhrase(`${STATUS_DELIMITER}${STATUS_TOKENS[status]}${STATUS_DELIMITER}`)}`);
  return parts.join(' AND ');
}
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
function directPage(db: Db, text: string, input: CaseQuery, limit: number, budget: number): SummaryRow[] | null {
  const offset = (input.page - 1) * input.pageSize;
  const params: Record<string, unknown> = { text, limit, offset, budget };
  if (input.status) params['status'] = input.status;
  const newest = input.status
    ? `SELECT ${DIRECT_COLUMNS} FROM cases INDEXED BY cases_by_status WHERE status = @status`
    : `SELECT ${DIRECT_COLUMNS} FROM cases INDEXED BY cases_by_updated`;
  const rows = sql.all<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM (${newest} ORDER BY updated_at DESC, id DESC LIMIT @budget) c WHERE ${LONG_PROBE_SQL} ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    params,
  );
  // A full page (or the last one) means every earlier match was among the cases read.
  return rows.length === limit ? rows : null;
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
/** A trigram fewer cases hold is rare enough: rarestTrigram looks no further. */
const RARE_ENOUGH = 64;

/**
 * Of a query of four or more characters, the trigram the fewest cases hold (counted up to
 * SEARCH_TUNING.commonTrigram each: a few index pages), or undefined when every one is common or
 * the query is a single trigram. A phrase's cases are among that trigram's; "当事人于2020年3月在青山镇"
 * is mostly trigrams every case holds, and "0年3" narrows it to hundreds at once.
 */
export function rarestTrigram(db: Db, text: string): string | undefined {
  const chars = [...text];
  if (chars.length <= TRIGRAM_MIN) return undefined;
  const countSql = `SELECT COUNT(*) AS n FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match LIMIT ${SEARCH_TUNING.commonTrigram})`;
  let rarest: { gram: string; n: number } | undefined;
  for (let i = 0; i + TRIGRAM_MIN <= chars.length; i++) {
    const gram = chars.slice(i, i + TRIGRAM_MIN).join('');
    const n = sql.get<{ n: number }>(db, countSql, { match: inTextColumns(gram) })?.n ?? 0;
    // Rare enough: the phrase's cases are found among a few dozen.
    if (n < RARE_ENOUGH) return gram;
    if (n < SEARCH_TUNING.commonTrigram && (!rarest || n < rarest.n)) rarest = { gram, n };
  }
  return rarest?.gram;
}

export function searchCases(db: Db, input: CaseQuery): CaseList {
  const text = input.query.trim();
  const short = text !== '' && [...text].length < TRIGRAM_MIN;
  if (short && text.includes(FIELD_SEPARATOR)) return searchShortScan(db, text, input);
  const offset = (input.page - 1) * input.pageSize;
  const params: Record<string, unknown> = { limit: input.pageSize, offset };
  if (input.status) params['status'] = input.status;
  if (short) params['gram'] = text;
  else if (text) params['match'] = trigramMatch(text, input.status, rarestTrigram(db, text));
  /** The WHERE clause: `probe` tests each case in turn (walks), otherwise the matches are collected first. */
  const whereSql = (probe: boolean): string => {
    const where: string[] = [];
    if (input.status) where.push('c.status = @status');
    if (short) where.push(probe ? SHORT_PROBE_SQL : `c.id IN (${SHORT_MATCH_SQL})`);
    else if (text) where.push(`c.id IN (${TRIGRAM_MATCH_SQL})`);
    return where.length ? `WHERE ${where.join(' AND ')}` : '';
  };
  // A short query without a status walks the date index instead (a page of gram-key lookups).
  if (text && (!short || input.status)) {
    const ids = fewMatches(db, short, params);
    if (ids) return sortedPage(db, ids, input);
  }
  // Only a 3+ character query's count is capped: the others come from counts kept in the index.
  const upTo = text !== '' && !short ? input.countUpTo : undefined;
  const counted = countMatches(db, text, short, input.status, params, whereSql, upTo);
  // Capped, the true total is larger: the walk's estimates below stay on the safe side with it.
  const total = upTo === undefined ? counted : Math.min(counted, upTo);
  const totalCapped = counted > total;
  if (total === 0 || offset >= total) return { items: [], total, totalCapped };
  // The page ends at the total: a capped one ends the list there even where a page would reach
  // past it (pageSize 30, 10,000).
  const limit = Math.min(input.pageSize, total - offset);
  params['limit'] = limit;
  // Few matches: sort them. Many: walk the date index and stop after one page.
  const walk = text !== '' && total > SEARCH_TUNING.walkAbove;
  if (walk && !short && plainQuery(text)) {
    const cases = sql.get<{ n: number }>(db, 'SELECT coalesce(max(id), 0) AS n FROM cases')?.n ?? 0;
    const estimate = ((offset + input.pageSize) * cases) / total;
    if (estimate <= DIRECT_WALK.rows) {
      const rows = directPage(db, text, input, limit, Math.ceil(estimate * DIRECT_WALK.slack));
      if (rows) return { items: rows.map(toCaseSummary), total, totalCapped };
    }
  }
  const rows = sql.all<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM cases c ${walk ? (input.status ? 'INDEXED BY cases_by_status' : 'INDEXED BY cases_by_updated') : ''} ${whereSql(walk)} ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    params,
  );
  return { items: rows.map(toCaseSummary), total, totalCapped };
}

/**
 * Every case matching the query (a 3+ character one with its status; a 1–2 character one, asked
 * only with a status, without it: sortedPage applies it), when there are at
 * most SEARCH_TUNING.walkAbove: one pass over the index, which then gives the total and the page together.
 * Undefined when there are more (the count and a walk of the date index take over).
 */
function fewMatches(db: Db, short: boolean, params: Record<string, unknown>): number[] | undefined {
  if (short) {
    const n = sql.get<{ n: number }>(db, 'SELECT n FROM case_search_gram_counts WHERE gram = @gram', params)?.n;
    if ((n ?? 0) > SEARCH_TUNING.walkAbove) return undefined;
    return sql.column<number>(db, SHORT_MATCH_SQL, params);
  }
  const ids = sql.column<number>(db, `${TRIGRAM_MATCH_SQL} LIMIT ${SEARCH_TUNING.walkAbove + 1}`, params);
  return ids.length > SEARCH_TUNING.walkAbove ? undefined : ids;
}

/** The page of these cases (with the status asked for), newest first, and how many there are. */
function sortedPage(db: Db, ids: number[], input: CaseQuery): CaseList {
  if (ids.length === 0) return { items: [], total: 0, totalCapped: false };
  const matches = sql.all<{ id: number; updated_at: string }>(
    db,
    `SELECT id, updated_at FROM cases WHERE id IN (SELECT value FROM json_each(@ids)) ${input.status ? 'AND status = @status' : ''}`,
    { ids: JSON.stringify(ids), ...(input.status ? { status: input.status } : {}) },
  );
  matches.sort((a, b) => (a.updated_at === b.updated_at ? b.id - a.id : a.updated_at < b.updated_at ? 1 : -1));
  const offset = (input.page - 1) * input.pageSize;
  const pageIds = matches.slice(offset, offset + input.pageSize).map((match) => match.id);
  return { items: page(db, pageIds).map(toCaseSummary), total: matches.length, totalCapped: false };
}

/**
 * How many cases match. The trigram index counts a 3+ character query alone, status included
 * (trigramMatch); a 1–2 character one is counted from the gram counts without a status, and with
 * one from whichever side is smaller: the gram's cases, each looked up for its status, or the
 * status's cases, each looked up in the gram index. With `upTo`, a 3+ character query is counted
 * to one past it only (more than `upTo` means "at least").
 */
function countMatches(
  db: Db,
  text: string,
  short: boolean,
  status: CaseStatus | null,
  params: Record<string, unknown>,
  whereSql: (probe: boolean) => string,
  upTo: number | undefined,
): number {
  const count = (text: string) => sql.get<{ n: number }>(db, text, params)?.n ?? 0;
  if (!text) return count(`SELECT COUNT(*) AS n FROM cases c ${whereSql(true)}`);
  if (!short && upTo !== undefined)
    return count(
      `SELECT COUNT(*) AS n FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match LIMIT ${Math.floor(upTo) + 1})`,
    );
  if (!short) return count('SELECT COUNT(*) AS n FROM cases_fts WHERE cases_fts MATCH @match');
  const withGram = count('SELECT coalesce((SELECT n FROM case_search_gram_counts WHERE gram = @gram), 0) AS n');
  if (!status || withGram === 0) return withGram;
  const withStatus = count('SELECT COUNT(*) AS n FROM cases INDEXED BY cases_by_status WHERE status = @status');
  return withGram <= withStatus
    ? count(
        `SELECT COUNT(*) AS n FROM case_search_grams g JOIN cases c ON c.id = g.case_id WHERE ${SHORT_GRAM_STATUS_SQL}`,
      )
    : count(`SELECT COUNT(*) AS n FROM cases c ${whereSql(true)}`);
}

/** A short query's cases with a status, read from the gram's side (countMatches). */
export const SHORT_GRAM_STATUS_SQL = 'g.gram = @gram AND c.status = @status';
