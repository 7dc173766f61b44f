// Reads of the review capability: a case's rounds, one round, and the live trigger preview.

import type { CaseReviewState, ParsedInputOf, ReviewRound, TriggerAssessmentView } from '../../../shared/contract';
import { JUDGEMENT_KEYS } from '../../../shared/domain/review';
import { provenanceLabel } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { getCase } from '../cases/service';
import { reopenedAfterCriminalTransfer } from '../transfers/reopened';
import { ruleProfileFor } from './rules-source';
import { roundRow, roundsOfCase } from './store';
import { hearingLargeAmount } from './hearing-setting';
import { assessTriggers, type Judgements } from './trigger-view';
import { roundView } from './view';

export function caseReviewState(ctx: CoreContext, caseId: number): CaseReviewState {
  const record = getCase(ctx, caseId);
  const profile = ruleProfileFor(ctx, { caseId: record.id, profileId: record.profileId, version: null });
  const rounds = roundsOfCase(ctx.db, caseId).map((row) => roundView(ctx, row));
  const last = rounds.at(-1);
  const canSubmit =
    (record.status === 'draft' && !last) ||
    (record.status === 'returned' &&
      last?.state === 'signed' &&
      (last.chosenOpinion === 2 ||
        last.headDecision?.agrees === false ||
        reopenedAfterCriminalTransfer(ctx.db, caseId)));
  return {
    caseId,
    rounds,
    canSubmit,
    checklist: profile.supplementMaterials.map((item) => ({
      key: item.key,
      label: item.label,
      requirement: item.requirement,
      source: provenanceLabel(item.source),
    })),
    profile: { id: profile.id, name: profile.name, version: profile.version },
  };
}

export function getRound(ctx: CoreContext, id: number): ReviewRound {
  return roundView(ctx, roundRow(ctx.db, id));
}

/** Which triggers hold for the case as it stands, with the handler's ticks (reasons come later). */
export function previewTriggers(
  ctx: CoreContext,
  input: ParsedInputOf<'review.assessTriggers'>,
): TriggerAssessmentView {
  const record = getCase(ctx, input.caseId);
  const judgements = Object.fromEntries(
    JUDGEMENT_KEYS.map((key) => [key, { holds: input.judgements[key], reason: '' }]),
  ) as Judgements;
  return assessTriggers(
    record,
    judgements,
    ruleProfileFor(ctx, { caseId: record.id, profileId: record.profileId, version: null }),
    hearingLargeAmount(ctx.db),
  );
}
