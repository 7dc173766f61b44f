// Transfers we receive: register them, acknowledge with a receipt of service, answer within the
// profile's working days (accept → our case; refuse with reason; or report to the government for
// a decision — we never send it on), and record the government's decision.

import type { ParsedInputOf, TransferInView } from '../../../shared/contract';
import { IN_ANSWER_LABELS, IN_DECISION_LABELS } from '../../../shared/contract/transfers';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { getProfile, officeDefaultProfileId } from '../profiles/service';
import { actorName } from '../session/operator';
import { auditCase, auditTransferIn } from '../audit/case-history';
import { clockOf } from '../calendar/clock';
import { inCorrectionBlocked, inRow, inView } from './in-view';
import { nextInState, type InEvent } from './machine';
import { orgRef } from './out-store';
import { answerLimit, disputeAdvice } from './rules';
import { localRules } from '../profiles/local-rules';
import { openDisputeFromTransfer } from '../disputes/service';
import { openRefusedTransferSharing } from '../sharing/service';
import {
  assertNotAfterToday,
  assertNotBefore,
  assertNotFuture,
  formatOfficeInstant,
  officeInstant,
} from '../calendar/officeDates';
import { sql } from '../../db/sql';
import { chineseDate } from '../../../shared/domain/calendar';

function update(ctx: CoreContext, id: number, columns: Record<string, string | number | null>): void {
  const names = Object.keys(columns);
  const set = [...names.map((name) => `${name} = @${name}`), 'updated_at = @updated_at'].join(', ');
  sql.run(ctx.db, `UPDATE transfers_in SET ${set} WHERE id = @id`, {
    ...columns,
    updated_at: ctx.now().toISOString(),
    id,
  });
}

/**
 * One letter, one record: registering the same sender's letter (same 文号) twice would open a second
 * record with its own answer deadline. A letter without a number cannot be matched, so it is not checked.
 */
function assertLetterNotRegistered(
  ctx: CoreContext,
  from: { id: number; name: string },
  letterNumber: string,
  exceptId = 0,
): void {
  if (!letterNumber) return;
  const existing = sql.get<{ received_on: string; cause: string }>(
    ctx.db,
    'SELECT received_on, cause FROM transfers_in WHERE from_org_id = ? AND letter_number = ? AND id <> ? ORDER BY id LIMIT 1',
    from.id,
    letterNumber,
    exceptId,
  );
  if (!existing) return;
  throw new AppError(
    'DUPLICATE',
    `${from.name}的移送函“${letterNumber}”已于${chineseDate(existing.received_on)}登记（案由：${existing.cause}），请在“移送”中查看该接收记录，勿重复登记；如确为另一份移送函，请核对移送函文号。`,
    { field: 'letterNumber' },
  );
}

/** What registering (and correcting) checks: the sender, when it arrived, the letter's date and number. */
function checkedRegistration(ctx: CoreContext, input: ParsedInputOf<'transfers.in.register'>, exceptId = 0) {
  const from = orgRef(ctx.db, input.fromOrgId);
  const now = ctx.now().toISOString();
  const receivedAt = officeInstant(input.receivedOn, input.receivedTime);
  assertNotFuture(receivedAt, now, '收到时间', 'receivedTime');
  if (input.letterDate !== null && input.letterDate > input.receivedOn) {
    throw new AppError(
      'VALIDATION',
      `移送函落款日期（${chineseDate(input.letterDate)}）晚于收到日期（${chineseDate(input.receivedOn)}），请核对。`,
      { field: 'letterDate' },
    );
  }
  assertLetterNotRegistered(ctx, from, input.letterNumber, exceptId);
  return { from, now, receivedAt };
}

