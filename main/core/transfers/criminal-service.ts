// The commands of a criminal transfer (国务院令第310号 as revised in 2020): the 专案组's report, the
// head's decision, the transfer to the police, their 回执 and written decision, 复议 and 立案监督
// after 不予立案, and the way back to administrative handling. Every date is checked against the
// step it follows; a late step is recorded as late, never refused for being late.

import type { ParsedInputOf, TransferMaterialView } from '../../../shared/contract';
import {
  CRIMINAL_MATERIALS,
  CRIMINAL_REGULATION_SHORT as R,
  NO_PENALTY_INSTEAD,
  POLICE_ANSWER_LABELS,
  type CriminalTransferDraft,
  type CriminalTransferView,
} from '../../../shared/contract/criminal-transfers';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case';
import type { CoreContext } from '../context';
import { officeDateOf } from '../calendar/officeTime';
import { getCase } from '../cases/service';
import { setCaseStatus } from '../cases/store';
import { AppError } from '../../../shared/errors';
import { transferRequestForCase, type TransferRequest } from '../review/transfer-request';
import { actorName } from '../session/operator';
import { auditCase } from '../audit/case-history';
import { addCalendarDays } from './calendar-days';
import { clockOf } from '../calendar/clock';
import {
  APPROVAL_DAYS,
  CRIMINAL_RULES,
  nextCriminalState,
  RECONSIDER_DAYS,
  SEND_HOURS,
  SUPERVISION_DAYS,
  type CriminalEvent,
} from './criminal-rules';
import {
  criminalRow,
  criminalView,
  issuedCriminalLetterNumber,
  updateCriminal,
  type CriminalRow,
} from './criminal-view';
import { orgRef } from './out-store';
import { assertNotAfterToday, assertNotBefore, assertNotFuture, officeInstant } from '../calendar/officeDates';
import { hasStaffRole } from '../staff/roles';
import { sql } from '../../db/sql';
import { chineseDate } from '../../../shared/domain/calendar';

/** Statuses a criminal transfer may not start from: the case is under review, or done. */
const NOT_FROM: Partial<Record<CaseStatus, string>> = {
  submitted: '案件正在法制审核中；审核认为涉嫌犯罪的，由审核员出具审核意见5（移送司法机关）后移送。',
  'supplement-requested': '案件正在法制审核中（待补正材料），请待审核意见作出后再移送。',
  'in-review': '案件正在法制审核中；审核认为涉嫌犯罪的，由审核员出具审核意见5（移送司法机关）后移送。',
  transferred: '案件已移送，请在移送记录中继续。',
  decided: '案件已作出决定，不能再移送。',
  closed: '案件已结案，不能再移送。',
};

interface CriminalBasis {
  review: TransferRequest | null;
  block: string | null;
}

function criminalBasis(ctx: CoreContext, caseId: number): CriminalBasis & { record: ReturnType<typeof getCase> } {
  const record = getCase(ctx, caseId);
  const why = NOT_FROM[record.status];
  if (why) return { record, review: null, block: `${why}（当前状态：${CASE_STATUS_LABELS[record.status]}）` };
  const review = record.status === 'to-transfer' ? transferRequestForCase(ctx.db, caseId) : null;
  if (review && review.opinion !== 5) {
    return {
      record,
      review: null,
      block: '审核意见为移送有管辖权的行政执法机关（意见4）；如认为涉嫌犯罪，请由审核员重新出具审核意见5。',
    };
  }
  const active = sql.get(
    ctx.db,
    "SELECT 1 FROM criminal_transfers WHERE case_id = ? AND state NOT IN ('not-approved', 'returned') LIMIT 1",
    caseId,
  );
  if (active) return { record, review, block: '该案件已有一项涉嫌犯罪案件移送正在办理，请在该移送记录中继续。' };
  const pending = sql.get(
    ctx.db,
    "SELECT 1 FROM transfers_out WHERE case_id = ? AND state IN ('awaiting-approval', 'ready') LIMIT 1",
    caseId,
  );
  if (pending) return { record, review, block: '该案件有一项尚未移送的管辖移送，请先撤回该移送，再移送公安机关。' };
  return { record, review, block: null };
}

