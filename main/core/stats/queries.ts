// The statistics' SQL: every figure is counted from the records (review rounds, supplement notices,
// transfers, decisions). Office dates of UTC instants are taken at +8 hours (Asia/Shanghai has no
// daylight saving). Only this module reads across capabilities for statistics; it writes nothing.
//
// One source of truth per table: each table is a `src` CTE with one row per record counted and the
// cell (row_key, col_key) it is counted in. The figures are `count(*)` (or `avg`) over that CTE and
// the list behind a figure is `SELECT *` from the same CTE, so a list is never longer or shorter than
// its figure. Deadline verdicts need the office calendar: their rows come from one CTE each and are
// judged in service.ts, figure and list from the same rows.

import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

const OFFICE = "'+8 hours'";
const yearOfInstant = (column: string) => `CAST(strftime('%Y', ${column}, ${OFFICE}) AS INTEGER)`;
const yearOfDate = (column: string) => `CAST(substr(${column}, 1, 4) AS INTEGER)`;
const officeDate = (column: string) => `date(${column}, ${OFFICE})`;
const monthOfInstant = (column: string) => `CAST(CAST(strftime('%m', ${column}, ${OFFICE}) AS INTEGER) AS TEXT)`;
/** "青山综执罚〔2025〕2号 未经批准擅自建设" */
const CASE_LABEL = "c.case_number || ' ' || c.cause";

/** One record counted in a cell: the cell, where the app shows the record, and why it is counted there. */
export interface CellRecordRow {
  row_key: string;
  col_key: string;
  kind: 'case' | 'transfer-in';
  id: number;
  label: string;
  /** The date that put the record in the cell (office date). */
  on_date: string;
  detail: string;
  /** For averages: the record's own value (e.g. days taken); null otherwise. */
  value: number | null;
}

/** A table's source: `WITH src AS (...)` selecting the columns of CellRecordRow. */
export type Source = string;

export interface Cell {
  row_key: string;
  col_key: string;
  n: number;
  /** avg(value) rounded to one decimal, for averages. */
  avg: number | null;
}

export function cellFigures(db: Db, src: Source, params: Record<string, unknown>): Cell[] {
  return sql.all<Cell>(
    db,
    `${src} SELECT row_key, col_key, count(*) AS n, round(avg(value), 1) AS avg FROM src GROUP BY row_key, col_key`,
    params,
  );
}

export function cellRecords(db: Db, src: Source, params: Record<string, unknown>): CellRecordRow[] {
  return sql.all<CellRecordRow>(
    db,
    `${src} SELECT row_key, col_key, kind, id, label, on_date, detail, value FROM src ORDER BY on_date, label, id`,
    params,
  );
}

export function yearsWithRecords(db: Db): number[] {
  return sql
    .all<{ year: number }>(
      db,
      `SELECT ${yearOfInstant('submitted_at')} AS year FROM review_rounds
       UNION SELECT ${yearOfDate('found_on')} FROM transfers_out
       UNION SELECT ${yearOfDate('received_on')} FROM transfers_in
       UNION SELECT ${yearOfDate('reported_on')} FROM criminal_transfers
       ORDER BY year DESC`,
    )
    .map((row) => row.year);
}

/** Rounds submitted (by month submitted) and opinions signed (by month signed); row_key is the month 1–12. */
export const REVIEWS_BY_MONTH: Source = `WITH src AS (
  SELECT ${monthOfInstant('r.submitted_at')} AS row_key, 'submitted' AS col_key, 'case' AS kind, r.case_id AS id,
    ${CASE_LABEL} AS label, ${officeDate('r.submitted_at')} AS on_date,
    ${officeDate('r.submitted_at')} || ' 送审（第' || r.round_no || '轮）' AS detail, NULL AS value
  FROM review_rounds r JOIN cases c ON c.id = r.case_id
  WHERE ${yearOfInstant('r.submitted_at')} = @year
  UNION ALL
  SELECT ${monthOfInstant('r.signed_at')}, 'signed', 'case', r.case_id, ${CASE_LABEL}, ${officeDate('r.signed_at')},
    ${officeDate('r.signed_at')} || ' 签署审核意见（第' || r.round_no || '轮，意见' || r.chosen_opinion || '）', NULL
  FROM review_rounds r JOIN cases c ON c.id = r.case_id
  WHERE r.state = 'signed' AND ${yearOfInstant('r.signed_at')} = @year)`;

