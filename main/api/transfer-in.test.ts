import { afterEach, describe, expect, it } from 'vitest';
import { seedCase, seedOrgs, seedStaff, transferInput, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

// Monday 15 September 2025, 14:00 office time.
const MONDAY_1400 = '2025-09-15T06:00:00.000Z';

function register(e: Env, fromOrgId: number, cause = '擅自占用林地') {
  return e.call('transfers.in.register', {
    fromOrgId,
    letterNumber: '白石移〔2025〕7号',
    cause,
    partyName: '孙某',
    summary: '当事人在青山镇松林村林地内修建简易房屋，发现地属青山镇辖区。',
    materials: '移送函 1 份；现场检查笔录 1 份；照片 12 张',
    receivedOn: '2025-09-15',
    receivedTime: '10:00',
  });
}

async function inAttention(e: Env) {
  return (await e.call('home.attention', {})).filter((item) => item.kind.startsWith('transfer-in'));
}

describe('a transfer we receive', () => {
  it('is registered, acknowledged with a receipt, answered within the deadline and becomes our case', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const registered = await register(env, orgs.township);
    expect(registered).toMatchObject({
      state: 'registered',
      actions: ['acknowledge'],
      profile: { id: 'fuling' },
      answerRule: '涪陵府办〔2024〕1号 二(三)：5个工作日内书面告知受理情况',
    });
    expect(registered.deadline).toMatchObject({ level: 'info', dueDate: '2025-09-22' });
    expect((await inAttention(env))[0]?.detail).toContain('待出具送达回证并答复');

    const early = await env.fail('transfers.in.answer', {
      id: registered.id,
      outcome: 'accepted',
      answeredOn: '2025-09-15',
    });
    expect(early.code).toBe('TRANSFER_STATE');
    const beforeArrival = await env.fail('transfers.in.acknowledge', {
      id: registered.id,
      signedById: staff.clerk,
      signedOn: '2025-09-15',
      signedTime: '09:00',
    });
    expect(beforeArrival).toMatchObject({ code: 'VALIDATION', field: 'signedOn' });
    const acknowledged = await env.call('transfers.in.acknowledge', {
      id: registered.id,
      signedById: staff.clerk,
      signedOn: '2025-09-15',
      signedTime: '10:05',
    });
    expect(acknowledged).toMatchObject({ state: 'acknowledged', receipt: { signedBy: '赵敏' }, actions: ['answer'] });

    env.setNow('2025-09-22T02:00:00.000Z');
    expect((await inAttention(env))[0]).toMatchObject({ level: 'warning' });
    env.setNow('2025-09-23T02:00:00.000Z');
    expect((await inAttention(env))[0]).toMatchObject({ level: 'danger' });

    const ours = await seedCase(env, [staff.handler, staff.handler2], '2025-09-12');
    const accepted = await env.call('transfers.in.answer', {
      id: registered.id,
      outcome: 'accepted',
      answeredOn: '2025-09-19',
      caseId: ours.id,
    });
    expect(accepted).toMatchObject({ state: 'accepted', linkedCase: { id: ours.id }, deadline: null, actions: [] });
    expect(await inAttention(env)).toEqual([]);
    expect((await env.call('cases.history', { id: ours.id }))[0]?.summary).toContain('受理白石镇人民政府移送的案件');

    // A case we received is not sent on; if it is not ours, the government decides.
    const onward = await env.fail('transfers.out.create', transferInput(ours.id, orgs.cityAdmin));
    expect(onward.code).toBe('TRANSFER_NO_RETRANSFER');
    expect(onward.message).toContain('本案系白石镇人民政府移送至本单位的案件');
  });

  it('is refused with a reason (under 周村, whose rules allow it), or escalated to the government and then decided', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    // 周政办字〔2018〕18号 二(四)3: 不予受理的，应当书面告知移送部门并说明理由. (涪陵 forbids it: criminal-transfer.test.ts.)
    await env.call('profiles.setDefault', { id: 'zhoucun' });

    const first = await register(env, orgs.cityAdmin, '噪声扰民');
    await env.call('transfers.in.acknowledge', {
      id: first.id,
      signedById: staff.clerk,
      signedOn: '2025-09-15',
      signedTime: '10:30',
    });
    expect(
      (await env.fail('transfers.in.answer', { id: first.id, outcome: 'refused', answeredOn: '2025-09-15' })).field,
    ).toBe('reason');
    const refused = await env.call('transfers.in.answer', {
      id: first.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
      reason: '该行为属于生态环境部门的执法事项。',
    });
    expect(refused).toMatchObject({ state: 'refused', actions: [], answer: { outcome: 'refused' } });

    const second = await register(env, orgs.township);
    await env.call('transfers.in.acknowledge', {
      id: second.id,
      signedById: staff.clerk,
      signedOn: '2025-09-15',
      signedTime: '10:30',
    });
    expect(
      (
        await env.fail('transfers.in.answer', {
          id: second.id,
          outcome: 'escalated',
          answeredOn: '2025-09-15',
          reason: '管辖有争议。',
        })
      ).field,
    ).toBe('governmentOrgId');
    const notGovernment = await env.fail('transfers.in.answer', {
      id: second.id,
      outcome: 'escalated',
      answeredOn: '2025-09-15',
      reason: '管辖有争议。',
      // 周村 reports a dispute to 区编办/区政府法制办 or the 区政府 — never to the police.
      governmentOrgId: orgs.police,
    });
    expect(notGovernment.field).toBe('governmentOrgId');
    expect(notGovernment.message).toContain('区编办、区政府法制办');
    const escalated = await env.call('transfers.in.answer', {
      id: second.id,
      outcome: 'escalated',
      answeredOn: '2025-09-15',
      reason: '管辖有争议。',
      governmentOrgId: orgs.government,
    });
    expect(escalated).toMatchObject({
      state: 'escalated',
      escalatedTo: { name: '区人民政府' },
      actions: ['decide'],
      deadline: null,
    });
    expect((await inAttention(env)).map((item) => item.level)).toEqual(['info']);

    const decided = await env.call('transfers.in.recordDecision', {
      id: second.id,
      decidedOn: '2025-09-15',
      decision: 'ours',
      note: '区政府决定由青山镇管辖。',
    });
    expect(decided).toMatchObject({ state: 'decided', actions: ['link-case'] });
    expect((await inAttention(env))[0]?.detail).toContain('请登记或关联本单位案件');
    const record = await seedCase(env, [staff.handler], '2025-09-15');
    const linked = await env.call('transfers.in.linkCase', { id: second.id, caseId: record.id });
    expect(linked).toMatchObject({ linkedCase: { id: record.id }, actions: [] });
    expect((await env.fail('transfers.in.linkCase', { id: first.id, caseId: record.id })).code).toBe('TRANSFER_STATE');
    expect(await inAttention(env)).toEqual([]);

    const all = await env.call('transfers.list', { scope: 'all' });
    expect(all.in.map((entry) => entry.state).sort()).toEqual(['decided', 'refused']);
  });

  it('owes its answer under the office default profile as it stood when the transfer arrived', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    await seedStaff(env);
    await env.call('profiles.setDefault', { id: 'zhoucun' });
    const registered = await register(env, orgs.township);
    expect(registered).toMatchObject({
      profile: { id: 'zhoucun', version: 1 },
      answerRule: '周政办字〔2018〕18号 二(四)3：5个工作日内书面告知受理情况',
    });
  });
});
