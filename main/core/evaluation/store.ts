// The 案卷评查 tables (evaluation_sheets, evaluation_draws, evaluation_cases): the only place that
// writes them and the only SQL about them.

import type { Db } from '../../db/open';
import { sql, tableColumns } from '../../db/sql';

export interface SheetRow {
  version: number;
  title: string;
  items_json: string;
  pass_score: number;
  excellent_score: number;
  note: string;
  created_at: string;
  created_by: string;
}

export interface DrawRow {
  id: number;
  year: number;
  seed: string;
  sample_size: number;
  population_json: string;
  sheet_version: number;
  drawn_at: string;
  drawn_by: string;
}

export interface EvaluationCaseRow {
  draw_id: number;
  case_id: number;
  position: number;
  scorer_staff_id: number | null;
  scorer_name: string | null;
  scores_json: string | null;
  total: number | null;
  vetoed: number | null;
  grade: 'excellent' | 'pass' | 'fail' | null;
  comment: string;
  scored_on: string | null;
  scored_at: string | null;
}

export const EVALUATION_TABLES = [
  tableColumns<SheetRow>()('evaluation_sheets', [
    'version',
    'title',
    'items_json',
    'pass_score',
    'excellent_score',
    'note',
    'created_at',
    'created_by',
  ]),
  tableColumns<DrawRow>()('evaluation_draws', [
    'id',
    'year',
    'seed',
    'sample_size',
    'population_json',
    'sheet_version',
    'drawn_at',
    'drawn_by',
  ]),
  tableColumns<EvaluationCaseRow>()('evaluation_cases', [
    'draw_id',
    'case_id',
    'position',
    'scorer_staff_id',
    'scorer_name',
    'scores_json',
    'total',
    'vetoed',
    'grade',
    'comment',
    'scored_on',
    'scored_at',
  ]),
];

export function sheetRows(db: Db): SheetRow[] {
  return sql.all<SheetRow>(db, 'SELECT * FROM evaluation_sheets ORDER BY version DESC');
}

export function sheetRow(db: Db, version: number): SheetRow | undefined {
  return sql.get<SheetRow>(db, 'SELECT * FROM evaluation_sheets WHERE version = ?', version);
}

