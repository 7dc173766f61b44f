// A criminal transfer after it is sent: the police's 回执 and written decision, 复议 and 立案监督 after
// 不予立案, and the way back to administrative handling. Dates are checked against the step they
// follow; a late step is recorded as late, never refused for being late.

import type { ParsedInputOf } from '../../../shared/contract';
import {
  CRIMINAL_REGULATION_SHORT as R,
  NO_PENALTY_INSTEAD,
  POLICE_ANSWER_LABELS,
  type CriminalTransferView,
} from '../../../shared/contract/criminal-transfers';
import type { CoreContext } from '../context';
import { officeDateOf } from '../calendar/officeTime';
import { AppError } from '../../../shared/errors';
import { auditCase } from '../audit/case-history';
import { addCalendarDays } from './calendar-days';
import { clockOf } from '../calendar/clock';
import { CRIMINAL_RULES, RECONSIDER_DAYS, SUPERVISION_DAYS, type CriminalEvent } from './criminal-rules';
import { criminalRow, criminalView, updateCriminal } from './criminal-view';
import { orgRef } from './out-store';
import { assertNotAfterToday, assertNotBefore, assertNotFuture, officeInstant } from '../calendar/officeDates';
import { chineseDate } from '../../../shared/domain/calendar';
import { reopenCase, step } from './criminal-service';

export function recordCriminalReceipt(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.recordReceipt'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, 'receipt');
  const at = officeInstant(input.receivedOn, input.receivedTime);
  assertNotFuture(at, now, '签收时间', 'receivedTime');
  assertNotBefore(at, row.sent_at ?? at, '公安机关签收时间', '移送时间', 'receivedOn');
  updateCriminal(
    ctx.db,
    input.id,
    { state, receipt_at: at, receipt_signed_by: input.signedBy, receipt_note: input.note },
    now,
  );
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.receipt',
    `${view.police.name}在涉嫌犯罪案件移送书回执上签字（${input.signedBy}）；${CRIMINAL_RULES.policeReview}`,
    undefined,
    view.receipt,
  );
  return view;
}

export function recordPoliceAnswer(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.recordAnswer'>,
): CriminalTransferView {
  const row = criminalRow(ctx.db, input.id);
  if (row.state === 'supervision' && input.outcome === 'not-filed') {
    throw new AppError(
      'VALIDATION',
      '已建议检察院立案监督：公安机关经监督立案的，登记“立案”；仍不立案的，请选择“回到行政处理”。',
      { field: 'outcome' },
    );
  }
  const { state, now } = step(ctx, input.id, input.outcome === 'filed' ? 'filed' : 'not-filed');
  assertNotAfterToday(input.answeredOn, now, '收到书面通知的日期', 'answeredOn');
  assertNotBefore(
    input.answeredOn,
    officeDateOf(row.sent_at ?? now),
    '公安机关书面通知的日期',
    '移送日期',
    'answeredOn',
  );
  assertNotBefore(
    input.answeredOn,
    officeDateOf(row.receipt_at ?? now),
    '公安机关书面通知的日期',
    '回执签收日期',
    'answeredOn',
  );
  if (row.supervision_on)
    assertNotBefore(input.answeredOn, row.supervision_on, '立案通知的日期', '建议立案监督的日期', 'answeredOn');
  updateCriminal(
    ctx.db,
    input.id,
    {
      state,
      answer: input.outcome,
      answered_on: input.answeredOn,
      answer_reference: input.reference,
      ...(input.outcome === 'not-filed' || !row.answer_reason ? { answer_reason: input.reason } : {}),
    },
    now,
  );
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  const next =
    input.outcome === 'filed'
      ? CRIMINAL_RULES.handover
      : `${CRIMINAL_RULES.reconsider}；应于${chineseDate(addCalendarDays(input.answeredOn, RECONSIDER_DAYS))}前提请`;
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.answer',
    `${view.police.name}书面通知：${POLICE_ANSWER_LABELS[input.outcome]}${input.reason && input.outcome === 'not-filed' ? `（${input.reason}）` : ''}。${next}`,
    undefined,
    view.answer,
  );
  return view;
}

