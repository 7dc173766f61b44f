// Submitting a case for review (送审) and naming who reviews and who signs (DOMAIN §2, §3).
// Round 1 comes from a registered case; each later round from a case returned with opinion 2.

import { shortQuote } from '../../../shared/text-input';
import type { CaseRecord, ParsedInputOf, ReviewRound } from '../../../shared/contract';
import { CASE_STATUS_LABELS } from '../../../shared/domain/case';
import { JUDGEMENT_KEYS, JUDGEMENT_LABELS } from '../../../shared/domain/review';
import type { RuleProfile } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { getCase } from '../cases/service';
import { AppError } from '../../../shared/errors';
import { getOperator } from '../session/operator';
import { assertEnoughHandlers } from './certificates';
import { assertAssignment, assertMayReassign, assertOperatorNotReviewing, assertState } from './guards';
import { assertNoRepeatedMaterial, isMaterialRequired } from './materials';
import { decisionRow } from './decision-view';
import { auditCase } from '../audit/case-history';
import { ruleProfileFor } from './rules-source';
import { setCaseStatus } from '../cases/store';
import { roundRow, roundsOfCase, staffName, updateRound } from './store';
import { hearingLargeAmount } from './hearing-setting';
import { assessTriggers } from './trigger-view';
import { judgementsMissingReason } from './triggers';
import { roundView } from './view';
import { reopenedAfterCriminalTransfer } from '../transfers/reopened';
import { sql } from '../../db/sql';

type SubmitInput = ParsedInputOf<'review.submit'>;
type MaterialsInput = SubmitInput['materials'];

/** The checklist rows a submission fills in, in the profile's order; unknown keys are refused. */
export function materialRowsFor(profile: RuleProfile, materials: MaterialsInput) {
  const known = new Set(profile.supplementMaterials.map((item) => item.key));
  const unknown = materials.find((item) => !known.has(item.key));
  if (unknown) {
    throw new AppError('VALIDATION', `材料“${shortQuote(unknown.key)}”不在规则配置“${profile.name}”的送审材料清单中`, {
      field: 'materials',
    });
  }
  assertNoRepeatedMaterial(materials, profile.supplementMaterials);
  return profile.supplementMaterials.map((item, position) => {
    const given = materials.find((candidate) => candidate.key === item.key);
    return {
      key: item.key,
      label: item.label,
      requirement: item.requirement,
      position,
      present: given?.present ?? false,
      refs: given?.refs ?? '',
    };
  });
}

function assertResubmittable(ctx: CoreContext, caseId: number, status: string): number {
  const rounds = roundsOfCase(ctx.db, caseId);
  const last = rounds.at(-1);
  if (status === 'draft' && !last) return 1;
  if (
    status === 'returned' &&
    last?.state === 'signed' &&
    (last.chosen_opinion === 2 || reopenedAfterCriminalTransfer(ctx.db, caseId))
  )
    return last.round_no + 1;
  // The 行政执法机关负责人 did not agree with the proposal: the handler proposes again, reviewed anew.
  if (status === 'returned' && last?.state === 'signed' && decisionRow(ctx.db, last.id)?.agrees === 0) {
    return last.round_no + 1;
  }
  const label = CASE_STATUS_LABELS[status as keyof typeof CASE_STATUS_LABELS] ?? status;
  throw new AppError(
    'NOT_SUBMITTABLE',
    `案件当前状态为“${label}”，不能送审。只有登记后未送审的案件，审核意见为“纠正完善后再送审”而退回的案件，或行政执法机关负责人不同意拟作决定而退回的案件，才能送审。`,
  );
}

/**
 * What a submission must carry before a reviewer sees it (涪陵府办〔2024〕1号 二(四): the proposed
 * decision with its explanation, the evidence; DOMAIN §3): the legal basis, the reviewer, at least
 * one material (the 法制审核机构负责人 may be named later, before the reviewer signs). Everything missing is named at once, in Chinese.
 */
export function assertSubmissionComplete(
  record: CaseRecord,
  input: Pick<SubmitInput, 'reviewerId'>,
  materials: ReadonlyArray<{ present: boolean }>,
): void {
  const missing: string[] = [];
  if (!record.legalBasis.trim()) missing.push('拟作出决定的法律依据（在案件中填写所依据的法律、法规、规章条款）');
  if (record.penaltyKinds.length === 0) missing.push('拟处罚种类');
  if (!record.facts.trim()) missing.push('违法事实');
  if (input.reviewerId === null) missing.push('法制审核员');
  if (!materials.some((item) => item.present)) missing.push('送审材料（至少应提交一项，并写明文件名或卷宗页码）');
  if (missing.length > 0) {
    throw new AppError('SUBMISSION_INCOMPLETE', `送审内容不完整，请补齐后再送审：${missing.join('；')}。`, {
      missing,
    });
  }
  // 《行政处罚法》第六十三条: a hearing asked for is held before the decision; its record is then
  // review material 4, so the case comes to review after the hearing.
  if (record.hearingRequested && !record.hearingHeld) {
    throw new AppError(
      'HEARING_PENDING',
      '当事人已要求听证，尚未举行听证：当事人要求听证的，行政机关应当组织听证（《中华人民共和国行政处罚法》第六十三条）。请在听证后于案件中登记“已举行听证”，并随送审材料提交听证笔录。',
      { field: 'hearingHeld' },
    );
  }
}

