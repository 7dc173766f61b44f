// Issue #13, a review that cannot contradict itself, end to end through the API: party types and
// their codes, trigger 4 from the proposed penalty, what a submission must carry, opinions the
// findings contradict, the signature chain and the 行政执法机关负责人's decision. Every refusal is
// checked to change nothing (refusedUnchanged).

import { afterEach, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../shared/domain/id-codes';
import {
  ALL_MATERIALS,
  as,
  caseValues,
  reviewAll,
  setUpOffice,
  signOff,
  submit,
  type Office,
} from '../core/review/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

const code = (first17: string) => first17 + creditCodeCheckChar(first17);
const INDIVIDUAL = code('92500102MA60AB12X');
const COMPANY = code('91500102MA5U7X3K2');

function env() {
  if (!office) throw new Error('no office');
  return { dataDir: office.env.dataDir, fail: office.env.fail };
}

describe('party types', () => {
  it('puts a 个体工商户 (92…) on the citizen line: 19,999.99 yuan triggers review (民法典第五十四条)', async () => {
    office = await setUpOffice();
    const values = await caseValues(office);
    const updated = await office.env.call('cases.update', {
      ...values,
      party: {
        type: 'individual-business',
        name: '青山镇某某火锅店',
        idCode: INDIVIDUAL,
        representative: '李某某',
        phone: '138 0000 5555',
      },
      fineFen: 1_999_999,
    });
    expect(updated.party).toMatchObject({
      type: 'individual-business',
      representative: '李某某',
      phone: '138 0000 5555',
    });
    const preview = await office.env.call('review.assessTriggers', { caseId: office.caseId, judgements: {} });
    expect(preview.triggers[5]).toMatchObject({ holds: true });
    expect(preview.triggers[5]?.reason).toContain('达到 2,000 元以上');
  });

  it('refuses a party type that contradicts its credit code, in Chinese, changing nothing', async () => {
    office = await setUpOffice();
    const values = await caseValues(office);
    const asBusiness = await refusedUnchanged(env(), 'cases.update', {
      ...values,
      party: { type: 'individual-business', name: '重庆某某建筑工程有限公司', idCode: COMPANY },
    });
    expect(asBusiness).toMatchObject({ code: 'VALIDATION' });
    expect(asBusiness.message).toContain('不是个体工商户的代码');
    const asCompany = await refusedUnchanged(env(), 'cases.update', {
      ...values,
      party: { type: 'legal-person', name: '青山镇某某火锅店', idCode: INDIVIDUAL },
    });
    expect(asCompany.message).toContain('以 92 开头，是个体工商户的代码');
    const badDigit = await refusedUnchanged(env(), 'cases.update', {
      ...values,
      party: {
        type: 'legal-person',
        name: '某公司',
        idCode: `${COMPANY.slice(0, 17)}${COMPANY.endsWith('0') ? '1' : '0'}`,
      },
    });
    expect(badDigit.message).toContain('末位校验码');
  });
});

describe('trigger 4 and what a submission carries', () => {
  it('holds trigger 4 for a proposed 吊销许可证件 without any box ticked, and waits for a hearing asked for', async () => {
    office = await setUpOffice();
    const values = await caseValues(office);
    await office.env.call('cases.update', { ...values, penaltyKinds: ['fine', 'revoke-license'] });
    const preview = await office.env.call('review.assessTriggers', { caseId: office.caseId, judgements: {} });
    expect(preview.triggers[3]).toMatchObject({ id: 4, holds: true });
    expect(preview.triggers[3]?.reason).toContain('拟吊销许可证件');
    expect(preview.triggers[3]?.reason).toContain('第六十三条');

    await office.env.call('cases.update', {
      ...values,
      penaltyKinds: ['fine', 'revoke-license'],
      hearingRequested: true,
    });
    const pending = await refusedUnchanged(env(), 'review.submit', {
      caseId: office.caseId,
      decisionDate: '2025-06-10',
      materials: ALL_MATERIALS,
      reviewerId: office.reviewer,
      headId: office.head,
    });
    expect(pending.code).toBe('HEARING_PENDING');
    await office.env.call('cases.update', {
      ...values,
      penaltyKinds: ['fine', 'revoke-license'],
      hearingRequested: true,
      hearingHeld: true,
    });
    const round = await submit(office);
    // Material 4 (听证笔录) follows the hearing.
    expect(round.missingMaterials).toEqual(['听证笔录/评估报告']);
  });

  it("uses the office's 较大数额 with its source for fines", async () => {
    office = await setUpOffice();
    const setting = await office.env.call('review.setHearingSetting', {
      largeAmount: { citizenFen: 200_000, organizationFen: 5_000_000, source: '本单位参照某省听证程序规定设定' },
    });
    expect(setting.largeAmount?.source).toBe('本单位参照某省听证程序规定设定');
    const preview = await office.env.call('review.assessTriggers', { caseId: office.caseId, judgements: {} });
    expect(preview.triggers[3]?.holds).toBe(true);
    expect(preview.triggers[3]?.reason).toContain('本单位参照某省听证程序规定设定');
  });

  it('names everything a submission lacks at once — legal basis, reviewer, materials — and writes nothing', async () => {
    office = await setUpOffice();
    const values = await caseValues(office);
    await office.env.call('cases.update', { ...values, legalBasis: '', fineFen: 123_456_789 });
    await as(office, office.handler);
    const error = await refusedUnchanged(env(), 'review.submit', {
      caseId: office.caseId,
      decisionDate: '2025-06-10',
      materials: ALL_MATERIALS.map((item) => ({ key: item.key, present: false, refs: '' })),
      reviewerId: null,
    });
    expect(error.code).toBe('SUBMISSION_INCOMPLETE');
    expect(error.message).toContain('法律依据');
    expect(error.message).toContain('法制审核员');
    expect(error.message).toContain('送审材料');
  });
});

describe('the signature chain', () => {
  it('refuses opinion 1 on a crime finding, changing nothing', async () => {
    office = await setUpOffice();
    const round = await submit(office);
    await reviewAll(office, round.id, { 9: 'crime-suspected' });
    for (const opinion of [1, 2, 3, 4]) {
      const error = await refusedUnchanged(env(), 'review.chooseOpinion', {
        roundId: round.id,
        opinion,
        reasons: '理由。',
        overrideReason: '另有考虑。',
        corrections: opinion === 2 ? '补正。' : '',
        ...(opinion === 4 ? { transferTargetKind: 'department' } : {}),
      });
      expect(error.code, String(opinion)).toBe('OPINION_CONTRADICTS_FINDINGS');
    }
    expect((await office.env.call('review.round', { id: round.id })).allowedOpinions).toEqual([5]);
  });

  it('has the 行政执法机关负责人 record the decision after both signatures; no one else, not before the review', async () => {
    office = await setUpOffice('2025-06-02T02:00:00.000Z');
    const round = await submit(office);
    await reviewAll(office, round.id);
    const signed = await signOff(office, round.id, 1);
    expect(signed).toMatchObject({
      reviewerSignedBy: '陈静',
      signedBy: '孙明',
      awaitsDecision: true,
      headDecision: null,
    });
    const decision = {
      roundId: round.id,
      agrees: true,
      decisionNumber: '青山综执罚决〔2025〕2号',
      decisionDate: '2025-06-02',
    };
    for (const person of [office.handler, office.reviewer, office.head]) {
      await as(office, person);
      const error = await refusedUnchanged(env(), 'review.recordDecision', decision);
      expect(['NOT_YOUR_STEP', 'SEPARATION_OF_DUTIES']).toContain(error.code);
    }
    await as(office, office.decider);
    const early = await refusedUnchanged(env(), 'review.recordDecision', { ...decision, decisionDate: '2025-06-01' });
    expect(early.code).toBe('DECISION_BEFORE_REVIEW');
    expect(early.message).toContain('决定日期（2025年6月1日）早于审核意见签署日期（2025年6月2日）');
    const noNumber = await refusedUnchanged(env(), 'review.recordDecision', { ...decision, decisionNumber: '' });
    expect(noNumber.field).toBe('decisionNumber');

    const recorded = await office.env.call('review.recordDecision', decision);
    expect(recorded.headDecision).toMatchObject({
      agrees: true,
      decisionNumber: '青山综执罚决〔2025〕2号',
      decisionDate: '2025-06-02',
      decidedBy: '张志强',
    });
    expect(recorded.awaitsDecision).toBe(false);
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('decided');
    const again = await refusedUnchanged(env(), 'review.recordDecision', decision);
    expect(again.code).toBe('ALREADY_DECIDED');
  });

  it('requires 集体讨论 for a complex case, and returns the case when the head does not agree', async () => {
    office = await setUpOffice();
    const round = await submit(office, {
      judgements: { complex: { holds: true, reason: '涉及规划、土地两个法律关系。' } },
    });
    await reviewAll(office, round.id);
    await signOff(office, round.id, 1);
    await as(office, office.decider);
    const alone = await refusedUnchanged(env(), 'review.recordDecision', {
      roundId: round.id,
      agrees: false,
      reason: '处罚幅度偏重。',
    });
    expect(alone.message).toContain('集体讨论');
    const one = await refusedUnchanged(env(), 'review.recordDecision', {
      roundId: round.id,
      agrees: false,
      reason: '处罚幅度偏重。',
      complexOrMajor: true,
      collectiveDate: '2025-06-02',
      collectiveParticipants: '张志强',
    });
    expect(one.field).toBe('collectiveParticipants');
    const declined = await office.env.call('review.recordDecision', {
      roundId: round.id,
      agrees: false,
      reason: '处罚幅度偏重。',
      complexOrMajor: true,
      collectiveDate: '2025-06-02',
      collectiveParticipants: '张志强、李副镇长、王副镇长',
    });
    expect(declined.headDecision).toMatchObject({
      agrees: false,
      collective: { participants: '张志强、李副镇长、王副镇长' },
    });
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('returned');
    expect((await office.env.call('review.state', { caseId: office.caseId })).canSubmit).toBe(true);
  });
});

describe('qualifications', () => {
  it('flags a reviewer without 法律职业资格 on the round, citing 第五十八条, without refusing', async () => {
    office = await setUpOffice();
    const newcomer = await office.env.call('staff.create', { name: '林新', roles: ['reviewer'] });
    const round = await submit(office, { reviewerId: newcomer.id });
    const flag = round.certificateProblems.find((problem) => problem.kind === 'no-legal-qualification');
    expect(flag?.message).toContain('第五十八条第二款');
    const veteran = await office.env.call('staff.create', {
      name: '老周',
      roles: ['reviewer'],
      reviewingSince: '2018-03-01',
    });
    const reassigned = await office.env.call('review.assign', {
      roundId: round.id,
      reviewerId: veteran.id,
      headId: office.head,
    });
    expect(reassigned.certificateProblems.some((problem) => problem.kind === 'no-legal-qualification')).toBe(false);
  });

  it('never lets an auxiliary person handle, review or decide', async () => {
    office = await setUpOffice();
    const error = await refusedUnchanged(env(), 'staff.create', {
      name: '辅警小李',
      roles: ['handler'],
      auxiliary: true,
    });
    expect(error.message).toContain('辅助人员');
    const clerk = await office.env.call('staff.create', { name: '辅助小王', roles: ['clerk'], auxiliary: true });
    expect(clerk.auxiliary).toBe(true);
  });
});
