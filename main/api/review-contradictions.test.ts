// Contradictory review input is refused, naming the conflict, and changes nothing: a material
// stated twice, an item listed twice in the notice to supplement, and opinion fields the chosen
// opinion does not use (they used to be dropped, or kept where nothing reads them).

import { afterEach, describe, expect, it } from 'vitest';
import { ALL_MATERIALS, as, reviewAll, setUpOffice, submit, type Office } from '../core/review/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

const WITHOUT_EVIDENCE = ALL_MATERIALS.map((item) =>
  item.key === 'evidence' ? { key: 'evidence', present: false, refs: '' } : item,
);

describe('a material or a missing item listed twice', () => {
  it('refuses a submission stating the same material twice (present, then absent)', async () => {
    office = await setUpOffice();
    const input = {
      caseId: office.caseId,
      decisionDate: '2025-06-10',
      materials: [...ALL_MATERIALS, { key: 'evidence', present: false, refs: '' }],
      reviewerId: office.reviewer,
      headId: office.head,
    };
    const error = await refusedUnchanged(office.env, 'review.submit', input);
    expect(error).toMatchObject({ code: 'DUPLICATE', field: 'materials' });
    expect(error.message).toContain('材料“相关证据资料”重复列出');
    expect((await office.env.call('review.state', { caseId: office.caseId })).rounds).toEqual([]);
    // Stated once, the same submission goes through.
    expect((await office.env.call('review.submit', { ...input, materials: ALL_MATERIALS })).state).toBe('submitted');
  });

  it('refuses a notice listing the same missing item twice, and a supplement stating a material twice', async () => {
    office = await setUpOffice('2025-06-02T02:00:00.000Z');
    const round = await submit(office, { materials: WITHOUT_EVIDENCE });
    await as(office, office.reviewer);
    const evidence = { materialKey: 'evidence', name: '相关证据资料', detail: '未提交现场照片' };

    const sameKey = await refusedUnchanged(office.env, 'review.requestSupplement', {
      roundId: round.id,
      items: [evidence, { ...evidence, name: '证据材料' }],
    });
    expect(sameKey).toMatchObject({ code: 'DUPLICATE', field: 'items' });
    expect(sameKey.message).toContain('需补正的材料“相关证据资料”重复列出');
    const sameName = await refusedUnchanged(office.env, 'review.requestSupplement', {
      roundId: round.id,
      items: [
        evidence,
        { materialKey: null, name: '现场测量记录' },
        { materialKey: null, name: '现场测量记录', detail: '另一处' },
      ],
    });
    expect(sameName.message).toContain('需补正的材料“现场测量记录”重复列出');
    expect((await office.env.call('review.round', { id: round.id })).notice).toBeNull();

    await office.env.call('review.requestSupplement', {
      roundId: round.id,
      items: [evidence, { materialKey: null, name: '现场测量记录' }],
    });
    await as(office, office.handler);
    const twice = await refusedUnchanged(office.env, 'review.supplement', {
      roundId: round.id,
      materials: [
        { key: 'evidence', present: true, refs: '卷宗第 10–48 页' },
        { key: 'evidence', present: false },
      ],
    });
    expect(twice).toMatchObject({ code: 'DUPLICATE', field: 'materials' });
    expect(twice.message).toContain('材料“相关证据资料”重复列出');
    expect((await office.env.call('review.round', { id: round.id })).state).toBe('supplement-requested');
  });
});

describe('opinion fields the chosen opinion does not use', () => {
  async function roundInReview() {
    office = await setUpOffice();
    const police = await office.env.call('orgs.create', { name: '区公安分局', kind: 'public-security' });
    const round = await submit(office);
    await reviewAll(office, round.id);
    return { round, police: police.id, env: office.env };
  }

  it('refuses a transfer target with an opinion other than 4 or 5 instead of discarding it', async () => {
    const { round, police, env } = await roundInReview();
    const base = { roundId: round.id, opinion: 1, reasons: '事实清楚，证据充分。' };
    const kind = await refusedUnchanged(env, 'review.chooseOpinion', {
      ...base,
      transferTargetKind: 'public-security',
      transferTargetOrgId: police,
    });
    expect(kind).toMatchObject({ code: 'VALIDATION', field: 'transferTargetKind' });
    expect(kind.message).toContain('只有意见为移送（意见4或5）的，才选择移送机关类别');
    const org = await refusedUnchanged(env, 'review.chooseOpinion', { ...base, transferTargetOrgId: police });
    expect(org).toMatchObject({ code: 'VALIDATION', field: 'transferTargetOrgId' });
    expect((await env.call('review.round', { id: round.id })).chosenOpinion).toBeNull();
  });

  it('refuses corrections outside opinion 2, and a reason to depart when the suggested opinion is chosen', async () => {
    const { round, env } = await roundInReview();
    const base = { roundId: round.id, opinion: 1, reasons: '事实清楚，证据充分。' };
    const corrections = await refusedUnchanged(env, 'review.chooseOpinion', {
      ...base,
      corrections: '补充现场测量记录。',
    });
    expect(corrections).toMatchObject({ code: 'VALIDATION', field: 'corrections' });
    expect(corrections.message).toContain('意见2');
    const reason = await refusedUnchanged(env, 'review.chooseOpinion', { ...base, overrideReason: '另有考虑。' });
    expect(reason).toMatchObject({ code: 'VALIDATION', field: 'overrideReason' });
    expect(reason.message).toContain('就是根据九项审核结论建议的意见');
    expect((await env.call('review.round', { id: round.id })).chosenOpinion).toBeNull();

    const chosen = await env.call('review.chooseOpinion', base);
    expect(chosen).toMatchObject({ chosenOpinion: 1, overrideReason: '', corrections: '', transferTarget: null });
    // Departing from what nine passes call for is refused whatever the reason (issue #13): the
    // reviewer who sees a defect records it on its point instead.
    const departed = await refusedUnchanged(env, 'review.chooseOpinion', {
      ...base,
      opinion: 2,
      corrections: '补充现场测量记录。',
      overrideReason: '现场测量记录缺页。',
    });
    expect(departed.code).toBe('OPINION_CONTRADICTS_FINDINGS');
  });
});
