// Which of the eight triggers (涪陵府办〔2024〕1号 二(四)) make review of a proposed decision
// necessary, each with a Chinese reason that quotes the threshold and the amount.

import type { Discretion, PartyType, PenaltyKind } from '../../../shared/domain/case';
import {
  HEARING_KINDS,
  HEARING_RULE,
  PARTY_CLASS,
  PARTY_TYPE_LABELS,
  PENALTY_KIND_LABELS,
} from '../../../shared/domain/case';
import { formatFenAsYuan } from '../../../shared/money';
import type { RuleProfile } from '../../../shared/domain/profile';
import { JUDGEMENT_KEYS, JUDGEMENT_LABELS, JUDGEMENT_TRIGGER, TRIGGER_IDS } from '../../../shared/domain/review';
import type { JudgementKey, TriggerId } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';

export interface JudgementInput {
  holds: boolean;
  /** Why the handler thinks so; required before submission when `holds` (see judgementsMissingReason). */
  reason?: string | undefined;
}

export interface ProposedDecision {
  partyType: PartyType;
  penaltyKinds: readonly PenaltyKind[];
  fineFen: number;
  illegalGainsFen: number;
  /** Value of the illegal property to be confiscated. */
  illegalPropertyFen: number;
  /** The party asked for a hearing (《行政处罚法》第六十三条). */
  hearingRequested: boolean;
  /** A hearing took place. */
  hearingHeld: boolean;
  discretion: Discretion;
  judgements: Record<JudgementKey, JudgementInput>;
}

/**
 * 较大数额 of 《行政处罚法》第六十三条 is set locally: the office enters it with its source. Applied
 * to fines and to confiscated gains or property, by the party's money line; "以上" includes it.
 */
export interface HearingLargeAmount {
  citizenFen: number;
  organizationFen: number;
  /** Where the office took the amounts from (e.g. a provincial rule), shown beside every use. */
  source: string;
}

export interface TriggerResult {
  id: TriggerId;
  holds: boolean;
  reason: string;
}

export interface TriggerAssessment {
  required: boolean;
  /** All eight, in order. */
  triggers: TriggerResult[];
}

const AMOUNT_FIELDS = [
  { field: 'fineFen', what: '罚款', threshold: 'fine' },
  { field: 'illegalGainsFen', what: '没收违法所得', threshold: 'confiscation' },
  { field: 'illegalPropertyFen', what: '没收非法财物价值', threshold: 'confiscation' },
] as const;

/** "2,000" for a whole-yuan threshold, "2,000.50" otherwise. */
function formatThreshold(fen: number): string {
  return formatFenAsYuan(fen).replace(/\.00$/, '');
}

function assertAmount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new AppError('INVALID_AMOUNT', `${what}金额应为不小于零的整数（以分计）。`, { what });
  }
}

function moneyTrigger(decision: ProposedDecision, profile: Pick<RuleProfile, 'thresholds'>): TriggerResult {
  const party = PARTY_TYPE_LABELS[decision.partyType];
  const line0 = PARTY_CLASS[decision.partyType];
  const reached: string[] = [];
  const below: string[] = [];
  for (const { field, what, threshold } of AMOUNT_FIELDS) {
    const amount = decision[field];
    assertAmount(amount, what);
    const line = profile.thresholds[threshold][line0].value;
    const stated = `拟对${party}${what} ${formatFenAsYuan(amount)} 元`;
    // "X元以上" includes X itself; each amount is weighed on its own, never summed.
    if (amount >= line) reached.push(`${stated}，达到 ${formatThreshold(line)} 元以上的审核标准`);
    else if (amount > 0) below.push(`${stated}，未达到 ${formatThreshold(line)} 元以上的审核标准`);
  }
  if (reached.length > 0) return { id: 6, holds: true, reason: reached.join('；') };
  if (below.length > 0) return { id: 6, holds: false, reason: below.join('；') };
  return { id: 6, holds: false, reason: `未拟对${party}处以罚款，也未拟没收违法所得或非法财物` };
}

/**
 * Trigger 4, 需经听证程序作出: the proposed penalty is one the party may ask a hearing for
 * (《行政处罚法》第六十三条), or a hearing was asked for or held.
 */
