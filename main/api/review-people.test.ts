// Who may change a round's reviewer and head (办理、审核相分离), and the two-person minimum for
// submission (执法人员不得少于两人).

import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { as, caseValues, reviewAll, setUpOffice, submit, type Office } from '../core/review/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

describe('changing the reviewer and head of a round', () => {
  it('is open to the handlers and a head before the reviewer starts, and to a head only afterwards', async () => {
    office = await setUpOffice();
    const { env } = office;
    const round = await submit(office);
    expect([...round.reassignableBy].sort()).toEqual([office.handler, office.handler2, office.head].sort());

    // Before the reviewer has started: the handler may name another reviewer, a stranger may not.
    const changed = await env.call('review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer2,
      headId: office.head,
    });
    expect(changed.reviewer?.id).toBe(office.reviewer2);
    await as(office, office.reviewer2);
    const self = await refusedUnchanged(env, 'review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer,
      headId: office.head,
    });
    expect(self.code).toBe('SEPARATION_OF_DUTIES');
    expect(self.message).toContain('是本轮法制审核员，不能自行更换本轮审核人员');
    await as(office, office.reviewer);
    const stranger = await refusedUnchanged(env, 'review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer,
      headId: office.head,
    });
    expect(stranger.code).toBe('NOT_YOUR_STEP');
    expect(stranger.message).toContain(
      '法制审核员开始审核前审核人员只能由本案承办人或法制审核机构负责人更换，当前使用人为陈静',
    );
    await as(office, office.handler2);
    await env.call('review.assign', { roundId: round.id, reviewerId: office.reviewer, headId: office.head });

    // The reviewer starts: from now on the handler no longer chooses who reviews the case.
    await reviewAll(office, round.id);
    const started = await env.call('review.round', { id: round.id });
    expect(started.reassignableBy).toEqual([office.head]);
    await as(office, office.handler);
    const handler = await refusedUnchanged(env, 'review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer2,
      headId: office.head,
    });
    expect(handler.code).toBe('SEPARATION_OF_DUTIES');
    expect(handler.message).toContain('法制审核员已开始审核第1轮，承办人不能再更换审核人员');
    expect((await env.call('review.round', { id: round.id })).reviewer?.id).toBe(office.reviewer);

    await as(office, office.head);
    const byHead = await env.call('review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer2,
      headId: office.head,
    });
    expect(byHead.reviewer?.id).toBe(office.reviewer2);
    const history = await env.call('cases.history', { id: office.caseId });
    expect(history[0]).toMatchObject({ actor: '孙明' });
  });

  it('is closed to the handler once a notice to supplement is out, and needs a person at the keyboard', async () => {
    office = await setUpOffice();
    const { env } = office;
    const round = await submit(office);
    env.signInAs(null);
    const nobody = await refusedUnchanged(env, 'review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer2,
      headId: office.head,
    });
    expect(nobody.code).toBe('NO_OPERATOR');

    await as(office, office.reviewer);
    await env.call('review.requestSupplement', {
      roundId: round.id,
      items: [{ materialKey: null, name: '现场测量记录', detail: '' }],
    });
    await as(office, office.handler);
    const refused = await refusedUnchanged(env, 'review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer2,
      headId: office.head,
    });
    expect(refused.code).toBe('SEPARATION_OF_DUTIES');
    // After the supplement the round is 'submitted' again, but the review has started.
    await env.call('review.supplement', { roundId: round.id, materials: [], note: '已补正。' });
    expect((await env.call('review.round', { id: round.id })).reassignableBy).toEqual([office.head]);
    expect(
      (await env.fail('review.assign', { roundId: round.id, reviewerId: office.reviewer2, headId: office.head })).code,
    ).toBe('SEPARATION_OF_DUTIES');
  });

  it('never lets a head name a handler of the case as reviewer', async () => {
    office = await setUpOffice();
    const { env } = office;
    // 周律师 holds both posts and handles this case.
    await env.call('cases.update', {
      ...(await caseValues(office)),
      handlerIds: [office.handler, office.handler2, office.reviewer2],
    });
    const round = await submit(office);
    await reviewAll(office, round.id);
    await as(office, office.head);
    const error = await refusedUnchanged(env, 'review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer2,
      headId: office.head,
    });
    expect(error).toMatchObject({ code: 'SEPARATION_OF_DUTIES', field: 'reviewerId' });
    expect(error.message).toContain('周律师');
  });
});

describe('the two-person minimum (执法人员不得少于两人)', () => {
  it('lets a case be registered with one handler but not submitted until a second is added', async () => {
    office = await setUpOffice();
    const { env } = office;
    const values = await caseValues(office);
    const saved = await env.call('cases.update', { ...values, handlerIds: [office.handler] });
    expect(saved.handlers).toHaveLength(1);

    await as(office, office.handler);
    const error = await refusedUnchanged(env, 'review.submit', {
      caseId: office.caseId,
      decisionDate: '2025-06-10',
      materials: [],
      reviewerId: office.reviewer,
      headId: office.head,
    });
    expect(error).toMatchObject({
      code: 'TOO_FEW_HANDLERS',
      message: '执法人员不得少于两人（《中华人民共和国行政处罚法》第四十二条）：请在案件中再添加一名承办人后送审',
    });

    await env.call('cases.update', { ...values, handlerIds: [office.handler, office.handler2] });
    const round = await submit(office);
    expect(round.certificateProblems).toEqual([]);
  });

  it('shows point 1 a round submitted with one handler (before the rule) as a problem', async () => {
    office = await setUpOffice();
    const round = await submit(office);
    // A round from before the rule: its frozen copy of the case names one handler.
    const db = openDatabase(`${office.env.dataDir}/fashen.db`);
    db.prepare("UPDATE review_rounds SET decision_json = json_remove(decision_json, '$.handlers[1]') WHERE id = ?").run(
      round.id,
    );
    db.close();
    const view = await office.env.call('review.round', { id: round.id });
    expect(view.certificateProblems[0]).toMatchObject({ kind: 'too-few-handlers', name: '承办人人数' });
    expect(view.certificateProblems[0]?.message).toContain('承办人少于两人（本案1人）');
  });
});