export function registerTransferIn(ctx: CoreContext, input: ParsedInputOf<'transfers.in.register'>): TransferInView {
  const { from, now, receivedAt } = checkedRegistration(ctx, input);
  const profile = getProfile(ctx.db, officeDefaultProfileId(ctx.db));
  const answer = answerLimit(profile);
  const { lastInsertRowid } = sql.run(
    ctx.db,
    `INSERT INTO transfers_in (from_org_id, letter_number, letter_date, cause, party_name, summary, materials, received_at, received_on,
         profile_id, profile_version, answer_working_days, answer_rule, state, created_at, created_by, updated_at)
       VALUES (@from, @letter, @letterDate, @cause, @party, @summary, @materials, @receivedAt, @receivedOn,
         @profileId, @profileVersion, @days, @rule, 'registered', @now, @by, @now)`,
    {
      from: from.id,
      letter: input.letterNumber,
      letterDate: input.letterDate,
      cause: input.cause,
      party: input.partyName,
      summary: input.summary,
      materials: input.materials,
      receivedAt,
      receivedOn: input.receivedOn,
      profileId: profile.id,
      profileVersion: profile.version,
      days: answer.amount,
      rule: answer.rule,
      now,
      by: actorName(ctx),
    },
  );
  const view = inView(ctx.db, Number(lastInsertRowid), clockOf(ctx));
  auditTransferIn(
    ctx,
    view.id,
    'transfer.in.register',
    `登记${from.name}移送的案件（${input.cause}）；${answer.rule}`,
    undefined,
    view,
  );
  return view;
}

/** The fields a correction may change, as the history shows them. */
function registered(view: TransferInView) {
  return {
    from: view.from.name,
    letterNumber: view.letterNumber,
    letterDate: view.letterDate,
    cause: view.cause,
    partyName: view.partyName,
    summary: view.summary,
    materials: view.materials,
    receivedAt: view.receivedAt,
  };
}

const REGISTERED_LABELS: Record<keyof ReturnType<typeof registered>, string> = {
  from: '移送单位',
  letterNumber: '移送函文号',
  letterDate: '移送函落款日期',
  cause: '案由',
  partyName: '当事人',
  summary: '违法线索与基本事实',
  materials: '随案移送的材料和物品',
  receivedAt: '收到时间',
};

/**
 * Corrects what was registered (a mistyped date prints on the 受理情况告知书). Refused once a paper was
 * issued from the record — it is voided first — and when the later steps would no longer follow: the
 * receipt signed and the answer given are never before the corrected time of arrival. The history keeps
 * what each changed field was and became.
 */
export function updateTransferIn(ctx: CoreContext, input: ParsedInputOf<'transfers.in.update'>): TransferInView {
  const row = inRow(ctx.db, input.id);
  const blocked = inCorrectionBlocked(ctx.db, input.id);
  if (blocked) throw new AppError('TRANSFER_IN_PAPER_ISSUED', blocked);
  const { receivedAt } = checkedRegistration(ctx, input, input.id);
  if (row.receipt_signed_at !== null && receivedAt > row.receipt_signed_at)
    throw new AppError(
      'VALIDATION',
      `收到时间不能晚于已登记的签收时间（${formatOfficeInstant(row.receipt_signed_at)}）。`,
      { field: 'receivedOn' },
    );
  if (row.answered_on !== null && input.receivedOn > row.answered_on)
    throw new AppError('VALIDATION', `收到日期不能晚于已登记的答复日期（${chineseDate(row.answered_on)}）。`, {
      field: 'receivedOn',
    });
  const clock = clockOf(ctx);
  const before = inView(ctx.db, input.id, clock);
  update(ctx, input.id, {
    from_org_id: input.fromOrgId,
    letter_number: input.letterNumber,
    letter_date: input.letterDate,
    cause: input.cause,
    party_name: input.partyName,
    summary: input.summary,
    materials: input.materials,
    received_at: receivedAt,
    received_on: input.receivedOn,
  });
  const after = inView(ctx.db, input.id, clock);
  const old = registered(before);
  const now = registered(after);
  const changed = (Object.keys(old) as Array<keyof typeof old>).filter((key) => old[key] !== now[key]);
  if (changed.length === 0) throw new AppError('VALIDATION', '登记内容没有改动，无需保存。');
  const shown = (key: keyof typeof old, value: string | null) =>
    value === null || value === ''
      ? '（空）'
      : key === 'receivedAt'
        ? formatOfficeInstant(value)
        : key === 'letterDate'
          ? chineseDate(value)
          : value;
  const list = changed
    .filter((key) => key !== 'summary' && key !== 'materials')
    .map((key) => `${REGISTERED_LABELS[key]}“${shown(key, old[key])}”改为“${shown(key, now[key])}”`);
  const long = changed.filter((key) => key === 'summary' || key === 'materials').map((key) => REGISTERED_LABELS[key]);
  const summary = [...list, ...(long.length ? [`修改${long.join('、')}`] : [])].join('；');
  auditTransferIn(ctx, input.id, 'transfer.in.correct', `更正登记内容：${summary}`, old, now);
  if (row.case_id !== null)
    auditCase(ctx, row.case_id, 'transfer.in.correct', `更正接收移送的登记内容：${summary}`, old, now);
  return after;
}

