import { describe, expect, it } from 'vitest';
import type { PartyType } from '../../../shared/domain/case';
import { AppError } from '../../../shared/errors';
import { getBuiltinProfile } from '../profiles/builtin';
import { judgementsMissingReason, reviewTriggers } from './triggers';
import type { ProposedDecision } from './triggers';

const fuling = getBuiltinProfile('fuling');

function decision(overrides: Partial<ProposedDecision> = {}): ProposedDecision {
  return {
    partyType: 'citizen',
    fineFen: 0,
    illegalGainsFen: 0,
    illegalPropertyFen: 0,
    penaltyKinds: [],
    hearingRequested: false,
    hearingHeld: false,
    discretion: 'standard',
    judgements: {
      publicInterest: { holds: false },
      socialRisk: { holds: false },
      majorRights: { holds: false },
      complex: { holds: false },
      otherRule: { holds: false },
    },
    ...overrides,
  };
}

function trigger(d: ProposedDecision, id: number) {
  const found = reviewTriggers(d, fuling).triggers.find((t) => t.id === id);
  if (!found) throw new Error(`no trigger ${id}`);
  return found;
}

const holding = (d: ProposedDecision) =>
  reviewTriggers(d, fuling)
    .triggers.filter((t) => t.holds)
    .map((t) => t.id);