export function criminalDraft(ctx: CoreContext, caseId: number): CriminalTransferDraft {
  const { record, review, block } = criminalBasis(ctx, caseId);
  return {
    caseId,
    caseNumber: record.caseNumber,
    cause: record.cause,
    partyName: record.party.name,
    facts: record.facts,
    review: review && {
      roundNo: review.roundNo,
      reasons: review.reasons,
      signedAt: review.signedAt,
      targetOrgId: review.targetOrgId,
    },
    materials: CRIMINAL_MATERIALS.map((m) => ({
      key: m.key,
      label: m.label,
      requirement: m.requirement,
      rule: `${R}${m.clause}`,
    })),
    rules: [
      { step: '专案组与书面报告', rule: CRIMINAL_RULES.team },
      { step: '负责人审批', rule: CRIMINAL_RULES.approval },
      { step: '移送', rule: CRIMINAL_RULES.send },
      { step: '回执', rule: CRIMINAL_RULES.receipt },
      { step: '公安机关审查', rule: CRIMINAL_RULES.policeReview },
      { step: '复议与立案监督', rule: `${CRIMINAL_RULES.reconsider}；${CRIMINAL_RULES.supervision}` },
      { step: '回到行政处理', rule: CRIMINAL_RULES.back },
    ],
    blocked: block,
    noPenaltyInstead: NO_PENALTY_INSTEAD,
  };
}

function tickedMaterials(ticks: ParsedInputOf<'transfers.criminal.report'>['materials']): TransferMaterialView[] {
  const seen = new Set<string>();
  for (const tick of ticks) {
    const known = CRIMINAL_MATERIALS.find((m) => m.key === tick.key);
    if (!known)
      throw new AppError('VALIDATION', `材料“${tick.key}”不在${R}第六条所列的移送材料中。`, { field: 'materials' });
    if (seen.has(tick.key))
      throw new AppError('DUPLICATE', `材料“${known.label}”重复列出，请删去重复的一项。`, { field: 'materials' });
    seen.add(tick.key);
  }
  return CRIMINAL_MATERIALS.map((m) => {
    const tick = ticks.find((entry) => entry.key === m.key);
    return {
      key: m.key,
      label: m.label,
      requirement: m.requirement,
      present: tick?.present ?? false,
      note: tick?.note ?? '',
    };
  });
}

/** Required papers still missing; a paper that does not exist (no appraisal made) needs its reason noted. */
export function missingCriminalMaterials(materials: readonly TransferMaterialView[], hasItems: boolean): string[] {
  return materials
    .filter((m) => {
      if (m.present) return false;
      if (m.requirement === 'required') return m.key === 'appraisal' ? !m.note.trim() : true;
      return m.requirement === 'if-items-involved' && hasItems;
    })
    .map((m) => (m.key === 'appraisal' ? `${m.label}（未作检验、鉴定的，请在备注中说明理由）` : m.label));
}

function assertStaff(ctx: CoreContext, id: number, role: 'handler' | 'head', field: string): string {
  const person = sql.get<{ name: string; roles: string; active: number }>(
    ctx.db,
    'SELECT name, roles, active FROM staff WHERE id = ?',
    id,
  );
  if (!person || person.active !== 1) throw new AppError('NOT_FOUND', '所选人员不存在或已停用。', { field });
  if (!hasStaffRole(person.roles, role)) {
    const what =
      role === 'handler'
        ? `不是行政执法人员（承办人），不能作为专案组成员（${CRIMINAL_RULES.team}）`
        : `不是负责人岗位，不能审批移送；应由本机关正职负责人或者主持工作的负责人审批（${R}第五条）`;
    throw new AppError('VALIDATION', `${person.name}${what}。`, { field });
  }
  return person.name;
}