export function acknowledgeTransferIn(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.in.acknowledge'>,
): TransferInView {
  const row = inRow(ctx.db, input.id);
  const state = nextInState(row.state, 'acknowledge');
  const signer = sql.get<{ name: string; active: number }>(
    ctx.db,
    'SELECT name, active FROM staff WHERE id = ?',
    input.signedById,
  );
  if (!signer || signer.active !== 1)
    throw new AppError('NOT_FOUND', '所选签收人不存在或已停用。', { field: 'signedById' });
  const signedAt = officeInstant(input.signedOn, input.signedTime);
  assertNotFuture(signedAt, ctx.now().toISOString(), '签收时间', 'signedTime');
  assertNotBefore(signedAt, row.received_at, '签收时间', '收到时间', 'signedOn');
  update(ctx, input.id, {
    state,
    receipt_signed_by_staff_id: input.signedById,
    receipt_signed_by: signer.name,
    receipt_signed_at: signedAt,
    receipt_note: input.note,
  });
  const view = inView(ctx.db, input.id, clockOf(ctx));
  auditTransferIn(
    ctx,
    input.id,
    'transfer.in.acknowledge',
    `出具送达回证（签收人：${signer.name}）`,
    undefined,
    view.receipt,
  );
  return view;
}

function assertCaseFree(ctx: CoreContext, caseId: number, exceptId: number): string {
  const found = sql.get<{ case_number: string }>(ctx.db, 'SELECT case_number FROM cases WHERE id = ?', caseId);
  if (!found) throw new AppError('NOT_FOUND', `找不到编号为 ${caseId} 的案件`, { field: 'caseId' });
  const other = sql.get(ctx.db, 'SELECT id FROM transfers_in WHERE case_id = ? AND id <> ?', caseId, exceptId);
  if (other) throw new AppError('DUPLICATE', `案件 ${found.case_number} 已关联另一件接收的移送。`, { field: 'caseId' });
  return found.case_number;
}

const ANSWER_EVENT: Record<ParsedInputOf<'transfers.in.answer'>['outcome'], InEvent> = {
  accepted: 'answer-accepted',
  refused: 'answer-refused',
  escalated: 'answer-escalated',
};

