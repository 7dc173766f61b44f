// Preparing and sending a transfer out: create or edit it, the head's approval where the profile
// requires it, sending (with every required material), or withdrawing it before it leaves.

import type { ParsedInputOf, TransferMaterialView, TransferOutView } from '../../../shared/contract';
import { TRANSFER_TARGET_LABELS } from '../../../shared/contract/transfers';
import type { RuleProfile } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { getCase } from '../cases/service';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { getProfile } from '../profiles/service';
import { localRules } from '../profiles/local-rules';
import { CRIMINAL_REGULATION } from '../../../shared/contract/criminal-transfers';
import { auditCase } from '../audit/case-history';
import { setCaseStatus } from '../cases/store';
import { clockOf } from '../calendar/clock';
import { assertNotBlocked, draftBasis } from './draft';
import { assertReceiverKind, assertTargetMatchesOpinion, missingMaterials } from './guards';
import { initialOutState, nextOutState } from './machine';
import { orgRef, outItems, outMaterials, outRow, updateOut, writeItems, writeMaterials } from './out-store';
import { issuedLetterNumber, outDeadline, outView } from './out-view';
import { answerLimit, approvalRule, sendLimit } from './rules';
import { assertNotAfterToday, assertNotBefore, assertNotFuture, officeInstant } from '../calendar/officeDates';
import { hasStaffRole } from '../staff/roles';
import { sql } from '../../db/sql';
import { tickedMaterialViews } from './materials';
import { chineseDate } from '../../../shared/domain/calendar';

type Fields = Omit<ParsedInputOf<'transfers.out.create'>, 'caseId'>;

/** The profile's list, each ticked as the person ticked it; a key not on the list is a mistake. */
function tickedMaterials(profile: RuleProfile, ticks: Fields['materials']): TransferMaterialView[] {
  const known = new Set(profile.transferMaterials.map((m) => m.key));
  const stray = ticks.find((tick) => !known.has(tick.key));
  if (stray)
    throw new AppError('VALIDATION', `材料“${stray.key}”不在该规则配置的移送材料清单中。`, { field: 'materials' });
  return tickedMaterialViews(profile.transferMaterials, ticks);
}

function checkedColumns(ctx: CoreContext, profile: RuleProfile, input: Fields, caseFoundOn: string) {
  const receiver = orgRef(ctx.db, input.receiverOrgId);
  assertReceiverKind(input.target, receiver.kind, receiver.name);
  // Found not to be ours before the violation itself was found: a typing slip that would show the
  // deadline as long overdue (review.submit checks its decision date the same way).
  if (input.foundOn < caseFoundOn) {
    throw new AppError(
      'VALIDATION',
      `${localRules(profile).sendStart.label}不能早于案件的发现日期（${chineseDate(caseFoundOn)}）`,
      {
        field: 'foundOn',
      },
    );
  }
  const now = ctx.now().toISOString();
  const foundAt = input.foundTime ? officeInstant(input.foundOn, input.foundTime) : null;
  if (foundAt) assertNotFuture(foundAt, now, '发现时间', 'foundTime');
  assertNotAfterToday(input.foundOn, now, '发现日期', 'foundOn');
  const send = sendLimit(profile, input.urgent);
  return {
    receiver,
    columns: {
      target: input.target,
      receiver_org_id: input.receiverOrgId,
      reason: input.reason,
      legal_basis: input.legalBasis,
      urgent: input.urgent ? 1 : 0,
      urgent_reason: input.urgent ? input.urgentReason : '',
      ongoing: input.ongoing ? 1 : 0,
      measures: input.ongoing ? input.measures : '',
      found_on: input.foundOn,
      found_at: foundAt,
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      send_limit_unit: send.unit,
      send_limit: send.amount,
      send_rule: send.rule,
    },
  };
}