export function reportCriminalTransfer(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.report'>,
): CriminalTransferView {
  const { record, review, block } = criminalBasis(ctx, input.caseId);
  if (block) throw new AppError('TRANSFER_BLOCKED', block);
  const police = orgRef(ctx.db, input.policeOrgId);
  if (police.kind !== 'public-security') {
    throw new AppError(
      'VALIDATION',
      `涉嫌犯罪的案件应当向公安机关移送（${CRIMINAL_RULES.police}）；${police.name}不是公安机关，不能接收本移送。`,
      { field: 'policeOrgId' },
    );
  }
  const ids = [...new Set(input.memberIds)];
  if (ids.length < 2) {
    throw new AppError('VALIDATION', `专案组应由2名或者2名以上不同的行政执法人员组成（${CRIMINAL_RULES.team}）。`, {
      field: 'memberIds',
    });
  }
  const members = ids.map((id) => ({ id, name: assertStaff(ctx, id, 'handler', 'memberIds') }));
  const now = ctx.now().toISOString();
  assertNotAfterToday(input.reportedOn, now, '书面报告日期', 'reportedOn');
  assertNotBefore(input.reportedOn, record.foundOn, '书面报告日期', '案件的发现日期', 'reportedOn');
  if (review)
    assertNotBefore(input.reportedOn, officeDateOf(review.signedAt), '书面报告日期', '审核意见签署日期', 'reportedOn');
  const materials = tickedMaterials(input.materials);
  const at = now;
  const { lastInsertRowid } = sql.run(
    ctx.db,
    `INSERT INTO criminal_transfers (case_id, origin, review_round_id, police_org_id, suspected_crime, facts, crime_basis,
         measures, penalties_before, materials_json, items_json, reported_on, reported_by, state, created_at, created_by, updated_at)
       VALUES (@caseId, @origin, @round, @police, @crime, @facts, @basis, @measures, @penalties, @materials, @items,
         @reportedOn, @by, 'reported', @at, @by, @at)`,
    {
      caseId: input.caseId,
      origin: review ? 'review-opinion' : 'direct',
      round: review?.roundId ?? null,
      police: police.id,
      crime: input.suspectedCrime,
      facts: input.facts,
      basis: input.crimeBasis,
      measures: input.measures,
      penalties: input.penaltiesBefore,
      materials: JSON.stringify(materials),
      items: JSON.stringify(input.items),
      reportedOn: input.reportedOn,
      by: actorName(ctx),
      at,
    },
  );
  const id = Number(lastInsertRowid);
  for (const member of members)
    sql.run(
      ctx.db,
      'INSERT INTO criminal_transfer_members (transfer_id, staff_id, name) VALUES (?, ?, ?)',
      id,
      member.id,
      member.name,
    );
  const view = criminalView(ctx.db, id, clockOf(ctx));
  auditCase(
    ctx,
    input.caseId,
    'transfer.criminal.report',
    `专案组（${members.map((m) => m.name).join('、')}）提出移送涉嫌犯罪案件的书面报告，拟移送${police.name}（涉嫌${input.suspectedCrime}）；负责人应于${chineseDate(addCalendarDays(input.reportedOn, APPROVAL_DAYS))}前作出决定（${CRIMINAL_RULES.approval}）`,
    undefined,
    view,
  );
  return view;
}

/** A case given back to administrative handling: its review reopens so the handler can submit a new round. */
function reopenCase(ctx: CoreContext, caseId: number, at: string): void {
  // A case never reviewed goes back to registration; a reviewed one to 退回完善, ready for a new round.
  const reviewed = sql.get(ctx.db, 'SELECT 1 FROM review_rounds WHERE case_id = ? LIMIT 1', caseId);
  const status = reviewed ? 'returned' : 'draft';
  setCaseStatus(ctx.db, caseId, status, at);
}