/** Rounds submitted in the year for which each trigger held (one round may hold several); row_key is the trigger id. */
export const REVIEWS_BY_TRIGGER: Source = `WITH src AS (
  SELECT CAST(CAST(json_extract(t.value, '$.id') AS INTEGER) AS TEXT) AS row_key, 'rounds' AS col_key, 'case' AS kind,
    r.case_id AS id, ${CASE_LABEL} AS label, ${officeDate('r.submitted_at')} AS on_date,
    ${officeDate('r.submitted_at')} || ' 送审（第' || r.round_no || '轮）' AS detail, NULL AS value
  FROM review_rounds r JOIN cases c ON c.id = r.case_id, json_each(r.triggers_json, '$.triggers') t
  WHERE ${yearOfInstant('r.submitted_at')} = @year AND json_extract(t.value, '$.holds') = 1)`;

/** Rounds submitted in the year (the note under the trigger table). */
export function roundsSubmitted(db: Db, year: number): number {
  return (
    sql.get<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM review_rounds WHERE ${yearOfInstant('submitted_at')} = ?`,
      year,
    )?.n ?? 0
  );
}

/** Signed opinions of the year by opinion number (row_key 1–5); the correction rate is computed over them. */
export const OPINIONS_SIGNED: Source = `WITH src AS (
  SELECT CAST(r.chosen_opinion AS TEXT) AS row_key, 'rounds' AS col_key, 'case' AS kind, r.case_id AS id,
    ${CASE_LABEL} AS label, ${officeDate('r.signed_at')} AS on_date,
    ${officeDate('r.signed_at')} || ' 签署（第' || r.round_no || '轮，意见' || r.chosen_opinion || '）' AS detail,
    NULL AS value
  FROM review_rounds r JOIN cases c ON c.id = r.case_id
  WHERE r.state = 'signed' AND ${yearOfInstant('r.signed_at')} = @year)`;

/** Supplement notices issued in the year, by how they were answered against their deadline on @today. */
export const SUPPLEMENTS: Source = `WITH src AS (
  SELECT
    CASE
      WHEN s.supplemented_at IS NOT NULL AND ${officeDate('s.supplemented_at')} <= s.deadline THEN 'onTime'
      WHEN s.supplemented_at IS NOT NULL THEN 'late'
      WHEN s.deadline < @today THEN 'overdue'
      ELSE 'open'
    END AS row_key,
    'n' AS col_key, 'case' AS kind, r.case_id AS id, ${CASE_LABEL} AS label, s.issued_on AS on_date,
    s.issued_on || ' 通知补正，期限 ' || s.deadline ||
      CASE WHEN s.supplemented_at IS NULL THEN '，尚未补正' ELSE '，' || ${officeDate('s.supplemented_at')} || ' 补正' END
      AS detail,
    NULL AS value
  FROM supplement_notices s JOIN review_rounds r ON r.id = s.round_id JOIN cases c ON c.id = r.case_id
  WHERE ${yearOfDate('s.issued_on')} = @year)`;

export type TransferOutcome = 'accepted' | 'refused' | 'escalated' | 'pending' | 'unsent' | 'withdrawn';

const OUTCOME_WORDS = `CASE outcome WHEN 'accepted' THEN '接受/立案' WHEN 'refused' THEN '不予接受/不予立案'
  WHEN 'escalated' THEN '报请政府决定' WHEN 'pending' THEN '待答复' WHEN 'unsent' THEN '未发出' ELSE '已撤回' END`;

/** Transfers by target (row_key) and where they ended (col_key): out by found date, criminal by report date. */
export const TRANSFERS: Source = `WITH t AS (
  SELECT o.target, o.case_id, o.found_on AS on_date, '发现不属于本单位管辖' AS what,
    CASE
      WHEN o.state = 'withdrawn' THEN 'withdrawn'
      WHEN o.state IN ('awaiting-approval', 'ready') THEN 'unsent'
      WHEN o.state IN ('sent', 'received') THEN 'pending'
      WHEN o.state = 'accepted' THEN 'accepted'
      WHEN o.state = 'refused' THEN 'refused'
      ELSE 'escalated'
    END AS outcome
  FROM transfers_out o WHERE ${yearOfDate('o.found_on')} = @year
  UNION ALL
  SELECT 'criminal', k.case_id, k.reported_on, '书面报告涉嫌犯罪',
    CASE
      WHEN k.answer = 'filed' OR k.reconsideration_answer = 'filed' THEN 'accepted'
      WHEN k.answer = 'not-filed' THEN 'refused'
      WHEN k.sent_at IS NOT NULL THEN 'pending'
      ELSE 'unsent'
    END
  FROM criminal_transfers k WHERE ${yearOfDate('k.reported_on')} = @year
), src AS (
  SELECT t.target AS row_key, t.outcome AS col_key, 'case' AS kind, t.case_id AS id, ${CASE_LABEL} AS label,
    t.on_date, t.on_date || ' ' || t.what || '；' || ${OUTCOME_WORDS} AS detail, NULL AS value
  FROM t JOIN cases c ON c.id = t.case_id)`;

/** Average calendar days per stage (row_key), over the rounds signed (or transfers sent) in the year. */
export const STAGE_DAYS: Source = `WITH s AS (
  SELECT 'accept' AS stage, r.case_id, ${officeDate('r.signed_at')} AS on_date,
    julianday(r.materials_accepted_at) - julianday(r.submitted_at) AS days,
    '第' || r.round_no || '轮 ' || ${officeDate('r.submitted_at')} || ' 送审，' || ${officeDate('r.materials_accepted_at')} || ' 接收材料' AS what
  FROM review_rounds r
  WHERE r.state = 'signed' AND ${yearOfInstant('r.signed_at')} = @year AND r.materials_accepted_at IS NOT NULL
  UNION ALL
  SELECT 'review', r.case_id, ${officeDate('r.signed_at')},
    julianday(r.reviewer_signed_at) - julianday(r.materials_accepted_at),
    '第' || r.round_no || '轮 ' || ${officeDate('r.materials_accepted_at')} || ' 接收材料，' || ${officeDate('r.reviewer_signed_at')} || ' 审核员签署'
  FROM review_rounds r
  WHERE r.state = 'signed' AND ${yearOfInstant('r.signed_at')} = @year AND r.materials_accepted_at IS NOT NULL
  UNION ALL
  SELECT 'countersign', r.case_id, ${officeDate('r.signed_at')},
    julianday(r.signed_at) - julianday(r.reviewer_signed_at),
    '第' || r.round_no || '轮 ' || ${officeDate('r.reviewer_signed_at')} || ' 审核员签署，' || ${officeDate('r.signed_at')} || ' 负责人签署'
  FROM review_rounds r
  WHERE r.state = 'signed' AND ${yearOfInstant('r.signed_at')} = @year
  UNION ALL
  SELECT 'decide', d.case_id, d.decision_date,
    julianday(d.decision_date) - julianday(${officeDate('r.signed_at')}),
    ${officeDate('r.signed_at')} || ' 签署审核意见，' || d.decision_date || ' 作出决定 ' || d.decision_number
  FROM review_decisions d JOIN review_rounds r ON r.id = d.round_id
  WHERE d.agrees = 1 AND ${yearOfDate('d.decision_date')} = @year
  UNION ALL
  SELECT 'transfer', o.case_id, o.found_on,
    julianday(${officeDate('o.sent_at')}) - julianday(o.found_on),
    o.found_on || ' 发现，' || ${officeDate('o.sent_at')} || ' 发出移送函'
  FROM transfers_out o WHERE o.sent_at IS NOT NULL AND ${yearOfDate('o.found_on')} = @year
), src AS (
  SELECT s.stage AS row_key, 'n' AS col_key, 'case' AS kind, s.case_id AS id, ${CASE_LABEL} AS label, s.on_date,
    s.what || '，用时 ' || printf('%.1f', s.days) || ' 天' AS detail, s.days AS value
  FROM s JOIN cases c ON c.id = s.case_id)`;

/** The deadline rows all carry the record they are about. */
export interface DeadlineRecord {
  kind: 'case' | 'transfer-in';
  id: number;
  label: string;
}

export interface OutDeadlineRow extends DeadlineRecord {
  found_on: string;
  found_at: string | null;
  send_limit_unit: 'working-days' | 'hours';
  send_limit: number;
  sent_at: string | null;
  received_at: string | null;
  answered_on: string | null;
  answer_working_days: number;
  state: string;
}

export function transferOutDeadlineRows(db: Db, year: number): OutDeadlineRow[] {
  return sql.all<OutDeadlineRow>(
    db,
    `SELECT 'case' AS kind, o.case_id AS id, ${CASE_LABEL} AS label, o.found_on, o.found_at, o.send_limit_unit,
       o.send_limit, o.sent_at, o.received_at, o.answered_on, o.answer_working_days, o.state
     FROM transfers_out o JOIN cases c ON c.id = o.case_id
     WHERE ${yearOfDate('o.found_on')} = ? AND o.state <> 'withdrawn' ORDER BY o.found_on, o.id`,
    year,
  );
}

export interface InDeadlineRow extends DeadlineRecord {
  received_on: string;
  answered_on: string | null;
  answer_working_days: number;
}

/** Transfers received in the year; one that became our case shows as the case, otherwise as the transfer. */
export function transferInDeadlineRows(db: Db, year: number): InDeadlineRow[] {
  return sql.all<InDeadlineRow>(
    db,
    `SELECT CASE WHEN c.id IS NULL THEN 'transfer-in' ELSE 'case' END AS kind, coalesce(c.id, t.id) AS id,
       coalesce(${CASE_LABEL}, '移入：' || t.cause || CASE WHEN t.letter_number = '' THEN '' ELSE '（' || t.letter_number || '）' END) AS label,
       t.received_on, t.answered_on, t.answer_working_days
     FROM transfers_in t LEFT JOIN cases c ON c.id = t.case_id
     WHERE ${yearOfDate('t.received_on')} = ? ORDER BY t.received_on, t.id`,
    year,
  );
}

export interface CriminalDeadlineRow extends DeadlineRecord {
  reported_on: string;
  decided_on: string | null;
  decision_late: number;
  sent_on: string | null;
  send_late: number;
}

/** 310号令 第五条: the decision within 3 日 and the sending within 24 hours, recorded late or not when done. */
export function criminalDeadlineRows(db: Db, year: number): CriminalDeadlineRow[] {
  return sql.all<CriminalDeadlineRow>(
    db,
    `SELECT 'case' AS kind, k.case_id AS id, ${CASE_LABEL} AS label, k.reported_on,
       ${officeDate('k.decided_at')} AS decided_on, k.decision_late, ${officeDate('k.sent_at')} AS sent_on, k.send_late
     FROM criminal_transfers k JOIN cases c ON c.id = k.case_id
     WHERE ${yearOfDate('k.reported_on')} = ? ORDER BY k.reported_on, k.id`,
    year,
  );
}

export interface DecisionDeadlineRow extends DeadlineRecord {
  decision_date: string;
  decision_number: string;
  published_on: string | null;
}

export function publicityDeadlineRows(db: Db, year: number): DecisionDeadlineRow[] {
  return sql.all<DecisionDeadlineRow>(
    db,
    `SELECT 'case' AS kind, d.case_id AS id, ${CASE_LABEL} AS label, d.decision_date, d.decision_number, p.published_on
     FROM review_decisions d JOIN cases c ON c.id = d.case_id
     LEFT JOIN publicity_records p ON p.decision_id = d.id
     WHERE d.agrees = 1 AND ${yearOfDate('d.decision_date')} = ? AND (p.revoked_on IS NULL OR p.published_on IS NOT NULL)
     ORDER BY d.decision_date, d.id`,
    year,
  );
}
