// After a transfer leaves: the receiver's receipt of service, its written answer, and — when an
// administrative body refuses — the report to the government for a decision instead of a transfer
// to a third body. A judicial body's 不予立案 is recorded with its reason and ends the transfer.

import type { ParsedInputOf, TransferOutView } from '../../../shared/contract';
import { OUT_DECISION_LABELS, outAnswerLabel } from '../../../shared/contract/transfers';
import type { CoreContext } from '../context';
import { officeDateOf } from '../calendar/officeTime';
import { asSentence, withoutEndPunctuation } from '../documents/punctuation';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { auditCase } from '../audit/case-history';
import { setCaseStatus } from '../cases/store';
import { clockOf } from '../calendar/clock';
import { nextOutState, type OutEvent } from './machine';
import { orgRef, outRow, updateOut } from './out-store';
import { outDeadline, outView } from './out-view';
import { disputeAdvice, judicialRefusalAdvice } from './rules';
import { getProfile } from '../profiles/service';
import { localRules } from '../profiles/local-rules';
import { openDisputeFromTransfer } from '../disputes/service';
import { assertNotAfterToday, assertNotBefore, assertNotFuture, officeInstant } from '../calendar/officeDates';
import { chineseDate } from '../../../shared/domain/calendar';

/** Checks a receipt before anything is written; returns the state it moves the transfer to. */
export function checkReceipt(ctx: CoreContext, input: ParsedInputOf<'transfers.out.recordReceipt'>) {
  const row = outRow(ctx.db, input.id);
  const state = nextOutState(row.state, 'receipt', row.needs_approval === 1, row.target);
  const receivedAt = officeInstant(input.receivedOn, input.receivedTime);
  assertNotFuture(receivedAt, ctx.now().toISOString(), '签收时间', 'receivedTime');
  assertNotBefore(receivedAt, row.sent_at ?? receivedAt, '签收时间', '移送时间', 'receivedOn');
  return { row, state, receivedAt };
}

/**
 * Records the receiver's signature. The 送达回证 of a letter issued in the app is issued just before,
 * from the same input (issuing/sources/receipt-transfer.ts); `paper` names it for the history.
 */
export function recordReceipt(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.out.recordReceipt'>,
  paper: { docNumber: string | null } | null = null,
): TransferOutView {
  const { row, state, receivedAt } = checkReceipt(ctx, input);
  const now = ctx.now().toISOString();
  updateOut(
    ctx.db,
    input.id,
    {
      state,
      received_at: receivedAt,
      receipt_signed_by: input.signedBy,
      receipt_note: input.note,
      receipt_recorded_by: actorName(ctx),
    },
    now,
  );
  const view = outView(ctx.db, input.id, clockOf(ctx));
  const due = view.deadline?.dueDate ? `，应于${chineseDate(view.deadline.dueDate)}前书面告知受理情况` : '';
  const made = paper ? `；出具送达回证${paper.docNumber ? ` ${paper.docNumber}` : ''}` : '';
  auditCase(
    ctx,
    row.case_id,
    'transfer.out.receipt',
    `${view.receiver.name}已签收送达回证（签收人：${input.signedBy}）${made}${due}`,
    undefined,
    view.receipt,
  );
  return view;
}

const ANSWER_EVENT: Record<ParsedInputOf<'transfers.out.recordAnswer'>['outcome'], OutEvent> = {
  accepted: 'answer-accepted',
  refused: 'answer-refused',
  'reported-to-government': 'answer-reported',
};

