// The 管辖争议 tables (disputes, dispute_steps): the only place that writes them and the only SQL about them.

import type { Db } from '../../db/open';
import { containsPattern, sql, tableColumns } from '../../db/sql';
import type { DisputeStep } from '../../../shared/contract/disputes';

export interface DisputeRecord {
  id: number;
  counterpart_org_id: number;
  matter: string;
  case_id: number | null;
  transfer_kind: 'out' | 'in' | null;
  transfer_id: number | null;
  opened_on: string;
  negotiation: string;
  body_org_id: number | null;
  requested_on: string | null;
  focus: string;
  our_view: string;
  our_basis: string;
  their_view: string;
  their_basis: string;
  other_notes: string;
  closed_on: string | null;
  outcome: string;
  profile_id: string;
  profile_version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface DisputeStepRecord {
  id: number;
  dispute_id: number;
  step: DisputeStep;
  on_date: string;
  agreed: number;
  body: string;
  text: string;
  recorded_at: string;
  recorded_by: string;
}

export const DISPUTES_TABLES = [
  tableColumns<DisputeRecord>()('disputes', [
    'id',
    'counterpart_org_id',
    'matter',
    'case_id',
    'transfer_kind',
    'transfer_id',
    'opened_on',
    'negotiation',
    'body_org_id',
    'requested_on',
    'focus',
    'our_view',
    'our_basis',
    'their_view',
    'their_basis',
    'other_notes',
    'closed_on',
    'outcome',
    'profile_id',
    'profile_version',
    'created_at',
    'created_by',
    'updated_at',
  ]),
  tableColumns<DisputeStepRecord>()('dispute_steps', [
    'id',
    'dispute_id',
    'step',
    'on_date',
    'agreed',
    'body',
    'text',
    'recorded_at',
    'recorded_by',
  ]),
];

export function disputeRow(db: Db, id: number): DisputeRecord | undefined {
  return sql.get<DisputeRecord>(db, 'SELECT * FROM disputes WHERE id = ?', id);
}

export function disputeOfTransfer(db: Db, kind: 'out' | 'in', transferId: number): DisputeRecord | undefined {
  return sql.get<DisputeRecord>(
    db,
    'SELECT * FROM disputes WHERE transfer_kind = ? AND transfer_id = ?',
    kind,
    transferId,
  );
}

export function disputeRows(db: Db, filter: { open: boolean; search: string }): DisputeRecord[] {
  const like = containsPattern(filter.search);
  return sql.all<DisputeRecord>(
    db,
    `SELECT d.* FROM disputes d JOIN organizations o ON o.id = d.counterpart_org_id
     WHERE (? = 0 OR d.closed_on IS NULL)
       AND (? = '' OR d.matter LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\' OR d.focus LIKE ? ESCAPE '\\')
     ORDER BY d.opened_on DESC, d.id DESC`,
    filter.open ? 1 : 0,
    filter.search,
    like,
    like,
    like,
  );
}

export function openDisputeRows(db: Db): DisputeRecord[] {
  return sql.all<DisputeRecord>(db, 'SELECT * FROM disputes WHERE closed_on IS NULL ORDER BY opened_on, id');
}

export function disputeRowsOfCase(db: Db, caseId: number): DisputeRecord[] {
  return sql.all<DisputeRecord>(db, 'SELECT * FROM disputes WHERE case_id = ? ORDER BY opened_on, id', caseId);
}

export function disputeSteps(db: Db, disputeId: number): DisputeStepRecord[] {
  return sql.all<DisputeStepRecord>(
    db,
    'SELECT * FROM dispute_steps WHERE dispute_id = ? ORDER BY on_date, id',
    disputeId,
  );
}

export function insertDispute(
  db: Db,
  row: Pick<
    DisputeRecord,
    | 'counterpart_org_id'
    | 'matter'
    | 'case_id'
    | 'transfer_kind'
    | 'transfer_id'
    | 'opened_on'
    | 'negotiation'
    | 'body_org_id'
    | 'profile_id'
    | 'profile_version'
    | 'created_at'
    | 'created_by'
  >,
): number {
  return sql.run(
    db,
    `INSERT INTO disputes (counterpart_org_id, matter, case_id, transfer_kind, transfer_id, opened_on, negotiation,
       body_org_id, profile_id, profile_version, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.counterpart_org_id,
    row.matter,
    row.case_id,
    row.transfer_kind,
    row.transfer_id,
    row.opened_on,
    row.negotiation,
    row.body_org_id,
    row.profile_id,
    row.profile_version,
    row.created_at,
    row.created_by,
    row.created_at,
  ).lastInsertRowid;
}

export function recordDisputeRequest(
  db: Db,
  id: number,
  request: Pick<
    DisputeRecord,
    | 'body_org_id'
    | 'requested_on'
    | 'negotiation'
    | 'focus'
    | 'our_view'
    | 'our_basis'
    | 'their_view'
    | 'their_basis'
    | 'other_notes'
  >,
  at: string,
): void {
  sql.run(
    db,
    `UPDATE disputes SET body_org_id = ?, requested_on = ?, negotiation = ?, focus = ?, our_view = ?, our_basis = ?,
       their_view = ?, their_basis = ?, other_notes = ?, updated_at = ? WHERE id = ? AND closed_on IS NULL`,
    request.body_org_id,
    request.requested_on,
    request.negotiation,
    request.focus,
    request.our_view,
    request.our_basis,
    request.their_view,
    request.their_basis,
    request.other_notes,
    at,
    id,
  );
}

export function insertDisputeStep(db: Db, step: Omit<DisputeStepRecord, 'id'>): void {
  sql.run(
    db,
    `INSERT INTO dispute_steps (dispute_id, step, on_date, agreed, body, text, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    step.dispute_id,
    step.step,
    step.on_date,
    step.agreed,
    step.body,
    step.text,
    step.recorded_at,
    step.recorded_by,
  );
}

export function closeDispute(db: Db, id: number, closedOn: string, outcome: string, at: string): void {
  sql.run(
    db,
    'UPDATE disputes SET closed_on = ?, outcome = ?, updated_at = ? WHERE id = ? AND closed_on IS NULL',
    closedOn,
    outcome,
    at,
    id,
  );
}

export function touchDispute(db: Db, id: number, at: string): void {
  sql.run(db, 'UPDATE disputes SET updated_at = ? WHERE id = ?', at, id);
}

/** One line naming the transfer that started a dispute, read from the transfers' tables. */
export function transferLabel(db: Db, kind: 'out' | 'in', id: number): string {
  if (kind === 'out') {
    const row = sql.get<{ name: string; case_number: string }>(
      db,
      `SELECT o.name, c.case_number FROM transfers_out t JOIN organizations o ON o.id = t.receiver_org_id
       JOIN cases c ON c.id = t.case_id WHERE t.id = ?`,
      id,
    );
    return row ? `案件 ${row.case_number} 移送${row.name}` : `移送记录 ${id}`;
  }
  const row = sql.get<{ name: string; cause: string }>(
    db,
    `SELECT o.name, t.cause FROM transfers_in t JOIN organizations o ON o.id = t.from_org_id WHERE t.id = ?`,
    id,
  );
  return row ? `${row.name}移送的案件（${row.cause}）` : `接收的移送 ${id}`;
}
