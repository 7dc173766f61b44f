// The statistics' SQL: every figure is counted from the records (review rounds, supplement notices,
// transfers, decisions). Office dates of UTC instants are taken at +8 hours (Asia/Shanghai has no
// daylight saving). Only this module reads across capabilities for statistics; it writes nothing.

import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

const OFFICE = "'+8 hours'";
const yearOfInstant = (column: string) => `CAST(strftime('%Y', ${column}, ${OFFICE}) AS INTEGER)`;
const yearOfDate = (column: string) => `CAST(substr(${column}, 1, 4) AS INTEGER)`;

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

export function reviewsByMonth(db: Db, year: number): Array<{ month: number; submitted: number; signed: number }> {
  return sql.all(
    db,
    `WITH RECURSIVE months(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM months WHERE m < 12)
     SELECT m AS month,
       (SELECT count(*) FROM review_rounds r WHERE ${yearOfInstant('r.submitted_at')} = @year
          AND CAST(strftime('%m', r.submitted_at, ${OFFICE}) AS INTEGER) = m) AS submitted,
       (SELECT count(*) FROM review_rounds r WHERE r.state = 'signed' AND ${yearOfInstant('r.signed_at')} = @year
          AND CAST(strftime('%m', r.signed_at, ${OFFICE}) AS INTEGER) = m) AS signed
     FROM months ORDER BY m`,
    { year },
  );
}

/** Rounds submitted in the year for which each trigger held (one round may hold several). */
export function reviewsByTrigger(db: Db, year: number): Array<{ trigger: number; rounds: number }> {
  return sql.all(
    db,
    `SELECT CAST(json_extract(t.value, '$.id') AS INTEGER) AS trigger, count(*) AS rounds
     FROM review_rounds r, json_each(r.triggers_json, '$.triggers') t
     WHERE ${yearOfInstant('r.submitted_at')} = ? AND json_extract(t.value, '$.holds') = 1
     GROUP BY trigger ORDER BY trigger`,
    year,
  );
}