export function createTransferOut(ctx: CoreContext, input: ParsedInputOf<'transfers.out.create'>): TransferOutView {
  if (input.target === 'judicial') {
    // A suspected crime runs on 国务院令第310号, not on the rules for a transfer between administrative bodies.
    throw new AppError(
      'TRANSFER_CRIMINAL_PATH',
      `涉嫌犯罪的案件应当按照${CRIMINAL_REGULATION}移送公安机关：请使用“移送公安机关（涉嫌犯罪）”办理（专案组书面报告、正职负责人3日内审批、批准后24小时内移送）。`,
      { field: 'target' },
    );
  }
  const basis = draftBasis(ctx, input.caseId);
  assertNotBlocked(basis);
  const { profile, review } = basis;
  if (review) assertTargetMatchesOpinion(review.opinion, input.target);
  const { receiver, columns } = checkedColumns(ctx, profile, input, basis.record.foundOn);
  const materials = tickedMaterials(profile, input.materials);
  const needsApproval = profile.headApprovesTransfer.value;
  const answer = answerLimit(profile);
  const at = ctx.now().toISOString();
  const row = {
    ...columns,
    case_id: input.caseId,
    origin: review ? 'review-opinion' : 'direct',
    review_round_id: review?.roundId ?? null,
    profile_id: profile.id,
    profile_version: profile.version,
    answer_working_days: answer.amount,
    answer_rule: answer.rule,
    needs_approval: needsApproval ? 1 : 0,
    approval_rule: approvalRule(profile),
    state: initialOutState(needsApproval),
    created_at: at,
    created_by: actorName(ctx),
    updated_at: at,
  };
  const names = Object.keys(row);
  const { lastInsertRowid } = sql.run(
    ctx.db,
    `INSERT INTO transfers_out (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
    row,
  );
  const id = Number(lastInsertRowid);
  writeMaterials(ctx.db, id, materials);
  writeItems(ctx.db, id, input.items);
  const view = outView(ctx.db, id, clockOf(ctx));
  const approval = needsApproval ? '，须经负责人批准后移送' : '';
  auditCase(
    ctx,
    input.caseId,
    'transfer.out.create',
    `拟${TRANSFER_TARGET_LABELS[input.target]}：${receiver.name}（${columns.send_rule}${approval}）`,
    undefined,
    view,
  );
  return view;
}

export function updateTransferOut(ctx: CoreContext, input: ParsedInputOf<'transfers.out.update'>): TransferOutView {
  const row = outRow(ctx.db, input.id);
  const state = nextOutState(row.state, 'edit', row.needs_approval === 1);
  const clock = clockOf(ctx);
  const before = outView(ctx.db, input.id, clock);
  if (row.review_round_id !== null) {
    const round = sql.get<{
      chosen_opinion: 4 | 5;
    }>(ctx.db, 'SELECT chosen_opinion FROM review_rounds WHERE id = ?', row.review_round_id)!;
    assertTargetMatchesOpinion(round.chosen_opinion, input.target);
  }
  const profile = getProfile(ctx.db, row.profile_id, row.profile_version);
  const { columns } = checkedColumns(ctx, profile, input, getCase(ctx, row.case_id).foundOn);
  const materials = tickedMaterials(profile, input.materials);
  const voidApproval = row.approved_at !== null && state === 'awaiting-approval';
  updateOut(
    ctx.db,
    input.id,
    {
      ...columns,
      state,
      ...(voidApproval ? { approved_at: null, approved_by: null, approved_by_staff_id: null, approval_note: '' } : {}),
    },
    clock.now,
  );
  writeMaterials(ctx.db, input.id, materials);
  writeItems(ctx.db, input.id, input.items);
  const after = outView(ctx.db, input.id, clock);
  const note = voidApproval ? '；已批准的内容有改动，须重新经负责人批准' : '';
  auditCase(ctx, row.case_id, 'transfer.out.update', `修改移送${after.receiver.name}的移送材料${note}`, before, after);
  return after;
}

export function approveTransferOut(ctx: CoreContext, input: ParsedInputOf<'transfers.out.approve'>): TransferOutView {
  const row = outRow(ctx.db, input.id);
  const state = nextOutState(row.state, 'approve', row.needs_approval === 1);
  const head = sql.get<{ name: string; roles: string; active: number }>(
    ctx.db,
    'SELECT name, roles, active FROM staff WHERE id = ?',
    input.headId,
  );
  if (!head || head.active !== 1) throw new AppError('NOT_FOUND', '所选负责人不存在或已停用。', { field: 'headId' });
  if (!hasStaffRole(head.roles, 'head')) {
    throw new AppError('VALIDATION', `${head.name}不是负责人岗位，不能批准移送。`, { field: 'headId' });
  }
  const handles = sql.get(
    ctx.db,
    'SELECT 1 FROM case_handlers WHERE case_id = ? AND staff_id = ?',
    row.case_id,
    input.headId,
  );
  if (handles) {
    throw new AppError(
      'ROLE_CONFLICT',
      `${head.name}是本案承办人；办理、审核、决定相分离，批准移送须由其他负责人作出。`,
      { field: 'headId' },
    );
  }
  const at = ctx.now().toISOString();
  updateOut(
    ctx.db,
    input.id,
    { state, approved_at: at, approved_by: head.name, approved_by_staff_id: input.headId, approval_note: input.note },
    at,
  );
  const view = outView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.out.approve',
    `负责人${head.name}批准移送${view.receiver.name}（${row.approval_rule}）`,
    undefined,
    view.approval,
  );
  return view;
}

export function sendTransferOut(ctx: CoreContext, input: ParsedInputOf<'transfers.out.send'>): TransferOutView {
  const row = outRow(ctx.db, input.id);
  const state = nextOutState(row.state, 'send', row.needs_approval === 1);
  const missing = missingMaterials(outMaterials(ctx.db, input.id), outItems(ctx.db, input.id).length > 0);
  if (missing.length > 0) {
    throw new AppError(
      'TRANSFER_MATERIALS_MISSING',
      `移送前须备齐以下材料：${missing.join('；')}。请在移送记录中勾选已备齐的材料。`,
      { field: 'materials' },
    );
  }
  const clock = clockOf(ctx);
  const sentAt = officeInstant(input.sentOn, input.sentTime);
  assertNotFuture(sentAt, clock.now, '移送时间', 'sentTime');
  assertNotBefore(input.sentOn, row.found_on, '移送日期', '发现日期', 'sentOn');
  // A letter issued in the app has its number already: one letter, one number. A typed number is
  // for a letter made outside the app.
  const issued = issuedLetterNumber(ctx.db, input.id);
  if (issued && input.letterNumber && input.letterNumber !== issued) {
    throw new AppError(
      'VALIDATION',
      `本移送的案件移送函已在本软件出具，文号为“${issued}”；请不要另填文号（留空即使用该文号）。`,
      { field: 'letterNumber' },
    );
  }
  const letterNumber = issued ?? input.letterNumber;
  // Whether it leaves late is judged at the moment it left, and kept in the history.
  const late = outDeadline(row, { ...clock, now: sentAt })?.level === 'danger' ? '（超过移送期限）' : '';
  updateOut(
    ctx.db,
    input.id,
    { state, sent_at: sentAt, sent_by: actorName(ctx), letter_number: letterNumber, send_method: input.method },
    clock.now,
  );
  setCaseStatus(ctx.db, row.case_id, 'transferred', clock.now);
  const view = outView(ctx.db, input.id, clock);
  const letter = letterNumber ? `，移送函 ${letterNumber}` : '';
  auditCase(
    ctx,
    row.case_id,
    'transfer.out.send',
    `已移送${view.receiver.name}${letter}${late}；案件状态改为“已移送”`,
    undefined,
    view.sent,
  );
  return view;
}

export function withdrawTransferOut(ctx: CoreContext, input: ParsedInputOf<'transfers.out.withdraw'>): TransferOutView {
  const row = outRow(ctx.db, input.id);
  const state = nextOutState(row.state, 'withdraw', row.needs_approval === 1);
  const at = ctx.now().toISOString();
  updateOut(ctx.db, input.id, { state, withdrawn_at: at, withdrawn_reason: input.reason }, at);
  const view = outView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.out.withdraw',
    `撤回拟移送${view.receiver.name}的移送：${input.reason}`,
    undefined,
    view.withdrawn,
  );
  return view;
}
