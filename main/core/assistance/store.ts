// The 执法协助 table (assistance_requests): the only place that writes it and the only SQL about it.

import type { Db } from '../../db/open';
import { containsPattern, sql, tableColumns } from '../../db/sql';

export interface AssistanceRecord {
  id: number;
  direction: 'out' | 'in';
  counterpart: string;
  letter_number: string;
  case_id: number | null;
  case_title: string;
  ground: string;
  needed: string;
  reason: string;
  legal_basis: string;
  return_items: string;
  contact_name: string;
  contact_phone: string;
  requested_on: string;
  profile_id: string;
  profile_version: number;
  outcome: 'assisted' | 'refused' | null;
  refusal_ground: 'prohibited' | 'outside-powers' | null;
  answered_on: string | null;
  answer_text: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export const ASSISTANCE_TABLES = [
  tableColumns<AssistanceRecord>()('assistance_requests', [
    'id',
    'direction',
    'counterpart',
    'letter_number',
    'case_id',
    'case_title',
    'ground',
    'needed',
    'reason',
    'legal_basis',
    'return_items',
    'contact_name',
    'contact_phone',
    'requested_on',
    'profile_id',
    'profile_version',
    'outcome',
    'refusal_ground',
    'answered_on',
    'answer_text',
    'created_at',
    'created_by',
    'updated_at',
  ]),
];

/** What a request says; the same on create and update. */
export type AssistanceFields = Pick<
  AssistanceRecord,
  | 'direction'
  | 'counterpart'
  | 'letter_number'
  | 'case_id'
  | 'case_title'
  | 'ground'
  | 'needed'
  | 'reason'
  | 'legal_basis'
  | 'return_items'
  | 'contact_name'
  | 'contact_phone'
  | 'requested_on'
>;

export function assistanceRow(db: Db, id: number): AssistanceRecord | undefined {
  return sql.get<AssistanceRecord>(db, 'SELECT * FROM assistance_requests WHERE id = ?', id);
}

export function assistanceRows(
  db: Db,
  filter: { open: boolean; direction: 'out' | 'in' | null; search: string },
): AssistanceRecord[] {
  const like = containsPattern(filter.search);
  return sql.all<AssistanceRecord>(
    db,
    `SELECT * FROM assistance_requests
     WHERE (? = 0 OR outcome IS NULL)
       AND (? IS NULL OR direction = ?)
       AND (? = '' OR counterpart LIKE ? ESCAPE '\\' OR case_title LIKE ? ESCAPE '\\' OR needed LIKE ? ESCAPE '\\'
            OR letter_number LIKE ? ESCAPE '\\')
     ORDER BY requested_on DESC, id DESC`,
    filter.open ? 1 : 0,
    filter.direction,
    filter.direction,
    filter.search,
    like,
    like,
    like,
    like,
  );
}

export function openAssistanceRows(db: Db): AssistanceRecord[] {
  return sql.all<AssistanceRecord>(db, 'SELECT * FROM assistance_requests WHERE outcome IS NULL ORDER BY requested_on');
}

export function assistanceRowsForCase(db: Db, caseId: number): AssistanceRecord[] {
  return sql.all<AssistanceRecord>(db, 'SELECT * FROM assistance_requests WHERE case_id = ? ORDER BY id', caseId);
}

export function insertAssistance(
  db: Db,
  fields: AssistanceFields,
  meta: { profileId: string; profileVersion: number; at: string; by: string },
): number {
  return sql.run(
    db,
    `INSERT INTO assistance_requests (direction, counterpart, letter_number, case_id, case_title, ground, needed, reason,
       legal_basis, return_items, contact_name, contact_phone, requested_on, profile_id, profile_version,
       created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    fields.direction,
    fields.counterpart,
    fields.letter_number,
    fields.case_id,
    fields.case_title,
    fields.ground,
    fields.needed,
    fields.reason,
    fields.legal_basis,
    fields.return_items,
    fields.contact_name,
    fields.contact_phone,
    fields.requested_on,
    meta.profileId,
    meta.profileVersion,
    meta.at,
    meta.by,
    meta.at,
  ).lastInsertRowid;
}

export function updateAssistance(db: Db, id: number, fields: AssistanceFields, at: string): void {
  sql.run(
    db,
    `UPDATE assistance_requests SET direction = ?, counterpart = ?, letter_number = ?, case_id = ?, case_title = ?,
       ground = ?, needed = ?, reason = ?, legal_basis = ?, return_items = ?, contact_name = ?, contact_phone = ?,
       requested_on = ?, updated_at = ?
     WHERE id = ?`,
    fields.direction,
    fields.counterpart,
    fields.letter_number,
    fields.case_id,
    fields.case_title,
    fields.ground,
    fields.needed,
    fields.reason,
    fields.legal_basis,
    fields.return_items,
    fields.contact_name,
    fields.contact_phone,
    fields.requested_on,
    at,
    id,
  );
}

export function recordAssistanceAnswer(
  db: Db,
  id: number,
  answer: Pick<AssistanceRecord, 'outcome' | 'refusal_ground' | 'answered_on' | 'answer_text'>,
  at: string,
): void {
  sql.run(
    db,
    `UPDATE assistance_requests SET outcome = ?, refusal_ground = ?, answered_on = ?, answer_text = ?, updated_at = ?
     WHERE id = ? AND outcome IS NULL`,
    answer.outcome,
    answer.refusal_ground,
    answer.answered_on,
    answer.answer_text,
    at,
    id,
  );
}
