// A transfer out as the screen shows it, with its open deadline as of now.

import type { DeadlineView, TransferOutSummary, TransferOutView } from '../../../shared/contract';
import type { Db } from '../../db/open';
import { officeDateOf } from '../calendar/officeTime';
import { getProfile } from '../profiles/service';
import { paperOfSource } from '../papers/store';
import { printedNumber } from '../papers/printed-number';
import type { Clock } from '../calendar/clock';
import { deadlineView } from './deadlines';
import { outActions } from './machine';
import { localRules } from '../profiles/local-rules';
import { disputeView } from './rules';
import { orgRef, outItems, outMaterials, outRow, type OutRow } from './out-store';

/** The deadline someone owes now: we owe the sending, the receiver owes its written answer. */
export function outDeadline(row: OutRow, clock: Clock): DeadlineView | null {
  if (row.state === 'awaiting-approval' || row.state === 'ready') {
    return deadlineView(
      clock.calendar,
      clock.now,
      { unit: row.send_limit_unit, amount: row.send_limit, rule: row.send_rule },
      { date: row.found_on, instant: row.found_at },
      '移送',
      '已超过移送期限，尚未移送',
    );
  }
  if (row.state === 'received' && row.received_at) {
    return deadlineView(
      clock.calendar,
      clock.now,
      { unit: 'working-days', amount: row.answer_working_days, rule: row.answer_rule },
      { date: officeDateOf(row.received_at), instant: row.received_at },
      '书面告知受理情况',
      '受移送单位逾期未书面告知受理情况',
    );
  }
  return null;
}

export function outSummary(db: Db, row: OutRow, clock: Clock): TransferOutSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    cause: row.cause,
    receiver: orgRef(db, row.receiver_org_id),
    target: row.target,
    state: row.state,
    urgent: row.urgent === 1,
    deadline: outDeadline(row, clock),
    updatedAt: row.updated_at,
  };
}

/** The transfer letter issued in the app for this transfer and not voided: its number is the letter's number. */
export function issuedLetterNumber(db: Db, transferId: number): string | null {
  return issuedLetter(db, transferId)?.docNumber ?? null;
}

/** The transfer letter issued in the app for this transfer (in force), or null. */
export function issuedLetter(db: Db, transferId: number): { id: number; docNumber: string | null } | null {
  const paper = paperOfSource(db, 'transfer-letter', transferId);
  return paper?.status === 'issued' ? { id: paper.id, docNumber: printedNumber(paper) } : null;
}

/** The 送达回证 (in force) of the letter issued in the app for this transfer, or null. */
export function letterReceiptPaper(db: Db, transferId: number): { id: number; docNumber: string | null } | null {
  const letter = issuedLetter(db, transferId);
  const paper = letter ? paperOfSource(db, 'service-receipt', letter.id) : undefined;
  return paper?.status === 'issued' ? { id: paper.id, docNumber: paper.doc_number } : null;
}

export function outView(db: Db, id: number, clock: Clock): TransferOutView {
  const row = outRow(db, id);
  const items = outItems(db, id);
  const profile = getProfile(db, row.profile_id, row.profile_version);
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    cause: row.cause,
    partyName: row.party_name,
    origin: row.origin,
    reviewRoundNo: row.round_no,
    target: row.target,
    receiver: orgRef(db, row.receiver_org_id),
    reason: row.reason,
    legalBasis: row.legal_basis,
    urgent: row.urgent === 1,
    urgentReason: row.urgent_reason,
    ongoing: row.ongoing === 1,
    measures: row.measures,
    foundOn: row.found_on,
    foundAt: row.found_at,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    profile: { id: profile.id, version: profile.version, name: profile.name },
    sendRule: row.send_rule,
    answerRule: row.answer_rule,
    answerWorkingDays: row.answer_working_days,
    needsApproval: row.needs_approval === 1,
    approvalRule: row.approval_rule,
    foundOnLabel: localRules(profile).sendStart.label,
    dispute: disputeView(profile),
    state: row.state,
    approval: row.approved_at ? { at: row.approved_at, by: row.approved_by ?? '', note: row.approval_note } : null,
    sent: row.sent_at
      ? { at: row.sent_at, by: row.sent_by ?? '', letterNumber: row.letter_number, method: row.send_method ?? 'direct' }
      : null,
    issuedLetterNumber: issuedLetterNumber(db, id),
    receiptPaper: letterReceiptPaper(db, id),
    receipt: row.received_at
      ? { receivedAt: row.received_at, signedBy: row.receipt_signed_by ?? '', note: row.receipt_note }
      : null,
    answer:
      row.answer && row.answered_on
        ? {
            outcome: row.answer,
            answeredOn: row.answered_on,
            reason: row.answer_reason,
            reference: row.answer_reference,
          }
        : null,
    escalation: row.escalated_on
      ? {
          on: row.escalated_on,
          org: row.escalated_to_org_id === null ? null : orgRef(db, row.escalated_to_org_id),
          note: row.escalation_note,
        }
      : null,
    decision:
      row.decided_on && row.decision ? { on: row.decided_on, outcome: row.decision, note: row.decision_note } : null,
    withdrawn: row.withdrawn_at ? { at: row.withdrawn_at, reason: row.withdrawn_reason } : null,
    materials: outMaterials(db, id),
    items,
    proceedsTotalFen: items.reduce((sum, item) => sum + item.proceedsFen, 0),
    deadline: outDeadline(row, clock),
    actions: outActions(row.state, row.target),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
