// Reading and writing the transfers_out rows and their materials and items.

import type {
  OrgRef,
  SendMethod,
  TransferItemView,
  TransferMaterialView,
  TransferOutState,
  TransferTarget,
  OutAnswer,
  OutDecision,
} from '../../../shared/contract';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { sql } from '../../db/sql';
import { registeredOrg } from '../orgs/store';

export interface OutRow {
  id: number;
  case_id: number;
  origin: 'review-opinion' | 'direct';
  review_round_id: number | null;
  target: TransferTarget;
  receiver_org_id: number;
  reason: string;
  legal_basis: string;
  urgent: number;
  urgent_reason: string;
  ongoing: number;
  measures: string;
  found_on: string;
  found_at: string | null;
  contact_name: string;
  contact_phone: string;
  profile_id: string;
  profile_version: number;
  send_limit_unit: 'working-days' | 'hours';
  send_limit: number;
  send_rule: string;
  answer_working_days: number;
  answer_rule: string;
  needs_approval: number;
  approval_rule: string;
  state: TransferOutState;
  approved_at: string | null;
  approved_by: string | null;
  approval_note: string;
  sent_at: string | null;
  sent_by: string | null;
  letter_number: string;
  send_method: SendMethod | null;
  received_at: string | null;
  receipt_signed_by: string | null;
  receipt_note: string;
  answer: OutAnswer | null;
  answered_on: string | null;
  answer_reason: string;
  answer_reference: string;
  escalated_on: string | null;
  escalated_to_org_id: number | null;
  escalation_note: string;
  decided_on: string | null;
  decision: OutDecision | null;
  decision_note: string;
  withdrawn_at: string | null;
  withdrawn_reason: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  // joined
  case_number: string;
  cause: string;
  party_name: string;
  round_no: number | null;
}

const SELECT = `SELECT t.*, c.case_number, c.cause, c.party_name, r.round_no
  FROM transfers_out t JOIN cases c ON c.id = t.case_id LEFT JOIN review_rounds r ON r.id = t.review_round_id`;

export function outRow(db: Db, id: number): OutRow {
  const row = sql.get<OutRow>(db, `${SELECT} WHERE t.id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的移送记录`);
  return row;
}

export function outRowsForCase(db: Db, caseId: number): OutRow[] {
  return sql.all<OutRow>(db, `${SELECT} WHERE t.case_id = ? ORDER BY t.id DESC`, caseId);
}

export function outRowsInStates(db: Db, states: readonly TransferOutState[] | null): OutRow[] {
  if (states === null) return sql.all<OutRow>(db, `${SELECT} ORDER BY t.id DESC LIMIT 500`);
  const marks = states.map(() => '?').join(', ');
  return sql.all<OutRow>(db, `${SELECT} WHERE t.state IN (${marks}) ORDER BY t.id`, ...states);
}

export function orgRef(db: Db, id: number): OrgRef {
  return registeredOrg(db, id);
}

interface MaterialRow {
  material_key: string;
  label: string;
  requirement: TransferMaterialView['requirement'];
  present: number;
  note: string;
}

export function outMaterials(db: Db, transferId: number): TransferMaterialView[] {
  const rows = sql.all<MaterialRow>(
    db,
    'SELECT material_key, label, requirement, present, note FROM transfer_out_materials WHERE transfer_id = ? ORDER BY position',
    transferId,
  );
  return rows.map((row) => ({
    key: row.material_key,
    label: row.label,
    requirement: row.requirement,
    present: row.present === 1,
    note: row.note,
  }));
}

interface ItemRow {
  name: string;
  quantity: string;
  spec: string;
  grade: string;
  form: string;
  condition: string;
  note: string;
  disposed: number;
  disposal: string;
  proceeds_fen: number;
  evidence_kept: string;
}

export function outItems(db: Db, transferId: number): TransferItemView[] {
  const rows = sql.all<ItemRow>(
    db,
    'SELECT * FROM transfer_out_items WHERE transfer_id = ? ORDER BY position',
    transferId,
  );
  return rows.map((row) => ({
    name: row.name,
    quantity: row.quantity,
    spec: row.spec,
    grade: row.grade,
    form: row.form,
    condition: row.condition,
    note: row.note,
    disposed: row.disposed === 1,
    disposal: row.disposal,
    proceedsFen: row.proceeds_fen,
    evidenceKept: row.evidence_kept,
  }));
}

export function writeMaterials(db: Db, transferId: number, materials: TransferMaterialView[]): void {
  sql.run(db, 'DELETE FROM transfer_out_materials WHERE transfer_id = ?', transferId);
  materials.forEach((m, position) =>
    sql.run(
      db,
      'INSERT INTO transfer_out_materials (transfer_id, material_key, position, label, requirement, present, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
      transferId,
      m.key,
      position,
      m.label,
      m.requirement,
      m.present ? 1 : 0,
      m.note,
    ),
  );
}

export function writeItems(db: Db, transferId: number, items: TransferItemView[]): void {
  sql.run(db, 'DELETE FROM transfer_out_items WHERE transfer_id = ?', transferId);
  const insert = `INSERT INTO transfer_out_items (transfer_id, position, name, quantity, spec, grade, form, condition, note, disposed,
       disposal, proceeds_fen, evidence_kept)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  items.forEach((item, position) =>
    // What was typed about disposal is kept only for an item that was in fact disposed of.
    sql.run(
      db,
      insert,
      transferId,
      position,
      item.name,
      item.quantity,
      item.spec,
      item.grade,
      item.form,
      item.condition,
      item.note,
      item.disposed ? 1 : 0,
      item.disposed ? item.disposal : '',
      item.disposed ? item.proceedsFen : 0,
      item.disposed ? item.evidenceKept : '',
    ),
  );
}

/** Sets columns of one transfer (names are ours, never a user's) and stamps updated_at. */
export function updateOut(db: Db, id: number, columns: Record<string, string | number | null>, at: string): void {
  const names = Object.keys(columns);
  const assignments = [...names.map((name) => `${name} = @${name}`), 'updated_at = @updated_at'].join(', ');
  sql.run(db, `UPDATE transfers_out SET ${assignments} WHERE id = @id`, { ...columns, updated_at: at, id });
}
