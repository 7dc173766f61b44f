// The opinion (DOMAIN §5): the reviewer chooses one the findings allow — another than the suggested
// one only with a written reason — and signs; the 法制审核机构负责人 signs it too, which locks the round
// (both answer for the opinion, 涪陵府办〔2024〕1号 二(四)). Opinion 1 then waits for the 行政执法机关
// 负责人's decision (decision.ts); 2 returns the case to the handler; 4 and 5 hand it to transfer.

import type { ParsedInputOf, ReviewRound } from '../../../shared/contract';
import type { CaseStatus } from '../../../shared/domain/case';
import { OPINIONS, REVIEW_POINTS } from '../../../shared/domain/review';
import type { OpinionNumber } from '../../../shared/domain/review';
import type { CoreContext } from '../context';
import { withoutEndPunctuation } from '../documents/punctuation';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { assertAssignment, assertOperatorIs, assertState } from './guards';
import { officeDateOf } from '../calendar/officeTime';
import { assertOpinionAllowed, suggestOpinion } from './opinion';
import { assertOpinionChoice } from './override';
import { auditCase } from '../audit/case-history';
import { findingRows, roundRow, updateRound, type RoundRow } from './store';
import { setCaseStatus } from '../cases/store';
import { liveCertificateProblems, roundView } from './view';
import { orgRefOf } from '../orgs/store';

function label(opinion: OpinionNumber): string {
  return `意见${opinion}“${OPINIONS[opinion - 1]?.label ?? ''}”`;
}

/** The nine saved findings; refuses while any point has none. */
function savedFindings(ctx: CoreContext, round: RoundRow): string[] {
  const saved = new Map(findingRows(ctx.db, round.id).map((row) => [row.point, row.finding]));
  const open = REVIEW_POINTS.filter((point) => !saved.get(point.number)).map((point) => point.number);
  if (open.length > 0) {
    throw new AppError(
      'POINTS_INCOMPLETE',
      `尚有第${open.join('、')}项审核要点未作结论，九项全部审核后才能提出审核意见。`,
    );
  }
  return REVIEW_POINTS.map((point) => saved.get(point.number) ?? '');
}

/** The suggestion for the nine saved findings, after checking `chosen` (if any) is one they allow. */
function currentSuggestion(ctx: CoreContext, round: RoundRow, chosen: number | null = null) {
  const findings = savedFindings(ctx, round);
  if (chosen !== null) assertOpinionAllowed(findings, chosen);
  return suggestOpinion(findings);
}

export function chooseOpinion(ctx: CoreContext, input: ParsedInputOf<'review.chooseOpinion'>): ReviewRound {
  const round = roundRow(ctx.db, input.roundId);
  assertState(round, ['in-review'], '选择审核意见');
  assertOperatorIs(ctx, round, 'reviewer', '提出审核意见');
  const suggestion = currentSuggestion(ctx, round, input.opinion);
  const chosen = input.opinion as OpinionNumber;
  assertOpinionChoice({ suggested: suggestion.opinion, chosen, reason: input.overrideReason });
  // A reason is only meaningful when the choice departs from the suggestion; one given for the
  // suggested opinion would be dropped, so it is refused instead (the contract does the same for
  // corrections outside opinion 2 and a transfer target outside opinions 4 and 5).
  if (chosen === suggestion.opinion && input.overrideReason) {
    throw new AppError(
      'VALIDATION',
      `所选${label(chosen)}就是根据九项审核结论建议的意见，不需要填写“选择其他意见的理由”；请清空该理由后再保存。`,
      { field: 'overrideReason' },
    );
  }
  if (input.transferTargetOrgId !== null) {
    const org = orgRefOf(ctx.db, input.transferTargetOrgId);
    if (!org) throw new AppError('NOT_FOUND', '所选移送机关不存在', { field: 'transferTargetOrgId' });
    if (org.kind !== input.transferTargetKind) {
      throw new AppError('VALIDATION', `${org.name}的单位类别与所选移送机关类别不一致`, {
        field: 'transferTargetOrgId',
      });
    }
  }
  const before = roundView(ctx, round);
  updateRound(ctx, round.id, {
    chosen_opinion: chosen,
    override_reason: input.overrideReason,
    opinion_reasons: input.reasons,
    corrections: input.corrections,
    transfer_target_kind: input.transferTargetKind,
    transfer_target_org_id: input.transferTargetOrgId,
  });
  const after = roundView(ctx, roundRow(ctx.db, round.id));
  const departs =
    chosen === suggestion.opinion
      ? '（与建议一致）'
      : `（建议为${label(suggestion.opinion)}，理由：${withoutEndPunctuation(input.overrideReason)}）`;
  auditCase(
    ctx,
    round.case_id,
    'review.chooseOpinion',
    `第${round.round_no}轮审核 选定${label(chosen)}${departs}`,
    pickOpinion(before),
    pickOpinion(after),
  );
  return after;
}