export function submitForReview(ctx: CoreContext, input: SubmitInput): ReviewRound {
  const record = getCase(ctx, input.caseId);
  const roundNo = assertResubmittable(ctx, record.id, record.status);
  const missingReason = judgementsMissingReason({ judgements: input.judgements });
  const firstMissing = missingReason[0];
  if (firstMissing) {
    throw new AppError('VALIDATION', `认定“${JUDGEMENT_LABELS[firstMissing]}”的，请写明理由`, {
      field: `judgements.${firstMissing}.reason`,
    });
  }
  assertEnoughHandlers(record.handlers.length);
  if (input.decisionDate < record.foundOn) {
    throw new AppError('VALIDATION', `拟作出决定日期不能早于发现违法行为的日期（${record.foundOn}）`, {
      field: 'decisionDate',
    });
  }
  const profile = ruleProfileFor(ctx, { caseId: record.id, profileId: record.profileId, version: null });
  const materials = materialRowsFor(profile, input.materials);
  assertSubmissionComplete(record, input, materials);
  assertAssignment(ctx, record.id, input.reviewerId, input.headId);
  assertOperatorNotReviewing(ctx, input.reviewerId, input.headId, '送审');

  const triggers = assessTriggers(record, input.judgements, profile, hearingLargeAmount(ctx.db));
  const now = ctx.now().toISOString();
  const operator = getOperator(ctx);
  const { lastInsertRowid } = sql.run(
    ctx.db,
    `INSERT INTO review_rounds (case_id, round_no, state, profile_id, profile_version, decision_json, decision_date,
         triggers_json, review_required, assessment_made, submitted_at, submitted_by, submitted_by_staff_id,
         reviewer_id, head_id, created_at, updated_at)
       VALUES (?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    record.id,
    roundNo,
    profile.id,
    profile.version,
    JSON.stringify(record),
    input.decisionDate,
    JSON.stringify(triggers),
    triggers.required ? 1 : 0,
    input.assessmentMade ? 1 : 0,
    now,
    operator.name ?? '未指定使用人',
    operator.staffId,
    input.reviewerId,
    input.headId,
    now,
    now,
  );
  const roundId = Number(lastInsertRowid);
  for (const key of JUDGEMENT_KEYS) {
    const judgement = input.judgements[key];
    sql.run(
      ctx.db,
      'INSERT INTO review_judgements (round_id, judgement_key, holds, reason) VALUES (?, ?, ?, ?)',
      roundId,
      key,
      judgement.holds ? 1 : 0,
      judgement.holds ? judgement.reason : '',
    );
  }
  for (const item of materials)
    sql.run(
      ctx.db,
      'INSERT INTO review_materials (round_id, material_key, position, label, requirement, present, refs) VALUES (?, ?, ?, ?, ?, ?, ?)',
      roundId,
      item.key,
      item.position,
      item.label,
      item.requirement,
      item.present ? 1 : 0,
      item.present ? item.refs : '',
    );
  setCaseStatus(ctx.db, record.id, 'submitted', ctx.now().toISOString());

  const view = roundView(ctx, roundRow(ctx.db, roundId));
  const held = triggers.triggers.filter((trigger) => trigger.holds).map((trigger) => trigger.id);
  const grounds = triggers.required
    ? `属于应当法制审核的情形（第${held.join('、')}项）`
    : '不属于应当法制审核的情形，本单位决定送审';
  const hearing = record.hearingHeld || input.assessmentMade;
  const missing = materials.filter(
    (item) => isMaterialRequired(item, { hearingOrAssessmentTookPlace: hearing }) && !item.present,
  );
  const materialsNote = missing.length > 0 ? `；未提交：${missing.map((item) => item.label).join('、')}` : '；材料齐全';
  auditCase(
    ctx,
    record.id,
    'review.submit',
    `送交法制审核（第${roundNo}轮）：${grounds}${materialsNote}`,
    undefined,
    view,
  );
  return view;
}

export function assignRound(ctx: CoreContext, input: ParsedInputOf<'review.assign'>): ReviewRound {
  const round = roundRow(ctx.db, input.roundId);
  assertState(round, ['submitted', 'supplement-requested', 'in-review'], '更换审核人员');
  assertMayReassign(ctx, round);
  assertAssignment(ctx, round.case_id, input.reviewerId, input.headId);
  if (input.reviewerId === round.reviewer_id && input.headId === round.head_id) return roundView(ctx, round);
  const before = { reviewer: staffName(ctx.db, round.reviewer_id), head: staffName(ctx.db, round.head_id) };
  updateRound(ctx, round.id, { reviewer_id: input.reviewerId, head_id: input.headId });
  const after = { reviewer: staffName(ctx.db, input.reviewerId), head: staffName(ctx.db, input.headId) };
  auditCase(
    ctx,
    round.case_id,
    'review.assign',
    `指定第${round.round_no}轮审核人员：法制审核员 ${after.reviewer ?? '（未指定）'}，负责人 ${after.head ?? '（未指定）'}`,
    before,
    after,
  );
  return roundView(ctx, roundRow(ctx.db, round.id));
}
