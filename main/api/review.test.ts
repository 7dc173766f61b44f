import { afterEach, describe, expect, it } from 'vitest';
import {
  ALL_MATERIALS,
  as,
  caseValues,
  reviewAll,
  setUpOffice,
  submit,
  type Office,
} from '../core/review/testing/fixture';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

describe('submitting for review', () => {
  it('records the triggers with the rule wording, the materials and the people, and moves the case on', async () => {
    office = await setUpOffice();
    const round = await submit(office, {
      judgements: { majorRights: { holds: true, reason: '拟责令拆除，直接关系当事人的住房权益' } },
    });
    expect(round).toMatchObject({
      roundNo: 1,
      state: 'submitted',
      reviewer: { name: '陈静' },
      head: { name: '孙明' },
      missingMaterials: [],
    });
    expect(round.triggers.required).toBe(true);
    const six = round.triggers.triggers.find((trigger) => trigger.id === 6);
    expect(six).toMatchObject({
      holds: true,
      wording: expect.stringContaining('2000元以上罚款') as unknown,
      citation: '涪陵府办〔2024〕1号 二(四)',
    });
    expect(six?.reason).toContain('达到 2,000 元以上的审核标准');
    expect(round.triggers.triggers.find((trigger) => trigger.id === 3)?.reason).toContain('住房权益');
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('submitted');
    const history = await office.env.call('cases.history', { id: office.caseId });
    expect(history[0]).toMatchObject({
      actor: '王建国',
      summary: expect.stringContaining('送交法制审核（第1轮）：属于应当法制审核的情形（第3、6项）') as unknown,
    });
  });

  it('still lets the office submit a case no trigger covers, and says review is not mandatory', async () => {
    office = await setUpOffice();
    await office.env.call('cases.update', { ...(await caseValues(office)), fineFen: 199_999 });
    const round = await submit(office);
    expect(round.triggers.required).toBe(false);
    expect(round.triggers.triggers.find((trigger) => trigger.id === 6)?.reason).toContain(
      '未达到 2,000 元以上的审核标准',
    );
    const history = await office.env.call('cases.history', { id: office.caseId });
    expect(history[0]?.summary).toContain('不属于应当法制审核的情形，本单位决定送审');
  });

  it('refuses a ticked judgement without a reason, and a second submission of the same case', async () => {
    office = await setUpOffice();
    const error = await office.env.fail('review.submit', {
      caseId: office.caseId,
      decisionDate: '2025-06-10',
      materials: ALL_MATERIALS,
      judgements: { complex: { holds: true } },
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'judgements.complex.reason' });
    expect(error.message).toContain('请写明理由');
    await submit(office);
    expect(
      (
        await office.env.fail('review.submit', {
          caseId: office.caseId,
          decisionDate: '2025-06-10',
          materials: ALL_MATERIALS,
        })
      ).code,
    ).toBe('NOT_SUBMITTABLE');
  });
});