export function recordAnswer(ctx: CoreContext, input: ParsedInputOf<'transfers.out.recordAnswer'>): TransferOutView {
  const row = outRow(ctx.db, input.id);
  const judicial = row.target === 'judicial';
  if (judicial && input.outcome === 'reported-to-government') {
    throw new AppError(
      'VALIDATION',
      '移送司法机关（涉嫌犯罪）的案件，司法机关的答复是立案或者不予立案，不报请政府决定管辖；请登记“立案”或“不予立案”。',
      { field: 'outcome' },
    );
  }
  const state = nextOutState(row.state, ANSWER_EVENT[input.outcome], row.needs_approval === 1, row.target);
  const clock = clockOf(ctx);
  assertNotAfterToday(input.answeredOn, clock.now, '答复日期', 'answeredOn');
  assertNotBefore(input.answeredOn, officeDateOf(row.received_at ?? clock.now), '答复日期', '签收日期', 'answeredOn');
  const deadline = outDeadline(row, clock);
  const late = deadline?.dueDate && input.answeredOn > deadline.dueDate ? '（逾期答复）' : '';
  const reported = input.outcome === 'reported-to-government';
  updateOut(
    ctx.db,
    input.id,
    {
      state,
      answer: input.outcome,
      answered_on: input.answeredOn,
      answer_reason: input.reason,
      answer_reference: input.reference,
      answer_recorded_by: actorName(ctx),
      ...(reported
        ? { escalated_on: input.answeredOn, escalation_note: `受移送单位报请政府决定：${input.reason}` }
        : {}),
    },
    clock.now,
  );
  const view = outView(ctx.db, input.id, clock);
  // The typed reason may end in 。 or ，: the sentence that follows must not double it.
  const answered = `${view.receiver.name}书面答复：${outAnswerLabel(row.target, input.outcome)}${late}${input.reason ? `：${input.reason}` : ''}`;
  const summary =
    input.outcome !== 'refused'
      ? answered
      : `${asSentence(answered)}${judicial ? judicialRefusalAdvice() : `${disputeAdvice(getProfile(ctx.db, row.profile_id, row.profile_version))}。`}`;
  auditCase(ctx, row.case_id, 'transfer.out.answer', summary, undefined, view.answer);
  return view;
}

export function escalateTransferOut(ctx: CoreContext, input: ParsedInputOf<'transfers.out.escalate'>): TransferOutView {
  const row = outRow(ctx.db, input.id);
  const state = nextOutState(row.state, 'escalate', row.needs_approval === 1, row.target);
  const government = orgRef(ctx.db, input.governmentOrgId);
  const profile = getProfile(ctx.db, row.profile_id, row.profile_version);
  const route = localRules(profile).dispute;
  if (!route.kinds.includes(government.kind)) {
    throw new AppError('VALIDATION', `${government.name}不是可以报请决定管辖的机关：${disputeAdvice(profile)}。`, {
      field: 'governmentOrgId',
    });
  }
  const now = ctx.now().toISOString();
  assertNotAfterToday(input.escalatedOn, now, '报请日期', 'escalatedOn');
  assertNotBefore(input.escalatedOn, row.answered_on ?? input.escalatedOn, '报请日期', '答复日期', 'escalatedOn');
  updateOut(
    ctx.db,
    input.id,
    { state, escalated_on: input.escalatedOn, escalated_to_org_id: government.id, escalation_note: input.note },
    now,
  );
  // 管辖争议: the escalation opens the dispute record, whose written request (衢政办发〔2022〕16号 第七条) follows.
  const receiver = outView(ctx.db, input.id, clockOf(ctx)).receiver.name;
  openDisputeFromTransfer(ctx, {
    kind: 'out',
    id: row.id,
    caseId: row.case_id,
    counterpartOrgId: row.receiver_org_id,
    bodyOrgId: government.id,
    matter: `${receiver}对本机关移送的案件不予受理，该案由谁管辖`,
    openedOn: row.answered_on ?? input.escalatedOn,
    note: input.note,
    profileId: row.profile_id,
    profileVersion: row.profile_version,
  });
  const view = outView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.out.escalate',
    `${view.receiver.name}不予受理，书面报请${government.name}决定：${input.note}`,
    undefined,
    view.escalation,
  );
  return view;
}

export function recordOutDecision(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.out.recordDecision'>,
): TransferOutView {
  const row = outRow(ctx.db, input.id);
  const state = nextOutState(row.state, 'decide', row.needs_approval === 1, row.target);
  const now = ctx.now().toISOString();
  assertNotAfterToday(input.decidedOn, now, '决定日期', 'decidedOn');
  assertNotBefore(input.decidedOn, row.escalated_on ?? input.decidedOn, '决定日期', '报请日期', 'decidedOn');
  updateOut(
    ctx.db,
    input.id,
    { state, decided_on: input.decidedOn, decision: input.decision, decision_note: input.note },
    now,
  );
  // The government gave the case back to us: it is ours to handle again from registration.
  const back = input.decision === 'ours';
  if (back) setCaseStatus(ctx.db, row.case_id, 'draft', now);
  const view = outView(ctx.db, input.id, clockOf(ctx));
  const status = back ? '；案件恢复由本单位办理（状态改为“立案登记”）' : '';
  const note = status ? withoutEndPunctuation(input.note) : input.note;
  auditCase(
    ctx,
    row.case_id,
    'transfer.out.decision',
    `政府决定${OUT_DECISION_LABELS[input.decision]}：${note}${status}`,
    undefined,
    view.decision,
  );
  return view;
}
