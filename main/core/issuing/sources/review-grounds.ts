// Why a case came to legal review, as the opinion states it: built from the values the case and the
// round recorded (party, amounts, penalty kinds, hearing, discretion, the handler's stated reasons),
// never from the sentences the review screen shows (those speak of "审核标准" and of what "承办人认定").

import type { ReviewRound } from '../../../../shared/contract';
import { HEARING_KINDS, PARTY_TYPE_LABELS, PENALTY_KIND_LABELS } from '../../../../shared/domain/case';
import { JUDGEMENT_LABELS, TRIGGERS } from '../../../../shared/domain/review';
import { withoutEndPunctuation } from '../../documents/punctuation';
import { paperMoney } from './common';

type Decision = ReviewRound['decision'];

const AMOUNTS = [
  { field: 'fineFen', what: '罚款' },
  { field: 'illegalGainsFen', what: '没收违法所得' },
  { field: 'illegalPropertyFen', what: '没收非法财物价值' },
] as const;

/** Trigger 6: "拟对公民罚款8000元，数额较大". */
function amountGround(decision: Decision): string {
  const party = PARTY_TYPE_LABELS[decision.party.type];
  const stated = AMOUNTS.filter(({ field }) => decision[field] > 0).map(
    ({ field, what }) => `${what}${paperMoney(decision[field])}`,
  );
  return `拟对${party}${stated.join('、')}，数额较大`;
}

/** Trigger 4: the penalty a party may ask a hearing for, or a hearing asked for or held. */
function hearingGround(decision: Decision): string {
  if (decision.hearingHeld) return '本案已依法举行听证';
  if (decision.hearingRequested) return '当事人已依法要求听证';
  const kinds = decision.penaltyKinds.filter((kind) => HEARING_KINDS.includes(kind));
  const what = kinds.length
    ? kinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、')
    : AMOUNTS.filter(({ field }) => decision[field] > 0)
        .map(({ what: label }) => `较大数额${label.replace(/价值$/, '')}`)
        .join('、');
  return `拟作出${what}的处罚，依法应当告知当事人有要求听证的权利`;
}

const DISCRETION_GROUNDS: Partial<Record<Decision['discretion'], string>> = {
  heavier: '拟从重处罚',
  mitigated: '拟减轻处罚',
  waived: '拟免于处罚',
};

/**
 * "该案属于应当进行法制审核的情形：拟对公民罚款8000元，数额较大；涉及重大国家利益和公共利益（涉及饮用水源保护）".
 */
export function reviewGrounds(round: ReviewRound): string {
  const decision = round.decision;
  const grounds = round.triggers.triggers
    .filter((trigger) => trigger.holds)
    .map((trigger) => {
      const basis = TRIGGERS.find((definition) => definition.id === trigger.id)?.basis;
      if (basis?.kind === 'judgement') {
        const stated = withoutEndPunctuation(round.judgements[basis.key].reason);
        return `${JUDGEMENT_LABELS[basis.key]}${stated ? `（${stated}）` : ''}`;
      }
      if (trigger.id === 4) return hearingGround(decision);
      if (trigger.id === 6) return amountGround(decision);
      return DISCRETION_GROUNDS[decision.discretion] ?? '';
    })
    .filter(Boolean);
  return grounds.length
    ? `该案属于应当进行法制审核的情形：${grounds.join('；')}`
    : '该案不属于必须进行法制审核的情形，承办机构决定提请法制审核';
}