describe('separation of duties (办理、审核、决定相分离)', () => {
  it('refuses a handler of the case as its reviewer or head, and writes nothing', async () => {
    office = await setUpOffice();
    await office.env.call('cases.update', {
      ...(await caseValues(office)),
      handlerIds: [office.handler, office.reviewer2],
    });
    const error = await office.env.fail('review.submit', {
      caseId: office.caseId,
      decisionDate: '2025-06-10',
      materials: ALL_MATERIALS,
      reviewerId: office.reviewer2,
      headId: office.head,
    });
    expect(error.code).toBe('SEPARATION_OF_DUTIES');
    expect(error.message).toContain('违反办理、审核、决定相分离的原则');
    expect(error.message).toContain('承办人与法制审核员不能由同一人担任');
    expect(error.message).toContain('周律师');
    expect((await office.env.call('review.state', { caseId: office.caseId })).rounds).toEqual([]);
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('draft');
  });

  it('refuses one person as both reviewer and head, and a staff member without the post', async () => {
    office = await setUpOffice();
    const both = await office.env.call('staff.create', { name: '孙所长', roles: ['reviewer', 'review-head'] });
    const round = await submit(office, { headId: null });
    const same = await office.env.fail('review.assign', { roundId: round.id, reviewerId: both.id, headId: both.id });
    expect(same.code).toBe('SEPARATION_OF_DUTIES');
    expect(same.message).toContain('法制审核员与法制审核机构负责人不能由同一人担任');
    const wrongPost = await office.env.fail('review.assign', {
      roundId: round.id,
      reviewerId: office.reviewer,
      headId: office.handler,
    });
    expect(wrongPost).toMatchObject({ code: 'VALIDATION', field: 'headId' });
    expect(wrongPost.message).toContain('不是法制审核机构负责人岗位');
  });

  it('lets only the round reviewer review and only its head countersign', async () => {
    office = await setUpOffice();
    const round = await submit(office);
    await as(office, office.handler);
    const byHandler = await office.env.fail('review.acceptMaterials', { roundId: round.id });
    expect(byHandler.code).toBe('NOT_YOUR_STEP');
    expect(byHandler.message).toContain('须由本轮法制审核员陈静本人操作，当前使用人为王建国');
    await as(office, office.reviewer);
    const submitting = await office.env.fail('review.supplement', { roundId: round.id, materials: [] });
    expect(submitting.code).toBe('WRONG_STATE');
    await reviewAll(office, round.id);
    await office.env.call('review.chooseOpinion', { roundId: round.id, opinion: 1, reasons: '事实清楚，证据充分。' });
    await office.env.call('review.signOpinion', { roundId: round.id });
    const byReviewer = await office.env.fail('review.countersign', { roundId: round.id });
    expect(byReviewer.message).toContain('须由本轮法制审核机构负责人孙明本人操作');
  });
});