export function answerTransferIn(ctx: CoreContext, input: ParsedInputOf<'transfers.in.answer'>): TransferInView {
  const row = inRow(ctx.db, input.id);
  const state = nextInState(row.state, ANSWER_EVENT[input.outcome]);
  const profile = getProfile(ctx.db, row.profile_id, row.profile_version);
  const local = localRules(profile);
  if (input.outcome === 'refused' && !local.inRefusalAllowed) {
    throw new AppError(
      'TRANSFER_REFUSAL_NOT_ALLOWED',
      `按本单位适用的规则，收到移送的案件不能简单地不予受理：应当受理；认为不属于本单位管辖的，${disputeAdvice(profile)}。依据：${local.inRefusalRule}。请选择“受理”或者“报请决定”。`,
      { field: 'outcome' },
    );
  }
  assertNotAfterToday(input.answeredOn, ctx.now().toISOString(), '答复日期', 'answeredOn');
  assertNotBefore(input.answeredOn, row.received_on, '答复日期', '收到日期', 'answeredOn');
  // The contract refuses a case with any answer but acceptance, and a government with any but escalation.
  const caseId = input.caseId;
  const caseNumber = caseId === null ? null : assertCaseFree(ctx, caseId, input.id);
  let governmentId: number | null = null;
  if (input.governmentOrgId !== null) {
    const government = orgRef(ctx.db, input.governmentOrgId);
    if (!local.dispute.kinds.includes(government.kind))
      throw new AppError('VALIDATION', `${government.name}不是可以报请决定管辖的机关：${disputeAdvice(profile)}。`, {
        field: 'governmentOrgId',
      });
    governmentId = government.id;
  }
  update(ctx, input.id, {
    state,
    answer: input.outcome,
    answered_on: input.answeredOn,
    answer_reason: input.reason,
    answer_recorded_by: actorName(ctx),
    case_id: caseId,
    escalated_to_org_id: governmentId,
  });
  const view = inView(ctx.db, input.id, clockOf(ctx));
  const reason = input.reason ? `：${input.reason}` : '';
  const summary = `书面告知${view.from.name}：${IN_ANSWER_LABELS[input.outcome]}${reason}`;
  auditTransferIn(ctx, input.id, 'transfer.in.answer', summary, undefined, view.answer);
  if (input.outcome === 'escalated') {
    openDisputeFromTransfer(ctx, {
      kind: 'in',
      id: row.id,
      caseId: null,
      counterpartOrgId: row.from_org_id,
      bodyOrgId: governmentId,
      matter: `${view.from.name}移送的“${row.cause}”案件由谁管辖`,
      openedOn: input.answeredOn,
      note: input.reason,
      profileId: row.profile_id,
      profileVersion: row.profile_version,
    });
  }
  if (input.outcome === 'refused') {
    openRefusedTransferSharing(ctx, {
      transferInId: row.id,
      fromOrgId: row.from_org_id,
      fromName: view.from.name,
      cause: row.cause,
      answeredOn: input.answeredOn,
      reason: input.reason,
    });
  }
  if (caseId !== null)
    auditCase(
      ctx,
      caseId,
      'transfer.in.accept',
      `受理${view.from.name}移送的案件（${row.cause}），作为本单位案件 ${caseNumber} 办理`,
      undefined,
      view.answer,
    );
  return view;
}

export function linkTransferInCase(ctx: CoreContext, input: ParsedInputOf<'transfers.in.linkCase'>): TransferInView {
  const row = inRow(ctx.db, input.id);
  if (!inView(ctx.db, input.id, clockOf(ctx)).actions.includes('link-case')) {
    throw new AppError(
      'TRANSFER_STATE',
      '只有已受理（或政府决定由本单位管辖）且尚未关联案件的移送，才能关联本单位案件。',
    );
  }
  const caseNumber = assertCaseFree(ctx, input.caseId, input.id);
  update(ctx, input.id, { case_id: input.caseId });
  const view = inView(ctx.db, input.id, clockOf(ctx));
  auditTransferIn(ctx, input.id, 'transfer.in.link', `关联本单位案件 ${caseNumber}`, undefined, view.linkedCase);
  auditCase(
    ctx,
    input.caseId,
    'transfer.in.link',
    `本案系${view.from.name}移送（${row.cause}）`,
    undefined,
    view.linkedCase,
  );
  return view;
}

export function recordInDecision(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.in.recordDecision'>,
): TransferInView {
  const row = inRow(ctx.db, input.id);
  const state = nextInState(row.state, 'decide');
  assertNotAfterToday(input.decidedOn, ctx.now().toISOString(), '决定日期', 'decidedOn');
  assertNotBefore(input.decidedOn, row.answered_on ?? input.decidedOn, '决定日期', '报请日期', 'decidedOn');
  update(ctx, input.id, { state, decided_on: input.decidedOn, decision: input.decision, decision_note: input.note });
  const view = inView(ctx.db, input.id, clockOf(ctx));
  auditTransferIn(
    ctx,
    input.id,
    'transfer.in.decision',
    `政府决定${IN_DECISION_LABELS[input.decision]}：${input.note}`,
    undefined,
    view.decision,
  );
  return view;
}