function hearingTrigger(decision: ProposedDecision, largeAmount: HearingLargeAmount | null): TriggerResult {
  const party = PARTY_TYPE_LABELS[decision.partyType];
  const grounds: string[] = [];
  const kinds = decision.penaltyKinds.filter((kind) => HEARING_KINDS.includes(kind));
  if (kinds.length > 0) grounds.push(`拟${kinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、')}`);
  const amounts = AMOUNT_FIELDS.filter(({ field }) => decision[field] > 0);
  let unknown = '';
  if (largeAmount) {
    const line = PARTY_CLASS[decision.partyType] === 'citizen' ? largeAmount.citizenFen : largeAmount.organizationFen;
    for (const { field, what } of amounts) {
      if (decision[field] >= line) {
        grounds.push(
          `拟对${party}${what} ${formatFenAsYuan(decision[field])} 元，达到较大数额 ${formatThreshold(line)} 元（本单位设置，依据：${largeAmount.source}）`,
        );
      }
    }
  } else if (amounts.length > 0) {
    unknown =
      '；本单位尚未设置第六十三条所称“较大数额”，罚款、没收是否属于可以要求听证的情形未作判断，请在“设置”中填写';
  }
  if (grounds.length > 0) {
    const asked = decision.hearingHeld ? '，已举行听证' : decision.hearingRequested ? '，当事人已要求听证' : '';
    return {
      id: 4,
      holds: true,
      reason: `${grounds.join('；')}，属于应当告知当事人有要求听证权利的处罚（${HEARING_RULE}），须经听证程序作出决定${asked}`,
    };
  }
  if (decision.hearingHeld || decision.hearingRequested) {
    return {
      id: 4,
      holds: true,
      reason: decision.hearingHeld ? '本案已举行听证，决定经听证程序作出' : '当事人已要求听证，决定须经听证程序作出',
    };
  }
  return {
    id: 4,
    holds: false,
    reason: `拟作出的处罚不属于当事人可以要求听证的情形（${HEARING_RULE}），当事人也未要求听证${unknown}`,
  };
}

const DISCRETION_REASONS: Record<Discretion, { holds: boolean; reason: string }> = {
  heavier: { holds: true, reason: '拟从重处罚' },
  mitigated: { holds: true, reason: '拟减轻处罚' },
  waived: { holds: true, reason: '拟免于处罚' },
  lighter: { holds: false, reason: '拟从轻处罚，从轻不属于从重、减轻或免于处罚的情形' },
  standard: { holds: false, reason: '裁量情节为一般，不属于从重、减轻或免于处罚的情形' },
};

function judgementTrigger(key: JudgementKey, judgement: JudgementInput): TriggerResult {
  const id = JUDGEMENT_TRIGGER[key];
  const label = JUDGEMENT_LABELS[key];
  if (!judgement.holds) return { id, holds: false, reason: `承办人未认定${label}` };
  const stated = judgement.reason?.trim();
  return { id, holds: true, reason: stated ? `承办人认定${label}：${stated}` : `承办人认定${label}（尚未说明理由）` };
}

export function reviewTriggers(
  decision: ProposedDecision,
  profile: Pick<RuleProfile, 'thresholds'>,
  hearingLargeAmount: HearingLargeAmount | null = null,
): TriggerAssessment {
  const byId = new Map<TriggerId, TriggerResult>();
  for (const key of JUDGEMENT_KEYS) {
    const result = judgementTrigger(key, decision.judgements[key]);
    byId.set(result.id, result);
  }
  byId.set(4, hearingTrigger(decision, hearingLargeAmount));
  byId.set(6, moneyTrigger(decision, profile));
  byId.set(7, { id: 7, ...DISCRETION_REASONS[decision.discretion] });

  const triggers = TRIGGER_IDS.map((id) => {
    const result = byId.get(id);
    if (!result) throw new Error(`trigger ${id} was not assessed`);
    return result;
  });
  return { required: triggers.some((trigger) => trigger.holds), triggers };
}

/** Judgements the handler ticked without saying why; a case cannot be submitted with any. */
export function judgementsMissingReason(decision: Pick<ProposedDecision, 'judgements'>): JudgementKey[] {
  return JUDGEMENT_KEYS.filter((key) => {
    const judgement = decision.judgements[key];
    return judgement.holds && !judgement.reason?.trim();
  });
}
