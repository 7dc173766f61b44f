// The 执法监督 table (supervision_notices): the only place that writes it and the only SQL about it.

import type { Db } from '../../db/open';
import { containsPattern, sql, tableColumns } from '../../db/sql';

export interface SupervisionRecord {
  id: number;
  kind: 'notice' | 'decision';
  issuer: string;
  doc_number: string;
  received_on: string;
  matters: string;
  correct_by: string;
  case_id: number | null;
  reported_on: string | null;
  report_text: string;
  closed_on: string | null;
  close_note: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export const SUPERVISION_TABLES = [
  tableColumns<SupervisionRecord>()('supervision_notices', [
    'id',
    'kind',
    'issuer',
    'doc_number',
    'received_on',
    'matters',
    'correct_by',
    'case_id',
    'reported_on',
    'report_text',
    'closed_on',
    'close_note',
    'created_at',
    'created_by',
    'updated_at',
  ]),
];

export function supervisionRow(db: Db, id: number): SupervisionRecord | undefined {
  return sql.get<SupervisionRecord>(db, 'SELECT * FROM supervision_notices WHERE id = ?', id);
}

export function supervisionRows(db: Db, filter: { open: boolean; search: string }): SupervisionRecord[] {
  const like = containsPattern(filter.search);
  return sql.all<SupervisionRecord>(
    db,
    `SELECT * FROM supervision_notices
     WHERE (? = 0 OR closed_on IS NULL)
       AND (? = '' OR issuer LIKE ? ESCAPE '\\' OR doc_number LIKE ? ESCAPE '\\' OR matters LIKE ? ESCAPE '\\')
     ORDER BY received_on DESC, id DESC`,
    filter.open ? 1 : 0,
    filter.search,
    like,
    like,
    like,
  );
}

export function openSupervisionRows(db: Db): SupervisionRecord[] {
  return sql.all<SupervisionRecord>(
    db,
    'SELECT * FROM supervision_notices WHERE closed_on IS NULL AND reported_on IS NULL ORDER BY correct_by',
  );
}

export function insertSupervision(
  db: Db,
  row: Pick<
    SupervisionRecord,
    | 'kind'
    | 'issuer'
    | 'doc_number'
    | 'received_on'
    | 'matters'
    | 'correct_by'
    | 'case_id'
    | 'created_at'
    | 'created_by'
  >,
): number {
  return sql.run(
    db,
    `INSERT INTO supervision_notices (kind, issuer, doc_number, received_on, matters, correct_by, case_id,
       created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.kind,
    row.issuer,
    row.doc_number,
    row.received_on,
    row.matters,
    row.correct_by,
    row.case_id,
    row.created_at,
    row.created_by,
    row.created_at,
  ).lastInsertRowid;
}

export function recordSupervisionReport(db: Db, id: number, reportedOn: string, text: string, at: string): void {
  sql.run(
    db,
    'UPDATE supervision_notices SET reported_on = ?, report_text = ?, updated_at = ? WHERE id = ? AND closed_on IS NULL',
    reportedOn,
    text,
    at,
    id,
  );
}

export function closeSupervision(db: Db, id: number, closedOn: string, note: string, at: string): void {
  sql.run(
    db,
    'UPDATE supervision_notices SET closed_on = ?, close_note = ?, updated_at = ? WHERE id = ?',
    closedOn,
    note,
    at,
    id,
  );
}

export function supervisionRowsForCase(db: Db, caseId: number): SupervisionRecord[] {
  return sql.all<SupervisionRecord>(
    db,
    'SELECT * FROM supervision_notices WHERE case_id = ? ORDER BY received_on, id',
    caseId,
  );
}