export function insertSheet(db: Db, row: SheetRow): void {
  sql.run(
    db,
    `INSERT INTO evaluation_sheets (version, title, items_json, pass_score, excellent_score, note, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    row.version,
    row.title,
    row.items_json,
    row.pass_score,
    row.excellent_score,
    row.note,
    row.created_at,
    row.created_by,
  );
}

/**
 * Closed cases of a year (decided, transferred or closed; the year of the decision, else of the
 * transfer's sending), not yet drawn in that year, in id order.
 */
export function eligibleCaseIds(db: Db, year: number): number[] {
  return sql
    .all<{ id: number }>(
      db,
      `SELECT c.id FROM cases c
       WHERE c.status IN ('decided', 'transferred', 'closed')
         AND substr(coalesce(
           (SELECT max(decision_date) FROM review_decisions WHERE case_id = c.id AND agrees = 1),
           (SELECT date(max(sent_at), '+8 hours') FROM transfers_out WHERE case_id = c.id AND sent_at IS NOT NULL),
           (SELECT date(max(sent_at), '+8 hours') FROM criminal_transfers WHERE case_id = c.id AND sent_at IS NOT NULL),
           date(c.updated_at, '+8 hours')), 1, 4) = @yearText
         AND NOT EXISTS (SELECT 1 FROM evaluation_cases e JOIN evaluation_draws d ON d.id = e.draw_id
                         WHERE e.case_id = c.id AND d.year = @year)
       ORDER BY c.id`,
      { yearText: String(year), year },
    )
    .map((row) => row.id);
}

export function insertDraw(db: Db, row: Omit<DrawRow, 'id'>, caseIds: readonly number[]): number {
  const id = sql.run(
    db,
    `INSERT INTO evaluation_draws (year, seed, sample_size, population_json, sheet_version, drawn_at, drawn_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    row.year,
    row.seed,
    row.sample_size,
    row.population_json,
    row.sheet_version,
    row.drawn_at,
    row.drawn_by,
  ).lastInsertRowid;
  caseIds.forEach((caseId, index) =>
    sql.run(db, 'INSERT INTO evaluation_cases (draw_id, case_id, position) VALUES (?, ?, ?)', id, caseId, index + 1),
  );
  return id;
}

export function drawRow(db: Db, id: number): DrawRow | undefined {
  return sql.get<DrawRow>(db, 'SELECT * FROM evaluation_draws WHERE id = ?', id);
}

export function drawsOfYear(db: Db, year: number): DrawRow[] {
  return sql.all<DrawRow>(db, 'SELECT * FROM evaluation_draws WHERE year = ? ORDER BY id', year);
}

export function drawCases(db: Db, drawId: number): Array<EvaluationCaseRow & { case_number: string; cause: string }> {
  return sql.all(
    db,
    `SELECT e.*, c.case_number, c.cause FROM evaluation_cases e JOIN cases c ON c.id = e.case_id
     WHERE e.draw_id = ? ORDER BY e.position`,
    drawId,
  );
}

export function evaluationCase(db: Db, drawId: number, caseId: number): EvaluationCaseRow | undefined {
  return sql.get<EvaluationCaseRow>(
    db,
    'SELECT * FROM evaluation_cases WHERE draw_id = ? AND case_id = ?',
    drawId,
    caseId,
  );
}

export function recordScore(
  db: Db,
  row: Pick<
    EvaluationCaseRow,
    | 'draw_id'
    | 'case_id'
    | 'scorer_staff_id'
    | 'scorer_name'
    | 'scores_json'
    | 'total'
    | 'vetoed'
    | 'grade'
    | 'comment'
    | 'scored_on'
    | 'scored_at'
  >,
): void {
  sql.run(
    db,
    `UPDATE evaluation_cases SET scorer_staff_id = ?, scorer_name = ?, scores_json = ?, total = ?, vetoed = ?, grade = ?,
       comment = ?, scored_on = ?, scored_at = ? WHERE draw_id = ? AND case_id = ? AND scored_at IS NULL`,
    row.scorer_staff_id,
    row.scorer_name,
    row.scores_json,
    row.total,
    row.vetoed,
    row.grade,
    row.comment,
    row.scored_on,
    row.scored_at,
    row.draw_id,
    row.case_id,
  );
}

/** Everyone who had a part in the case, with the part: handlers, reviewers and review heads, deciders, transfer approvers. */
export function casePeople(db: Db, caseId: number): Array<{ id: number; part: string }> {
  return sql.all<{ id: number; part: string }>(
    db,
    `SELECT staff_id AS id, '承办人' AS part FROM case_handlers WHERE case_id = @caseId
     UNION SELECT reviewer_id, '法制审核员' FROM review_rounds WHERE case_id = @caseId AND reviewer_id IS NOT NULL
     UNION SELECT head_id, '法制审核机构负责人' FROM review_rounds WHERE case_id = @caseId AND head_id IS NOT NULL
     UNION SELECT decided_by_staff_id, '作出决定的行政执法机关负责人' FROM review_decisions WHERE case_id = @caseId
     UNION SELECT approved_by_staff_id, '批准移送的负责人' FROM transfers_out WHERE case_id = @caseId AND approved_by_staff_id IS NOT NULL
     UNION SELECT decided_by_staff_id, '批准涉嫌犯罪案件移送的负责人' FROM criminal_transfers WHERE case_id = @caseId AND decided_by_staff_id IS NOT NULL
     UNION SELECT m.staff_id, '涉嫌犯罪案件移送专案组成员' FROM criminal_transfer_members m JOIN criminal_transfers t ON t.id = m.transfer_id WHERE t.case_id = @caseId`,
    { caseId },
  );
}
