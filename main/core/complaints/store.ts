// The 举报投诉 tables (complaints, complaint_answers): the only place that writes them and the only
// SQL about them. The complainant's name and contact live in complaints and nowhere else.

import type { Db } from '../../db/open';
import { containsPattern, sql, tableColumns } from '../../db/sql';

export interface ComplaintRecord {
  id: number;
  number: string;
  received_on: string;
  channel: string;
  complainant_name: string;
  complainant_contact: string;
  matter: string;
  first_handler: string;
  first_handling: string;
  verification: string;
  verified_on: string | null;
  finding: 'no-violation' | 'case-opened' | 'lead-transferred' | 'not-ours' | null;
  case_id: number | null;
  transfer_out_id: number | null;
  lead_transferred_on: string | null;
  closed_on: string | null;
  profile_id: string;
  profile_version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface ComplaintAnswerRecord {
  id: number;
  complaint_id: number;
  kind: 'feedback' | 'final';
  answered_on: string;
  method: string;
  text: string;
  created_at: string;
  created_by: string;
}

export const COMPLAINTS_TABLES = [
  tableColumns<ComplaintRecord>()('complaints', [
    'id',
    'number',
    'received_on',
    'channel',
    'complainant_name',
    'complainant_contact',
    'matter',
    'first_handler',
    'first_handling',
    'verification',
    'verified_on',
    'finding',
    'case_id',
    'transfer_out_id',
    'lead_transferred_on',
    'closed_on',
    'profile_id',
    'profile_version',
    'created_at',
    'created_by',
    'updated_at',
  ]),
  tableColumns<ComplaintAnswerRecord>()('complaint_answers', [
    'id',
    'complaint_id',
    'kind',
    'answered_on',
    'method',
    'text',
    'created_at',
    'created_by',
  ]),
];

export function complaintRow(db: Db, id: number): ComplaintRecord | undefined {
  return sql.get<ComplaintRecord>(db, 'SELECT * FROM complaints WHERE id = ?', id);
}

/** Search covers the register number and the matter, never the complainant's identity. */
export function complaintRows(db: Db, filter: { open: boolean; search: string }): ComplaintRecord[] {
  const like = containsPattern(filter.search);
  return sql.all<ComplaintRecord>(
    db,
    `SELECT * FROM complaints
     WHERE (? = 0 OR closed_on IS NULL)
       AND (? = '' OR number LIKE ? ESCAPE '\\' OR matter LIKE ? ESCAPE '\\')
     ORDER BY received_on DESC, id DESC`,
    filter.open ? 1 : 0,
    filter.search,
    like,
    like,
  );
}

export function openComplaintRows(db: Db): ComplaintRecord[] {
  return sql.all<ComplaintRecord>(db, 'SELECT * FROM complaints WHERE closed_on IS NULL ORDER BY received_on');
}

export function complaintAnswers(db: Db, complaintId: number): ComplaintAnswerRecord[] {
  return sql.all<ComplaintAnswerRecord>(
    db,
    'SELECT * FROM complaint_answers WHERE complaint_id = ? ORDER BY answered_on, id',
    complaintId,
  );
}

/** The register's number: the year of receipt and its sequence in that year, "2025-007". */
export function nextComplaintNumber(db: Db, year: string): string {
  const row = sql.get<{ n: number }>(db, "SELECT COUNT(*) AS n FROM complaints WHERE number LIKE ? || '-%'", year);
  return `${year}-${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

export function insertComplaint(
  db: Db,
  row: Omit<
    ComplaintRecord,
    | 'id'
    | 'verification'
    | 'verified_on'
    | 'finding'
    | 'case_id'
    | 'transfer_out_id'
    | 'lead_transferred_on'
    | 'closed_on'
  >,
): number {
  return sql.run(
    db,
    `INSERT INTO complaints (number, received_on, channel, complainant_name, complainant_contact, matter, first_handler,
       first_handling, profile_id, profile_version, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.number,
    row.received_on,
    row.channel,
    row.complainant_name,
    row.complainant_contact,
    row.matter,
    row.first_handler,
    row.first_handling,
    row.profile_id,
    row.profile_version,
    row.created_at,
    row.created_by,
    row.updated_at,
  ).lastInsertRowid;
}

export function recordVerification(
  db: Db,
  id: number,
  v: Pick<
    ComplaintRecord,
    'verification' | 'verified_on' | 'finding' | 'case_id' | 'transfer_out_id' | 'lead_transferred_on'
  >,
  at: string,
): void {
  sql.run(
    db,
    `UPDATE complaints SET verification = ?, verified_on = ?, finding = ?, case_id = ?, transfer_out_id = ?,
       lead_transferred_on = ?, updated_at = ? WHERE id = ?`,
    v.verification,
    v.verified_on,
    v.finding,
    v.case_id,
    v.transfer_out_id,
    v.lead_transferred_on,
    at,
    id,
  );
}

export function insertComplaintAnswer(db: Db, row: Omit<ComplaintAnswerRecord, 'id'>): void {
  sql.run(
    db,
    `INSERT INTO complaint_answers (complaint_id, kind, answered_on, method, text, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    row.complaint_id,
    row.kind,
    row.answered_on,
    row.method,
    row.text,
    row.created_at,
    row.created_by,
  );
}

export function closeComplaint(db: Db, id: number, closedOn: string, at: string): void {
  sql.run(db, 'UPDATE complaints SET closed_on = ?, updated_at = ? WHERE id = ?', closedOn, at, id);
}

export function complaintRowsForCase(db: Db, caseId: number): ComplaintRecord[] {
  return sql.all<ComplaintRecord>(db, 'SELECT * FROM complaints WHERE case_id = ? ORDER BY received_on, id', caseId);
}