export function requestReconsideration(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.reconsider'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, 'reconsider');
  assertNotAfterToday(input.requestedOn, now, '提请复议日期', 'requestedOn');
  const from = row.answered_on ?? input.requestedOn;
  assertNotBefore(input.requestedOn, from, '提请复议日期', '收到不予立案通知书的日期', 'requestedOn');
  const due = addCalendarDays(from, RECONSIDER_DAYS);
  const late = input.requestedOn > due ? `（逾期：应于${chineseDate(due)}前提请，${CRIMINAL_RULES.reconsider}）` : '';
  updateCriminal(
    ctx.db,
    input.id,
    { state, reconsideration_on: input.requestedOn, reconsideration_note: input.note },
    now,
  );
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.reconsider',
    `提请${view.police.name}复议${late}：${input.note}`,
    undefined,
    view.reconsideration,
  );
  return view;
}

export function recordReconsideration(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.recordReconsideration'>,
): CriminalTransferView {
  const event: CriminalEvent = input.outcome === 'filed' ? 'reconsideration-filed' : 'reconsideration-not-filed';
  const { row, state, now } = step(ctx, input.id, event);
  assertNotAfterToday(input.answeredOn, now, '收到复议决定通知书的日期', 'answeredOn');
  assertNotBefore(
    input.answeredOn,
    row.reconsideration_on ?? input.answeredOn,
    '复议决定的日期',
    '提请复议的日期',
    'answeredOn',
  );
  updateCriminal(
    ctx.db,
    input.id,
    {
      state,
      reconsideration_answer: input.outcome,
      reconsideration_answered_on: input.answeredOn,
      reconsideration_reference: input.reference,
    },
    now,
  );
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  const next =
    input.outcome === 'filed'
      ? CRIMINAL_RULES.handover
      : `对复议决定仍有异议的，应于${chineseDate(addCalendarDays(input.answeredOn, SUPERVISION_DAYS))}前建议人民检察院立案监督（${CRIMINAL_RULES.supervision}）`;
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.reconsideration',
    `${view.police.name}复议决定：${POLICE_ANSWER_LABELS[input.outcome]}。${next}`,
    undefined,
    view.reconsideration,
  );
  return view;
}

export function requestSupervision(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.supervision'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, 'supervision');
  const procuratorate = orgRef(ctx.db, input.procuratorateOrgId);
  if (procuratorate.kind !== 'procuratorate') {
    throw new AppError(
      'VALIDATION',
      `立案监督应当建议人民检察院进行（${R}第九条）；${procuratorate.name}不是检察机关。`,
      {
        field: 'procuratorateOrgId',
      },
    );
  }
  assertNotAfterToday(input.requestedOn, now, '建议立案监督日期', 'requestedOn');
  const afterReconsideration = row.state === 'reconsideration-refused';
  const from = (afterReconsideration ? row.reconsideration_answered_on : row.answered_on) ?? input.requestedOn;
  assertNotBefore(
    input.requestedOn,
    from,
    '建议立案监督日期',
    afterReconsideration ? '收到复议决定通知书的日期' : '收到不予立案通知书的日期',
    'requestedOn',
  );
  const days = afterReconsideration ? SUPERVISION_DAYS : RECONSIDER_DAYS;
  const rule = afterReconsideration ? CRIMINAL_RULES.supervision : CRIMINAL_RULES.reconsider;
  const due = addCalendarDays(from, days);
  const late = input.requestedOn > due ? `（逾期：应于${chineseDate(due)}前建议，${rule}）` : '';
  updateCriminal(
    ctx.db,
    input.id,
    { state, supervision_on: input.requestedOn, supervision_org_id: procuratorate.id, supervision_note: input.note },
    now,
  );
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.supervision',
    `建议${procuratorate.name}依法进行立案监督${late}：${input.note}`,
    undefined,
    view.supervision,
  );
  return view;
}

export function returnToAdministrative(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.returnToAdministrative'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, 'return');
  assertNotAfterToday(input.returnedOn, now, '回到行政处理的日期', 'returnedOn');
  const last = row.supervision_on ?? row.reconsideration_answered_on ?? row.answered_on ?? input.returnedOn;
  assertNotBefore(input.returnedOn, last, '回到行政处理的日期', '上一步的日期', 'returnedOn');
  updateCriminal(ctx.db, input.id, { state, returned_on: input.returnedOn, returned_note: input.note }, now);
  reopenCase(ctx, row.case_id, now);
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.return',
    `公安机关不予立案，案件回到行政处理：${input.note}（${CRIMINAL_RULES.back}）；案件可重新送审。${NO_PENALTY_INSTEAD}`,
    undefined,
    view.returned,
  );
  return view;
}
