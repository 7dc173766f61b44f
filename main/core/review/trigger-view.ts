// The eight triggers for a case's proposed decision, as the screen shows them: each with the
// rule's own wording, its source, whether it holds and why (DOMAIN §2).

import type { CaseRecord, TriggerAssessmentView } from '../../../shared/contract';
import type { RuleProfile } from '../../../shared/domain/profile';
import { JUDGEMENT_KEYS, TRIGGERS } from '../../../shared/domain/review';
import type { JudgementKey } from '../../../shared/domain/review';
import { reviewTriggers, type HearingLargeAmount, type JudgementInput, type ProposedDecision } from './triggers';

export type Judgements = Record<JudgementKey, { holds: boolean; reason: string }>;

export const NO_JUDGEMENTS: Judgements = Object.fromEntries(
  JUDGEMENT_KEYS.map((key) => [key, { holds: false, reason: '' }]),
) as Judgements;

/** The proposed decision the rules weigh, taken from the case record and the handler's judgements. */
export function proposedDecision(
  record: CaseRecord,
  judgements: Record<JudgementKey, JudgementInput>,
): ProposedDecision {
  return {
    partyType: record.party.type,
    penaltyKinds: record.penaltyKinds,
    fineFen: record.fineFen,
    illegalGainsFen: record.illegalGainsFen,
    illegalPropertyFen: record.illegalPropertyFen,
    hearingRequested: record.hearingRequested,
    hearingHeld: record.hearingHeld,
    discretion: record.discretion,
    judgements,
  };
}

export function assessTriggers(
  record: CaseRecord,
  judgements: Record<JudgementKey, JudgementInput>,
  profile: RuleProfile,
  hearingLargeAmount: HearingLargeAmount | null,
): TriggerAssessmentView {
  const assessment = reviewTriggers(proposedDecision(record, judgements), profile, hearingLargeAmount);
  return {
    required: assessment.required,
    profile: { id: profile.id, name: profile.name, version: profile.version },
    triggers: assessment.triggers.map((result) => {
      const definition = TRIGGERS[result.id - 1];
      if (!definition) throw new Error(`trigger ${result.id} has no definition`);
      return {
        id: result.id,
        label: definition.label,
        wording: definition.wording,
        citation: definition.citation,
        basis: definition.basis.kind,
        holds: result.holds,
        reason: result.reason,
      };
    }),
  };
}
