import { afterEach, describe, expect, it } from 'vitest';
import { seedCase, seedOrgs, seedStaff, transferInput, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';
import { refusedUnchanged } from './testing/db-fingerprint';

// 管辖争议 (衢政办发〔2022〕16号 第六条–第九条): an escalated transfer opens the dispute in its own
// transaction; the written request (第七条) needs the focus and both sides' views; the coordinating
// body is the profile's; no step dated before what it answers; the 申请书 is issued from the record.

let env: Env | undefined;
afterEach(() => env?.backend.close());

const MONDAY_NOON = '2025-09-15T04:00:00.000Z';

const REQUEST = {
  requestedOn: '2025-09-15',
  negotiation: '9月15日与区城市管理局电话协商，未能达成一致。',
  focus: '人行道占道经营的处罚权是否已划转乡镇。',
  ourView: '该事项未列入赋权清单，应由区城市管理局管辖。',
  ourBasis: '本区乡镇赋权事项清单。',
  theirView: '该事项已下放乡镇。',
};

describe('管辖争议 register', () => {
  it('is opened by an escalated transfer, takes the written request, and issues the 申请书', async () => {
    env = testBackend(MONDAY_NOON);
    await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山' });
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler, staff.handler2], '2025-09-15');
    const created = await env.call('transfers.out.create', transferInput(record.id, orgs.cityAdmin));
    await env.call('transfers.out.send', { id: created.id, sentOn: '2025-09-15', sentTime: '09:00', method: 'mail' });
    await env.call('transfers.out.recordReceipt', {
      id: created.id,
      receivedOn: '2025-09-15',
      receivedTime: '09:30',
      signedBy: '钱某',
    });
    await env.call('transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
      reason: '认为属于乡镇管辖。',
    });
    expect(await env.call('disputes.list', { scope: 'all' })).toEqual([]);
    await env.call('transfers.out.escalate', {
      id: created.id,
      governmentOrgId: orgs.government,
      escalatedOn: '2025-09-15',
      note: '请求确定管辖。',
    });
    const [opened] = await env.call('disputes.list', { scope: 'open' });
    expect(opened).toMatchObject({
      state: 'negotiating',
      counterpart: { name: '区城市管理局' },
      body: { name: '区人民政府' },
    });
    const view = await env.call('disputes.get', { id: opened!.id });
    expect(view.transfer).toMatchObject({ kind: 'out', id: created.id });
    expect(view.linkedCase?.id).toBe(record.id);
    expect(view.route.bodies).toEqual(['区人民政府']);
    expect(view.deadline?.rule).toContain('本单位设定');
    const home = await env.call('home.attention', {});
    expect(
      home.some((item) => item.link === `/registers/disputes/${opened!.id}` && item.detail.includes('本单位设定')),
    ).toBe(true);
    const links = await env.call('registers.forCase', { caseId: record.id });
    expect(links.map((link) => link.register)).toEqual(['disputes']);

    const noFocus = await refusedUnchanged(env, 'disputes.request', {
      id: opened!.id,
      bodyOrgId: orgs.government,
      ...REQUEST,
      focus: '',
    });
    expect(noFocus.message).toContain('争议焦点');
    const noTheirView = await refusedUnchanged(env, 'disputes.request', {
      id: opened!.id,
      bodyOrgId: orgs.government,
      ...REQUEST,
      theirView: '  ',
    });
    expect(noTheirView.message).toContain('对方观点');
    const wrongBody = await refusedUnchanged(env, 'disputes.request', {
      id: opened!.id,
      bodyOrgId: orgs.environment,
      ...REQUEST,
    });
    expect(wrongBody.message).toContain('不是可以提请协调管辖争议的机关');
    expect((await env.fail('documents.issue', { kind: 'dispute-request', id: opened!.id })).message).toContain(
      '请先登记书面提请协调的内容',
    );

    const requested = await env.call('disputes.request', { id: opened!.id, bodyOrgId: orgs.government, ...REQUEST });
    expect(requested).toMatchObject({ state: 'requested', deadline: null, actions: ['opinion', 'decision'] });
    const paper = await env.call('documents.issue', { kind: 'dispute-request', id: opened!.id });
    expect(paper.docNumber).toBe('青山争〔2025〕1号');
    const text = (await env.call('documents.preview', { id: paper.id })).html.replace(/<[^>]+>/g, '');
    expect(text).toContain('区人民政府：');
    expect(text).toContain('争议焦点');
    expect(text).toContain('人行道占道经营的处罚权是否已划转乡镇。');
    expect(text).toContain('涪陵府办〔2024〕1号');

    const decided = await env.call('disputes.step', {
      id: opened!.id,
      step: 'decision',
      onDate: '2025-09-15',
      agreed: true,
      body: '区人民政府',
      text: '由区城市管理局管辖。',
    });
    expect(decided).toMatchObject({ state: 'closed', closedOn: '2025-09-15', actions: [] });
    expect(decided.history).toHaveLength(3);
  });

  it('goes from the opinion to the 会商 and refuses steps out of order or dated too early', async () => {
    env = testBackend(MONDAY_NOON);
    const orgs = await seedOrgs(env);
    await seedStaff(env);
    const created = await env.call('disputes.create', {
      counterpartOrgId: orgs.cityAdmin,
      matter: '人行道占道经营的管辖',
      openedOn: '2025-09-10',
    });
    expect(created.actions).toEqual(['request', 'settled']);
    const tooSoon = await refusedUnchanged(env, 'disputes.step', {
      id: created.id,
      step: 'opinion',
      onDate: '2025-09-12',
      agreed: true,
      text: '协调意见',
    });
    expect(tooSoon.message).toContain('尚未书面提请协调');
    await env.call('disputes.request', {
      id: created.id,
      bodyOrgId: orgs.government,
      ...REQUEST,
      requestedOn: '2025-09-11',
    });
    const early = await refusedUnchanged(env, 'disputes.step', {
      id: created.id,
      step: 'opinion',
      onDate: '2025-09-10',
      agreed: false,
      text: '未达成一致',
    });
    expect(early.message).toBe('协调意见的日期（2025年9月10日）早于书面提请协调的日期（2025年9月11日），请核对。');
    const opinion = await env.call('disputes.step', {
      id: created.id,
      step: 'opinion',
      onDate: '2025-09-12',
      agreed: false,
      text: '双方未达成一致。',
    });
    expect(opinion).toMatchObject({ state: 'consulting', actions: ['consultation', 'decision'] });
    const consulted = await env.call('disputes.step', {
      id: created.id,
      step: 'consultation',
      onDate: '2025-09-15',
      agreed: true,
      text: '会商意见：由区城市管理局管辖，双方认同。',
    });
    expect(consulted.state).toBe('closed');
    const closed = await refusedUnchanged(env, 'disputes.step', {
      id: created.id,
      step: 'decision',
      onDate: '2025-09-15',
      agreed: true,
      text: '决定',
    });
    expect(closed.message).toContain('该争议已于2025年9月15日解决');
  });
});