function pickOpinion(view: ReviewRound) {
  const { chosenOpinion, overrideReason, reasons, corrections, transferTarget, suggestion } = view;
  return { chosenOpinion, overrideReason, reasons, corrections, transferTarget, suggestion };
}

export function signOpinion(ctx: CoreContext, roundId: number): ReviewRound {
  const round = roundRow(ctx.db, roundId);
  assertState(round, ['in-review'], '签署审核意见');
  assertOperatorIs(ctx, round, 'reviewer', '签署审核意见');
  if (round.head_id === null)
    throw new AppError('NOT_ASSIGNED', '本轮审核尚未指定法制审核机构负责人，请先指定，再签署审核意见。', {
      field: 'headId',
    });
  if (round.chosen_opinion === null) throw new AppError('NO_OPINION', '尚未选择审核意见。');
  // The findings may have changed since the choice; the opinion is checked again on what is signed.
  const suggestion = currentSuggestion(ctx, round, round.chosen_opinion);
  // The findings may have changed since the choice; the rule is checked again on what is signed.
  assertOpinionChoice({ suggested: suggestion.opinion, chosen: round.chosen_opinion, reason: round.override_reason });
  const decision = roundView(ctx, round).decision;
  const now = ctx.now().toISOString();
  updateRound(ctx, round.id, {
    state: 'reviewer-signed',
    suggested_opinion: suggestion.opinion,
    suggestion_explanation: suggestion.explanation,
    certificate_problems_json: JSON.stringify(
      liveCertificateProblems(ctx, decision, officeDateOf(round.submitted_at), round.reviewer_id),
    ),
    reviewer_signed_at: now,
    reviewer_signed_by: actorName(ctx),
  });
  const view = roundView(ctx, roundRow(ctx.db, round.id));
  auditCase(
    ctx,
    round.case_id,
    'review.signOpinion',
    `审核员签署第${round.round_no}轮审核意见：${label(round.chosen_opinion)}，待法制审核机构负责人签署`,
    undefined,
    pickOpinion(view),
  );
  return view;
}

export function returnToReviewer(ctx: CoreContext, input: ParsedInputOf<'review.returnToReviewer'>): ReviewRound {
  const round = roundRow(ctx.db, input.roundId);
  assertState(round, ['reviewer-signed'], '退回审核员');
  assertOperatorIs(ctx, round, 'head', '退回审核员');
  // Returning is the 法制审核机构负责人's part of the review: they answer for the opinion with the
  // reviewer. The 行政执法机关负责人 never sends a review back; they decide (review.recordDecision).
  updateRound(ctx, round.id, {
    state: 'in-review',
    suggested_opinion: null,
    suggestion_explanation: null,
    certificate_problems_json: null,
    reviewer_signed_at: null,
    reviewer_signed_by: null,
  });
  auditCase(
    ctx,
    round.case_id,
    'review.returnToReviewer',
    `法制审核机构负责人未签署，退回审核员修改第${round.round_no}轮审核意见：${input.reason}`,
    undefined,
    { reason: input.reason },
  );
  return roundView(ctx, roundRow(ctx.db, round.id));
}

const CASE_STATUS_AFTER: Record<OpinionNumber, CaseStatus> = {
  1: 'reviewed',
  2: 'returned',
  3: 'reviewed',
  4: 'to-transfer',
  5: 'to-transfer',
};

export function countersign(ctx: CoreContext, roundId: number): ReviewRound {
  const round = roundRow(ctx.db, roundId);
  assertState(round, ['reviewer-signed'], '签署审核意见');
  assertOperatorIs(ctx, round, 'head', '签署审核意见');
  // The handlers cannot change while the case is in review, but the rule is checked where it matters.
  assertAssignment(ctx, round.case_id, round.reviewer_id, round.head_id);
  const opinion = round.chosen_opinion;
  if (opinion === null) throw new Error('a reviewer-signed round without an opinion');
  assertOpinionAllowed(savedFindings(ctx, round), opinion);
  updateRound(ctx, round.id, {
    state: 'signed',
    locked: 1,
    signed_at: ctx.now().toISOString(),
    signed_by: actorName(ctx),
  });
  const status = CASE_STATUS_AFTER[opinion];
  setCaseStatus(ctx.db, round.case_id, status, ctx.now().toISOString());
  const view = roundView(ctx, roundRow(ctx.db, round.id));
  const next =
    opinion === 2
      ? '，案件退回承办机构纠正完善后再送审'
      : opinion === 4 || opinion === 5
        ? '，案件待移送'
        : opinion === 1
          ? '，待行政执法机关负责人决定'
          : '';
  auditCase(
    ctx,
    round.case_id,
    'review.countersign',
    `法制审核机构负责人签署第${round.round_no}轮审核意见：${label(opinion)}，意见已锁定${next}`,
    undefined,
    pickOpinion(view),
  );
  return view;
}