export function roundsSubmitted(db: Db, year: number): number {
  return (
    sql.get<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM review_rounds WHERE ${yearOfInstant('submitted_at')} = ?`,
      year,
    )?.n ?? 0
  );
}

/** Signed opinions of the year by opinion number (1–5). */
export function opinionsSigned(db: Db, year: number): Array<{ opinion: number; rounds: number }> {
  return sql.all(
    db,
    `SELECT chosen_opinion AS opinion, count(*) AS rounds FROM review_rounds
     WHERE state = 'signed' AND ${yearOfInstant('signed_at')} = ? GROUP BY chosen_opinion ORDER BY chosen_opinion`,
    year,
  );
}

/** Supplement notices issued in the year, by how they were answered against their deadline on `today`. */
export function supplementTimeliness(
  db: Db,
  year: number,
  today: string,
): { onTime: number; late: number; overdue: number; open: number } {
  return (
    sql.get(
      db,
      `SELECT
         coalesce(sum(supplemented_at IS NOT NULL AND date(supplemented_at, ${OFFICE}) <= deadline), 0) AS onTime,
         coalesce(sum(supplemented_at IS NOT NULL AND date(supplemented_at, ${OFFICE}) > deadline), 0) AS late,
         coalesce(sum(supplemented_at IS NULL AND deadline < @today), 0) AS overdue,
         coalesce(sum(supplemented_at IS NULL AND deadline >= @today), 0) AS open
       FROM supplement_notices WHERE ${yearOfDate('issued_on')} = @year`,
      { year, today },
    ) ?? { onTime: 0, late: 0, overdue: 0, open: 0 }
  );
}

export type TransferOutcome = 'accepted' | 'refused' | 'escalated' | 'pending' | 'unsent' | 'withdrawn';

/** Transfers by target and where they ended: out (jurisdiction / judicial) by found date, criminal by report date. */
export function transfersByTarget(
  db: Db,
  year: number,
): Array<{ target: string; outcome: TransferOutcome; n: number }> {
  return sql.all(
    db,
    `SELECT target, outcome, count(*) AS n FROM (
       SELECT target,
         CASE
           WHEN state = 'withdrawn' THEN 'withdrawn'
           WHEN state IN ('awaiting-approval', 'ready') THEN 'unsent'
           WHEN state IN ('sent', 'received') THEN 'pending'
           WHEN state = 'accepted' THEN 'accepted'
           WHEN state = 'refused' THEN 'refused'
           ELSE 'escalated'
         END AS outcome
       FROM transfers_out WHERE ${yearOfDate('found_on')} = @year
       UNION ALL
       SELECT 'criminal',
         CASE
           WHEN answer = 'filed' OR reconsideration_answer = 'filed' THEN 'accepted'
           WHEN answer = 'not-filed' THEN 'refused'
           WHEN sent_at IS NOT NULL THEN 'pending'
           ELSE 'unsent'
         END
       FROM criminal_transfers WHERE ${yearOfDate('reported_on')} = @year
     ) GROUP BY target, outcome`,
    { year },
  );
}

export interface OutDeadlineRow {
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
    `SELECT found_on, found_at, send_limit_unit, send_limit, sent_at, received_at, answered_on, answer_working_days, state
     FROM transfers_out WHERE ${yearOfDate('found_on')} = ? AND state <> 'withdrawn'`,
    year,
  );
}

export function transferInDeadlineRows(
  db: Db,
  year: number,
): Array<{ received_on: string; answered_on: string | null; answer_working_days: number }> {
  return sql.all(
    db,
    `SELECT received_on, answered_on, answer_working_days FROM transfers_in WHERE ${yearOfDate('received_on')} = ?`,
    year,
  );
}

/** 310号令 第五条: the decision within 3 日 and the sending within 24 hours, recorded late or not when done. */
export function criminalDeadlines(
  db: Db,
  year: number,
): { decisionMet: number; decisionMissed: number; sendMet: number; sendMissed: number } {
  return (
    sql.get(
      db,
      `SELECT
         coalesce(sum(decided_at IS NOT NULL AND decision_late = 0), 0) AS decisionMet,
         coalesce(sum(decided_at IS NOT NULL AND decision_late = 1), 0) AS decisionMissed,
         coalesce(sum(sent_at IS NOT NULL AND send_late = 0), 0) AS sendMet,
         coalesce(sum(sent_at IS NOT NULL AND send_late = 1), 0) AS sendMissed
       FROM criminal_transfers WHERE ${yearOfDate('reported_on')} = ?`,
      year,
    ) ?? { decisionMet: 0, decisionMissed: 0, sendMet: 0, sendMissed: 0 }
  );
}

/** Average calendar days per stage, over the rounds signed (or transfers sent) in the year. */
export function stageDays(db: Db, year: number): Array<{ stage: string; n: number; days: number | null }> {
  return sql.all(
    db,
    `SELECT 'accept' AS stage, count(*) AS n, round(avg(julianday(materials_accepted_at) - julianday(submitted_at)), 1) AS days
       FROM review_rounds WHERE state = 'signed' AND ${yearOfInstant('signed_at')} = @year AND materials_accepted_at IS NOT NULL
     UNION ALL
     SELECT 'review', count(*), round(avg(julianday(reviewer_signed_at) - julianday(materials_accepted_at)), 1)
       FROM review_rounds WHERE state = 'signed' AND ${yearOfInstant('signed_at')} = @year AND materials_accepted_at IS NOT NULL
     UNION ALL
     SELECT 'countersign', count(*), round(avg(julianday(signed_at) - julianday(reviewer_signed_at)), 1)
       FROM review_rounds WHERE state = 'signed' AND ${yearOfInstant('signed_at')} = @year
     UNION ALL
     SELECT 'decide', count(*), round(avg(julianday(d.decision_date) - julianday(date(r.signed_at, ${OFFICE}))), 1)
       FROM review_decisions d JOIN review_rounds r ON r.id = d.round_id
       WHERE d.agrees = 1 AND ${yearOfDate('d.decision_date')} = @year
     UNION ALL
     SELECT 'transfer', count(*), round(avg(julianday(date(sent_at, ${OFFICE})) - julianday(found_on)), 1)
       FROM transfers_out WHERE sent_at IS NOT NULL AND ${yearOfDate('found_on')} = @year`,
    { year },
  );
}

export interface DecisionDeadlineRow {
  decision_date: string;
  published_on: string | null;
}

export function publicityDeadlineRows(db: Db, year: number): DecisionDeadlineRow[] {
  return sql.all<DecisionDeadlineRow>(
    db,
    `SELECT d.decision_date, p.published_on FROM review_decisions d
     LEFT JOIN publicity_records p ON p.decision_id = d.id
     WHERE d.agrees = 1 AND ${yearOfDate('d.decision_date')} = ? AND (p.revoked_on IS NULL OR p.published_on IS NOT NULL)`,
    year,
  );
}
