// The nine points (DOMAIN §4), saved one at a time as the reviewer moves through the stepper.

import type { ParsedInputOf, ReviewRound } from '../../../shared/contract';
import { findingLabel, REVIEW_POINTS } from '../../../shared/domain/review';
import type { ReviewPointNumber } from '../../../shared/domain/review';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { assertOperatorIs, assertState } from './guards';
import { allowedOpinions } from './opinion';
import { auditCase } from '../audit/case-history';
import { findingRows, roundRow, updateRound } from './store';
import { roundView } from './view';
import { sql } from '../../db/sql';

/** The labels a finding reads as, on any point ('pass' reads differently on point 9). */
function findingWords(finding: unknown): string | undefined {
  for (const point of REVIEW_POINTS) {
    const option = point.findings.find((candidate) => candidate.value === finding);
    if (option) return option.label;
  }
  return undefined;
}

/**
 * Why a point cannot take a finding, naming the given and the allowed conclusions by their labels
 * (never the stored values): 第1项（执法主体与执法资格）不能作“不属于本机关管辖”的结论，可选：“符合”“存在瑕疵，可纠正完善”“存在严重问题”.
 */
export function findingNotAllowedMessage(pointNumber: number, finding: unknown): string {
  const point = REVIEW_POINTS[pointNumber - 1];
  if (!point) return '审核要点无效';
  const given = findingWords(finding);
  const allowed = point.findings.map((option) => `“${option.label}”`).join('');
  const refused = given ? `“${given}”的结论` : '这一结论';
  return `第${point.number}项（${point.title}）不能作${refused}，可选：${allowed}`;
}

export function savePoint(ctx: CoreContext, input: ParsedInputOf<'review.savePoint'>): ReviewRound {
  const round = roundRow(ctx.db, input.roundId);
  const point = REVIEW_POINTS[input.point - 1];
  if (!point) throw new Error(`no review point ${input.point}`);
  assertState(round, ['in-review'], '修改审核结论');
  assertOperatorIs(ctx, round, 'reviewer', '逐项审核');

  const before = findingRows(ctx.db, round.id).find((row) => row.point === input.point);
  // Moving through the stepper saves every point it passes; an unchanged point is not a new step.
  if (
    before &&
    before.finding === input.finding &&
    before.note === input.note &&
    before.evidence_refs === input.evidenceRefs
  ) {
    return roundView(ctx, round);
  }
  sql.run(
    ctx.db,
    `INSERT INTO review_findings (round_id, point, finding, note, evidence_refs, saved_at, saved_by)
       VALUES (@round, @point, @finding, @note, @refs, @at, @by)
       ON CONFLICT (round_id, point) DO UPDATE SET finding = @finding, note = @note, evidence_refs = @refs, saved_at = @at, saved_by = @by`,
    {
      round: round.id,
      point: input.point,
      finding: input.finding,
      note: input.note,
      refs: input.evidenceRefs,
      at: ctx.now().toISOString(),
      by: actorName(ctx),
    },
  );
  // A finding changed after the opinion was chosen: the reviewer disagrees with the earlier finding,
  // so the change needs its note; an opinion the new findings no longer allow is cleared, never kept.
  const changed = before?.finding != null && before.finding !== input.finding;
  if (changed && round.chosen_opinion !== null && !input.changeNote) {
    throw new AppError(
      'VALIDATION',
      `已选定审核意见后修改第${point.number}项（${point.title}）的结论，请写明修改结论的说明。`,
      { field: 'changeNote' },
    );
  }
  const findings = REVIEW_POINTS.map(
    (item) =>
      (item.number === input.point
        ? input.finding
        : findingRows(ctx.db, round.id).find((row) => row.point === item.number)?.finding) ?? null,
  );
  const stillAllowed =
    round.chosen_opinion === null ||
    (findings.every((finding) => finding !== null) &&
      allowedOpinions(findings as string[]).opinions.includes(round.chosen_opinion));
  updateRound(
    ctx,
    round.id,
    stillAllowed
      ? {}
      : {
          chosen_opinion: null,
          override_reason: '',
          corrections: '',
          transfer_target_kind: null,
          transfer_target_org_id: null,
        },
  );

  const label =
    input.finding === null ? '尚未作结论，保存审核说明' : findingLabel(input.point as ReviewPointNumber, input.finding);
  const after = {
    finding: input.finding,
    note: input.note,
    evidenceRefs: input.evidenceRefs,
    ...(input.changeNote ? { changeNote: input.changeNote } : {}),
  };
  const why = changed && input.changeNote ? `（修改结论的说明：${input.changeNote}）` : '';
  const cleared = stillAllowed ? '' : '；原选定的审核意见与修改后的结论不符，已撤销，请重新选择';
  auditCase(
    ctx,
    round.case_id,
    'review.savePoint',
    `第${round.round_no}轮审核 第${point.number}项（${point.title}）：${label ?? input.finding}${why}${cleared}`,
    before ? { finding: before.finding, note: before.note, evidenceRefs: before.evidence_refs } : undefined,
    after,
  );
  return roundView(ctx, roundRow(ctx.db, round.id));
}