function step(
  ctx: CoreContext,
  id: number,
  event: CriminalEvent,
): { row: CriminalRow; state: ReturnType<typeof nextCriminalState>; now: string } {
  const row = criminalRow(ctx.db, id);
  const state = nextCriminalState(row.state, event);
  return { row, state, now: ctx.now().toISOString() };
}

export function decideCriminalTransfer(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.decide'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, input.approved ? 'approve' : 'not-approve');
  const head = assertStaff(ctx, input.headId, 'head', 'headId');
  const decidedAt = officeInstant(input.decidedOn, input.decidedTime);
  assertNotFuture(decidedAt, now, '审批时间', 'decidedTime');
  assertNotBefore(input.decidedOn, row.reported_on, '审批日期', '专案组书面报告的日期', 'decidedOn');
  const due = addCalendarDays(row.reported_on, APPROVAL_DAYS);
  const late = input.decidedOn > due;
  updateCriminal(
    ctx.db,
    input.id,
    {
      state,
      decided_at: decidedAt,
      decided_by_staff_id: input.headId,
      decided_by: head,
      decision_note: input.note,
      decision_late: late ? 1 : 0,
    },
    now,
  );
  if (!input.approved) reopenCase(ctx, row.case_id, now);
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  const lateText = late ? `（逾期：应于${chineseDate(due)}前决定，${CRIMINAL_RULES.approval}）` : '';
  const summary = input.approved
    ? `负责人${head}批准移送${view.police.name}${lateText}；应于批准后24小时内移送（${CRIMINAL_RULES.send}）`
    : `负责人${head}不批准移送${lateText}，理由记录在案：${input.note}；案件回到行政处理，可重新送审`;
  auditCase(ctx, row.case_id, 'transfer.criminal.decide', summary, undefined, view.decision);
  return view;
}

export function sendCriminalTransfer(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.send'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, 'send');
  const missing = missingCriminalMaterials(
    JSON.parse(row.materials_json) as TransferMaterialView[],
    (JSON.parse(row.items_json) as unknown[]).length > 0,
  );
  if (missing.length > 0) {
    throw new AppError(
      'TRANSFER_MATERIALS_MISSING',
      `移送涉嫌犯罪案件应当附有下列材料（${CRIMINAL_RULES.materials}），尚缺：${missing.join('；')}。`,
      { field: 'materials' },
    );
  }
  const sentAt = officeInstant(input.sentOn, input.sentTime);
  assertNotFuture(sentAt, now, '移送时间', 'sentTime');
  assertNotBefore(sentAt, row.decided_at ?? sentAt, '移送时间', '负责人批准的时间', 'sentOn');
  const issued = issuedCriminalLetterNumber(ctx.db, input.id);
  if (issued && input.letterNumber && input.letterNumber !== issued) {
    throw new AppError('VALIDATION', `本移送的涉嫌犯罪案件移送书已在本软件出具，文号为“${issued}”；请留空文号。`, {
      field: 'letterNumber',
    });
  }
  const late = row.decided_at !== null && Date.parse(sentAt) > Date.parse(row.decided_at) + SEND_HOURS * 3_600_000;
  const letterNumber = issued ?? input.letterNumber;
  updateCriminal(
    ctx.db,
    input.id,
    { state, sent_at: sentAt, sent_by: actorName(ctx), letter_number: letterNumber, send_late: late ? 1 : 0 },
    now,
  );
  setCaseStatus(ctx.db, row.case_id, 'transferred', now);
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.send',
    `已将涉嫌犯罪案件移送${view.police.name}${letterNumber ? `，移送书 ${letterNumber}` : ''}${late ? `（超过批准后24小时，${CRIMINAL_RULES.send}）` : ''}；案件状态改为“已移送”`,
    undefined,
    view.sent,
  );
  return view;
}

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