describe('the notice to supplement: once per round', () => {
  it('lists every missing item with a deadline in working days, and refuses a second notice', async () => {
    office = await setUpOffice('2025-06-02T02:00:00.000Z'); // 2 June 2025 is 端午节, a holiday
    const round = await submit(office, {
      materials: ALL_MATERIALS.map((item) =>
        item.key === 'evidence' || item.key === 'proposal' ? { ...item, present: false, refs: '' } : item,
      ),
    });
    expect(round.missingMaterials).toEqual(['决定建议或者意见及其情况说明', '相关证据资料']);
    await as(office, office.reviewer);
    const accept = await office.env.fail('review.acceptMaterials', { roundId: round.id });
    expect(accept.code).toBe('MATERIALS_INCOMPLETE');
    const partial = await office.env.fail('review.requestSupplement', {
      roundId: round.id,
      items: [{ materialKey: 'evidence', name: '相关证据资料' }],
    });
    expect(partial.code).toBe('NOTICE_INCOMPLETE');
    expect(partial.message).toContain('尚未列入：决定建议或者意见及其情况说明');
    const noticed = await office.env.call('review.requestSupplement', {
      roundId: round.id,
      items: [
        { materialKey: 'proposal', name: '决定建议或者意见及其情况说明' },
        { materialKey: 'evidence', name: '相关证据资料' },
        { materialKey: null, name: '现场测量记录', detail: '缺少测量人员和当事人签名' },
      ],
    });
    // Five working days after a holiday Monday: 3, 4, 5, 6 and 9 June.
    expect(noticed.notice).toMatchObject({
      issuedOn: '2025-06-02',
      workingDays: 5,
      deadline: '2025-06-09',
      status: { level: 'ok' },
    });
    expect(noticed.notice?.workingDaysSource).toContain('本单位设定');
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('supplement-requested');

    const again = await office.env.fail('review.requestSupplement', {
      roundId: round.id,
      items: [{ name: '询问笔录' }],
    });
    expect(again.code).toBe('NOTICE_ALREADY_ISSUED');
    expect(again.message).toContain('一次性告知');

    await as(office, office.handler);
    const supplemented = await office.env.call('review.supplement', {
      roundId: round.id,
      materials: [{ key: 'proposal', present: true, refs: '补正卷第 1–3 页' }],
      note: '证据另行补充',
    });
    expect(supplemented).toMatchObject({
      state: 'submitted',
      missingMaterials: ['相关证据资料'],
      notice: { status: { level: 'met' } },
    });
    await as(office, office.reviewer);
    expect(
      (
        await office.env.fail('review.requestSupplement', {
          roundId: round.id,
          items: [{ materialKey: 'evidence', name: '相关证据资料' }],
        })
      ).code,
    ).toBe('NOTICE_ALREADY_ISSUED');
    // Still incomplete after the one notice: the review goes on and point 3 records it.
    expect((await office.env.call('review.acceptMaterials', { roundId: round.id })).state).toBe('in-review');
    const history = await office.env.call('cases.history', { id: office.caseId });
    expect(history[0]?.summary).toContain('补正后仍缺少：相关证据资料');
  });

  it('shows the deadline on the home page: calm, then amber when near, red when past', async () => {
    office = await setUpOffice('2025-06-02T02:00:00.000Z');
    const round = await submit(office, {
      materials: ALL_MATERIALS.map((item) => (item.key === 'evidence' ? { ...item, present: false, refs: '' } : item)),
    });
    await as(office, office.reviewer);
    await office.env.call('review.requestSupplement', {
      roundId: round.id,
      items: [{ materialKey: 'evidence', name: '相关证据资料' }],
    });
    const itemAt = async (now: string) => {
      office?.env.setNow(now);
      const items = await office!.env.call('home.attention', {});
      return items.find((item) => item.kind === 'review-supplement');
    };
    expect(await itemAt('2025-06-03T02:00:00.000Z')).toMatchObject({
      level: 'info',
      detail: expect.stringContaining('还剩 4 个工作日') as unknown,
    });
    expect(await itemAt('2025-06-05T02:00:00.000Z')).toMatchObject({
      level: 'warning',
      detail: expect.stringContaining('还剩 2 个工作日') as unknown,
    });
    expect(await itemAt('2025-06-09T02:00:00.000Z')).toMatchObject({
      level: 'warning',
      detail: expect.stringContaining('今天是补正期限的最后一天') as unknown,
    });
    expect(await itemAt('2025-06-10T02:00:00.000Z')).toMatchObject({
      level: 'danger',
      detail: expect.stringContaining('已超过补正期限 1 个工作日') as unknown,
    });
  });

  it('lines the deadline up with other kinds by when each falls due, not by where it comes from', async () => {
    office = await setUpOffice('2025-06-02T02:00:00.000Z');
    const round = await submit(office, {
      materials: ALL_MATERIALS.map((item) => (item.key === 'evidence' ? { ...item, present: false, refs: '' } : item)),
    });
    await as(office, office.reviewer);
    await office.env.call('review.requestSupplement', {
      roundId: round.id,
      items: [{ materialKey: 'evidence', name: '相关证据资料' }],
    });
    // All amber on 5 June: the supplement is due on 9 June, the certificate runs out on 20 June, and
    // the office details (never set in this fixture) have no date, so they come last.
    await office.env.call('staff.create', {
      name: '周岚',
      roles: ['handler'],
      certificateNo: '50010200199',
      certValidFrom: '2022-06-21',
      certValidTo: '2025-06-20',
    });
    office.env.setNow('2025-06-05T02:00:00.000Z');
    const amber = (await office.env.call('home.attention', {})).filter((item) => item.level === 'warning');
    expect(amber.map((item) => item.kind)).toEqual(['review-supplement', 'certificate', 'setup']);
    expect(amber.map((item) => item.dueAt)).toEqual(['2025-06-09T16:00:00.000Z', '2025-06-20T16:00:00.000Z', null]);
  });

  it('refuses to guess a deadline in a year the calendar does not know, and writes nothing', async () => {
    office = await setUpOffice('2027-03-01T02:00:00.000Z');
    const round = await submit(office, {
      decisionDate: '2027-03-10',
      materials: ALL_MATERIALS.map((item) => (item.key === 'evidence' ? { ...item, present: false, refs: '' } : item)),
    });
    await as(office, office.reviewer);
    const error = await office.env.fail('review.requestSupplement', {
      roundId: round.id,
      items: [{ materialKey: 'evidence', name: '相关证据资料' }],
    });
    expect(error.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(error.message).toContain('2027 年');
    expect((await office.env.call('review.round', { id: round.id })).notice).toBeNull();
  });
});
