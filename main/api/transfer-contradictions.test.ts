// Contradictory transfer input is refused, naming the conflict, and changes nothing: a transfer
// material ticked twice, the same incoming letter registered twice, and answer fields the chosen
// answer does not use (they used to be dropped).

import { afterEach, describe, expect, it } from 'vitest';
import { seedCase, seedOrgs, seedStaff, transferInput, updateInput, type Env } from '../core/transfers/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

// Monday 15 September 2025, 14:00 office time.
const MONDAY_1400 = '2025-09-15T06:00:00.000Z';

const LETTER = {
  letterNumber: '白石移〔2025〕7号',
  cause: '擅自占用林地',
  partyName: '孙某',
  summary: '当事人在青山镇松林村林地内修建简易房屋，发现地属青山镇辖区。',
  receivedOn: '2025-09-15',
  receivedTime: '10:00',
};

describe('a transfer material ticked twice', () => {
  it('is refused on create and on update, naming the material', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler], '2025-09-15');
    const twice = [
      { key: 'transfer-letter', present: true },
      { key: 'transfer-letter', present: false },
    ];

    const create = await refusedUnchanged(
      env,
      'transfers.out.create',
      transferInput(record.id, orgs.cityAdmin, { materials: twice }),
    );
    expect(create).toMatchObject({ code: 'DUPLICATE', field: 'materials' });
    expect(create.message).toContain('材料“案件移送函”重复列出');
    expect((await env.call('transfers.forCase', { caseId: record.id })).out).toEqual([]);

    const created = await env.call('transfers.out.create', transferInput(record.id, orgs.cityAdmin));
    const update = await refusedUnchanged(
      env,
      'transfers.out.update',
      updateInput(created.id, record.id, orgs.cityAdmin, { materials: twice }),
    );
    expect(update.message).toContain('材料“案件移送函”重复列出');
    expect(
      (await env.call('transfers.out.get', { id: created.id })).materials.find((m) => m.key === 'transfer-letter')
        ?.present,
    ).toBe(true);
  });
});

describe('the same incoming letter registered twice', () => {
  it('is refused for the same sender and letter number, naming the record already registered', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    await seedStaff(env);
    await env.call('transfers.in.register', { fromOrgId: orgs.township, ...LETTER });

    const again = await refusedUnchanged(env, 'transfers.in.register', {
      fromOrgId: orgs.township,
      ...LETTER,
      cause: '违法占道经营',
      receivedTime: '11:00',
    });
    expect(again).toMatchObject({ code: 'DUPLICATE', field: 'letterNumber' });
    expect(again.message).toContain(
      '白石镇人民政府的移送函“白石移〔2025〕7号”已于2025年9月15日登记（案由：擅自占用林地）',
    );

    // Another sender may use the same number, and letters without a number cannot be matched.
    await env.call('transfers.in.register', { fromOrgId: orgs.cityAdmin, ...LETTER });
    await env.call('transfers.in.register', { fromOrgId: orgs.township, ...LETTER, letterNumber: '' });
    await env.call('transfers.in.register', { fromOrgId: orgs.township, ...LETTER, letterNumber: '' });
    expect((await env.call('transfers.list', { scope: 'all' })).in).toHaveLength(4);
  });
});

describe('answer fields the chosen answer does not use', () => {
  it('refuses a case with a refusal and a government with anything but escalation', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const registered = await env.call('transfers.in.register', { fromOrgId: orgs.township, ...LETTER });
    await env.call('transfers.in.acknowledge', {
      id: registered.id,
      signedById: staff.clerk,
      signedOn: '2025-09-15',
      signedTime: '10:05',
    });
    const ours = await seedCase(env, [staff.handler], '2025-09-15');
    const base = { id: registered.id, answeredOn: '2025-09-15' };

    const refusedWithCase = await refusedUnchanged(env, 'transfers.in.answer', {
      ...base,
      outcome: 'refused',
      reason: '不属于本机关管辖。',
      caseId: ours.id,
    });
    expect(refusedWithCase).toMatchObject({ code: 'VALIDATION', field: 'caseId' });
    expect(refusedWithCase.message).toContain('只有受理的移送才关联案件');
    const escalatedWithCase = await refusedUnchanged(env, 'transfers.in.answer', {
      ...base,
      outcome: 'escalated',
      reason: '管辖有争议。',
      governmentOrgId: orgs.government,
      caseId: ours.id,
    });
    expect(escalatedWithCase.field).toBe('caseId');
    const acceptedWithGovernment = await refusedUnchanged(env, 'transfers.in.answer', {
      ...base,
      outcome: 'accepted',
      caseId: ours.id,
      governmentOrgId: orgs.government,
    });
    expect(acceptedWithGovernment).toMatchObject({ code: 'VALIDATION', field: 'governmentOrgId' });
    expect(acceptedWithGovernment.message).toContain('只有报请政府决定的才选择');
    const refusedWithGovernment = await refusedUnchanged(env, 'transfers.in.answer', {
      ...base,
      outcome: 'refused',
      reason: '不属于本机关管辖。',
      governmentOrgId: orgs.government,
    });
    expect(refusedWithGovernment.field).toBe('governmentOrgId');
    expect((await env.call('transfers.in.get', { id: registered.id })).state).toBe('acknowledged');

    const accepted = await env.call('transfers.in.answer', { ...base, outcome: 'accepted', caseId: ours.id });
    expect(accepted).toMatchObject({ state: 'accepted', linkedCase: { id: ours.id }, escalatedTo: null });
  });
});