describe('reviewTriggers', () => {
  it('reports all eight triggers in order, none holding for an ordinary small decision', () => {
    const result = reviewTriggers(decision({ fineFen: 50_000 }), fuling);
    expect(result.triggers.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.required).toBe(false);
    expect(result.triggers.every((t) => t.reason.length > 0)).toBe(true);
  });

  it('a citizen fine of 2,000 yuan is over the line, quoting amount and threshold', () => {
    expect(trigger(decision({ fineFen: 200_000 }), 6)).toEqual({
      id: 6,
      holds: true,
      reason: '拟对公民罚款 2,000.00 元，达到 2,000 元以上的审核标准',
    });
    expect(reviewTriggers(decision({ fineFen: 200_000 }), fuling).required).toBe(true);
  });

  it('a citizen fine of 1,999.99 yuan is not', () => {
    expect(trigger(decision({ fineFen: 199_999 }), 6)).toEqual({
      id: 6,
      holds: false,
      reason: '拟对公民罚款 1,999.99 元，未达到 2,000 元以上的审核标准',
    });
  });

  const cases: Array<[PartyType, 'fineFen' | 'illegalGainsFen' | 'illegalPropertyFen', number]> = [];
  for (const field of ['fineFen', 'illegalGainsFen', 'illegalPropertyFen'] as const) {
    cases.push(
      ['citizen', field, 200_000],
      ['individual-business', field, 200_000],
      ['legal-person', field, 2_000_000],
      ['other-org', field, 2_000_000],
    );
  }
  it.each(cases)('%s %s: triggers at %i fen and above, not one fen below', (partyType, field, line) => {
    expect(trigger(decision({ partyType, [field]: line - 1 }), 6).holds).toBe(false);
    expect(trigger(decision({ partyType, [field]: line }), 6).holds).toBe(true);
    expect(trigger(decision({ partyType, [field]: line + 1 }), 6).holds).toBe(true);
  });

  it('an organisation is measured against 20,000 yuan, not the citizen line', () => {
    const t = trigger(decision({ partyType: 'legal-person', fineFen: 1_000_000 }), 6);
    expect(t).toMatchObject({
      holds: false,
      reason: '拟对法人罚款 10,000.00 元，未达到 20,000 元以上的审核标准',
    });
  });

  it('weighs confiscated gains and property each on its own, never summed', () => {
    const t = trigger(decision({ illegalGainsFen: 150_000, illegalPropertyFen: 150_000 }), 6);
    expect(t.holds).toBe(false);
    expect(t.reason).toBe(
      '拟对公民没收违法所得 1,500.00 元，未达到 2,000 元以上的审核标准；拟对公民没收非法财物价值 1,500.00 元，未达到 2,000 元以上的审核标准',
    );
    expect(trigger(decision({ fineFen: 199_999, illegalGainsFen: 199_999 }), 6).holds).toBe(false);
  });

  it('names only the amounts that reach the line when the trigger holds', () => {
    const t = trigger(decision({ fineFen: 100_000, illegalPropertyFen: 300_000 }), 6);
    expect(t).toMatchObject({
      holds: true,
      reason: '拟对公民没收非法财物价值 3,000.00 元，达到 2,000 元以上的审核标准',
    });
  });

  it('says so when no money penalty is proposed', () => {
    expect(trigger(decision(), 6).reason).toBe('未拟对公民处以罚款，也未拟没收违法所得或非法财物');
  });

  it('takes the thresholds from the profile', () => {
    const strict = getBuiltinProfile('fuling');
    strict.thresholds.fine.citizen.value = 100_000;
    strict.thresholds.confiscation.organization.value = 500_050;
    const low = reviewTriggers(decision({ fineFen: 100_000 }), strict).triggers[5];
    expect(low).toMatchObject({ holds: true, reason: '拟对公民罚款 1,000.00 元，达到 1,000 元以上的审核标准' });
    const odd = reviewTriggers(decision({ partyType: 'legal-person', illegalGainsFen: 500_049 }), strict).triggers[5];
    expect(odd?.reason).toBe('拟对法人没收违法所得 5,000.49 元，未达到 5,000.50 元以上的审核标准');
  });

  it('trigger 7 holds for heavier, mitigated and waived, not for lighter or standard', () => {
    expect(trigger(decision({ discretion: 'heavier' }), 7)).toEqual({ id: 7, holds: true, reason: '拟从重处罚' });
    expect(trigger(decision({ discretion: 'mitigated' }), 7).holds).toBe(true);
    expect(trigger(decision({ discretion: 'waived' }), 7).holds).toBe(true);
    expect(trigger(decision({ discretion: 'lighter' }), 7)).toEqual({
      id: 7,
      holds: false,
      reason: '拟从轻处罚，从轻不属于从重、减轻或免于处罚的情形',
    });
    expect(trigger(decision({ discretion: 'standard' }), 7).holds).toBe(false);
    expect(reviewTriggers(decision({ discretion: 'lighter' }), fuling).required).toBe(false);
  });

  it('a 个体工商户 is a natural person: 19,999.99 yuan is over the citizen line (民法典第五十四条)', () => {
    const t = trigger(decision({ partyType: 'individual-business', fineFen: 1_999_999 }), 6);
    expect(t).toMatchObject({ holds: true, reason: '拟对个体工商户罚款 19,999.99 元，达到 2,000 元以上的审核标准' });
    expect(trigger(decision({ partyType: 'legal-person', fineFen: 1_999_999 }), 6).holds).toBe(false);
  });

  it('trigger 4 holds when a hearing was asked for or held', () => {
    expect(holding(decision({ hearingRequested: true }))).toEqual([4]);
    expect(holding(decision({ hearingHeld: true, fineFen: 200_000 }))).toEqual([4, 6]);
  });

  it.each(['lower-qualification', 'revoke-license', 'order-suspension', 'order-closure', 'restrict-practice'] as const)(
    'trigger 4 holds for %s without any box ticked (《行政处罚法》第六十三条)',
    (kind) => {
      const t = trigger(decision({ penaltyKinds: [kind] }), 4);
      expect(t.holds).toBe(true);
      expect(t.reason).toContain('第六十三条');
    },
  );

  it('trigger 4 does not hold for a warning or an amount with no 较大数额 set, and says the amount is not judged', () => {
    expect(trigger(decision({ penaltyKinds: ['warning'] }), 4).holds).toBe(false);
    const fine = trigger(decision({ penaltyKinds: ['fine'], fineFen: 10_000_000 }), 4);
    expect(fine.holds).toBe(false);
    expect(fine.reason).toContain('尚未设置');
  });

  it("trigger 4 weighs fines against the office's 较大数额 by money line, and cites its source", () => {
    const large = { citizenFen: 500_000, organizationFen: 5_000_000, source: '某省行政处罚听证程序规定第五条' };
    const at = (partyType: PartyType, fineFen: number) =>
      reviewTriggers(decision({ partyType, penaltyKinds: ['fine'], fineFen }), fuling, large).triggers[3];
    expect(at('citizen', 499_999)?.holds).toBe(false);
    expect(at('individual-business', 500_000)?.holds).toBe(true);
    expect(at('individual-business', 500_000)?.reason).toContain('某省行政处罚听证程序规定第五条');
    expect(at('legal-person', 4_999_999)?.holds).toBe(false);
    expect(at('other-org', 5_000_000)?.holds).toBe(true);
  });

  it('maps each judgement to its trigger and quotes the stated reason', () => {
    const d = decision({
      judgements: {
        publicInterest: { holds: true, reason: '涉及饮用水源保护' },
        socialRisk: { holds: false },
        majorRights: { holds: true },
        complex: { holds: true, reason: ' 涉及三个法律关系 ' },
        otherRule: { holds: true, reason: '列入本单位法制审核目录清单' },
      },
    });
    expect(holding(d)).toEqual([1, 3, 5, 8]);
    expect(trigger(d, 1).reason).toBe('承办人认定涉及重大国家利益和公共利益：涉及饮用水源保护');
    expect(trigger(d, 3).reason).toBe('承办人认定直接关系当事人或他人重大权益（尚未说明理由）');
    expect(trigger(d, 5).reason).toBe('承办人认定案件情况疑难复杂，涉及多个法律关系：涉及三个法律关系');
    expect(trigger(d, 2)).toMatchObject({ holds: false });
    expect(judgementsMissingReason(d)).toEqual(['majorRights']);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 60])('refuses the amount %s', (bad) => {
    expect(() => reviewTriggers(decision({ illegalGainsFen: bad }), fuling)).toThrow(AppError);
    try {
      reviewTriggers(decision({ illegalGainsFen: bad }), fuling);
    } catch (error) {
      expect((error as AppError).code).toBe('INVALID_AMOUNT');
      expect((error as AppError).message).toBe('没收违法所得金额应为不小于零的整数（以分计）。');
    }
  });
});
