// The training table (training_records): the only place that writes it and the only SQL about it.

import type { Db } from '../../db/open';
import { sql, tableColumns } from '../../db/sql';

export interface TrainingRow {
  id: number;
  staff_id: number;
  held_on: string;
  subject: string;
  hours_tenths: number;
  organiser: string;
  created_at: string;
  created_by: string;
}

export const TRAINING_TABLES = [
  tableColumns<TrainingRow>()('training_records', [
    'id',
    'staff_id',
    'held_on',
    'subject',
    'hours_tenths',
    'organiser',
    'created_at',
    'created_by',
  ]),
];

export function trainingRow(db: Db, id: number): TrainingRow | undefined {
  return sql.get<TrainingRow>(db, 'SELECT * FROM training_records WHERE id = ?', id);
}

export function trainingRowsOfYear(db: Db, year: number): Array<TrainingRow & { staff_name: string }> {
  return sql.all(
    db,
    `SELECT t.*, s.name AS staff_name FROM training_records t JOIN staff s ON s.id = t.staff_id
     WHERE substr(t.held_on, 1, 4) = ? ORDER BY t.held_on DESC, t.id DESC`,
    String(year),
  );
}

/** Hours (in tenths) per active person in the year, counted in SQL; people without training show 0. */
export function hoursPerPerson(
  db: Db,
  year: number,
): Array<{
  staff_id: number;
  name: string;
  roles: string;
  certificate_no: string | null;
  cert_valid_to: string | null;
  tenths: number;
  records: number;
}> {
  return sql.all(
    db,
    `SELECT s.id AS staff_id, s.name, s.roles, s.certificate_no, s.cert_valid_to,
       coalesce(sum(t.hours_tenths), 0) AS tenths, count(t.id) AS records
     FROM staff s LEFT JOIN training_records t ON t.staff_id = s.id AND substr(t.held_on, 1, 4) = ?
     WHERE s.active = 1 GROUP BY s.id ORDER BY s.id`,
    String(year),
  );
}

export function insertTraining(db: Db, row: Omit<TrainingRow, 'id'>): number {
  return sql.run(
    db,
    `INSERT INTO training_records (staff_id, held_on, subject, hours_tenths, organiser, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    row.staff_id,
    row.held_on,
    row.subject,
    row.hours_tenths,
    row.organiser,
    row.created_at,
    row.created_by,
  ).lastInsertRowid;
}

export function deleteTraining(db: Db, id: number): void {
  sql.run(db, 'DELETE FROM training_records WHERE id = ?', id);
}
