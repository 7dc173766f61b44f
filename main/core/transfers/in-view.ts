// A transfer we received, as stored and as the screen shows it with the answer we owe.

import type {
  DeadlineView,
  InAnswer,
  InDecision,
  TransferInState,
  TransferInSummary,
  TransferInView,
} from '../../../shared/contract';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { getProfile } from '../profiles/service';
import type { Clock } from '../calendar/clock';
import { deadlineView } from './deadlines';
import { inActions } from './machine';
import { localRules } from '../profiles/local-rules';
import { disputeView } from './rules';
import { orgRef } from './out-store';
import { paperOfSource } from '../papers/store';
import { sql } from '../../db/sql';

/**
 * A registered transfer can be corrected (a mistyped date, number or name) until a paper printed from it
 * is issued: the paper would then say something the record no longer does. It is voided first.
 */
export function inCorrectionBlocked(db: Db, id: number): string | null {
  const paper = paperOfSource(db, 'acceptance-notice', id);
  if (!paper) return null;
  const name = `《${paper.title}》${paper.doc_number ? `（${paper.doc_number}）` : ''}`;
  if (paper.status === 'pending') return `${name}正在出具，请稍候再修改登记内容。`;
  return `已出具${name}，文书上印有登记的内容，不能再修改；如确有错误，请先在“文书”中将其作废，再修改登记内容并重新出具。`;
}

export interface InRow {
  id: number;
  from_org_id: number;
  letter_number: string;
  letter_date: string | null;
  cause: string;
  party_name: string;
  summary: string;
  materials: string;
  received_at: string;
  received_on: string;
  profile_id: string;
  profile_version: number;
  answer_working_days: number;
  answer_rule: string;
  state: TransferInState;
  receipt_signed_by: string | null;
  receipt_signed_at: string | null;
  receipt_note: string;
  answer: InAnswer | null;
  answered_on: string | null;
  answer_reason: string;
  case_id: number | null;
  escalated_to_org_id: number | null;
  decided_on: string | null;
  decision: InDecision | null;
  decision_note: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  case_number: string | null;
}

const SELECT = 'SELECT t.*, c.case_number FROM transfers_in t LEFT JOIN cases c ON c.id = t.case_id';

export function inRow(db: Db, id: number): InRow {
  const row = sql.get<InRow>(db, `${SELECT} WHERE t.id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的接收移送记录`);
  return row;
}

export function inRowsInStates(db: Db, states: readonly TransferInState[] | null): InRow[] {
  if (states === null) return sql.all<InRow>(db, `${SELECT} ORDER BY t.id DESC LIMIT 500`);
  return sql.all<InRow>(
    db,
    `${SELECT} WHERE t.state IN (${states.map(() => '?').join(', ')}) ORDER BY t.id`,
    ...states,
  );
}

/** Transfers received that still wait on us: open ones, and ours-to-handle ones not yet linked to a case. */
export function inRowsNeedingUs(db: Db): InRow[] {
  return sql.all<InRow>(
    db,
    `${SELECT} WHERE t.state IN ('registered', 'acknowledged', 'escalated')
       UNION ALL ${SELECT} WHERE t.case_id IS NULL AND t.state IN ('accepted', 'decided') AND (t.state = 'accepted' OR t.decision = 'ours')
       ORDER BY 1`,
  );
}

export function inRowsForCase(db: Db, caseId: number): InRow[] {
  return sql.all<InRow>(db, `${SELECT} WHERE t.case_id = ? ORDER BY t.id DESC`, caseId);
}

/** Our written answer is owed within the profile's working days of the day the transfer arrived. */
export function inDeadline(row: InRow, clock: Clock): DeadlineView | null {
  if (row.state !== 'registered' && row.state !== 'acknowledged') return null;
  return deadlineView(
    clock.calendar,
    clock.now,
    { unit: 'working-days', amount: row.answer_working_days, rule: row.answer_rule },
    { date: row.received_on, instant: row.received_at },
    '书面告知移送单位受理情况',
    '已超过答复期限，尚未书面告知移送单位受理情况',
  );
}

export function inSummary(db: Db, row: InRow, clock: Clock): TransferInSummary {
  return {
    id: row.id,
    from: orgRef(db, row.from_org_id),
    letterNumber: row.letter_number,
    cause: row.cause,
    receivedOn: row.received_on,
    state: row.state,
    deadline: inDeadline(row, clock),
    linkedCase:
      row.case_id !== null && row.case_number !== null ? { id: row.case_id, caseNumber: row.case_number } : null,
    updatedAt: row.updated_at,
  };
}

export function inView(db: Db, id: number, clock: Clock): TransferInView {
  const row = inRow(db, id);
  const profile = getProfile(db, row.profile_id, row.profile_version);
  const summary = inSummary(db, row, clock);
  return {
    ...summary,
    letterDate: row.letter_date,
    partyName: row.party_name,
    summary: row.summary,
    materials: row.materials,
    receivedAt: row.received_at,
    profile: { id: profile.id, version: profile.version, name: profile.name },
    answerWorkingDays: row.answer_working_days,
    answerRule: row.answer_rule,
    refusalAllowed: localRules(profile).inRefusalAllowed,
    refusalRule: localRules(profile).inRefusalRule,
    dispute: disputeView(profile),
    receipt: row.receipt_signed_at
      ? { signedBy: row.receipt_signed_by ?? '', signedAt: row.receipt_signed_at, note: row.receipt_note }
      : null,
    answer:
      row.answer && row.answered_on
        ? { outcome: row.answer, answeredOn: row.answered_on, reason: row.answer_reason }
        : null,
    escalatedTo: row.escalated_to_org_id === null ? null : orgRef(db, row.escalated_to_org_id),
    decision:
      row.decided_on && row.decision ? { on: row.decided_on, outcome: row.decision, note: row.decision_note } : null,
    actions: inActions(row.state, row.case_id !== null, row.decision),
    correctionBlocked: inCorrectionBlocked(db, row.id),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
