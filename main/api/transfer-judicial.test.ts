// A transfer to the judicial organs refused (不予立案) is no jurisdiction dispute; the deadline to
// send after opinion 4/5 on the case's own endpoint; a transfer found before the case was; and
// typed reasons that end in their own 。.

import { afterEach, describe, expect, it } from 'vitest';
import { reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/testing/fixture';
import { seedCase, seedOrgs, seedStaff, transferInput, updateInput, type Env } from '../core/transfer/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

// 2025-09-15 is a Monday.
const MONDAY_0900 = '2025-09-15T01:00:00.000Z';

async function opinionFive(start: string): Promise<Office> {
  const office = await setUpOffice(start);
  env = office.env;
  const round = await submit(office);
  await reviewAll(office, round.id, { 9: 'crime-suspected', 3: 'serious' });
  await signOff(office, round.id, 5, { transferTargetKind: 'public-security' });
  return office;
}

describe('a transfer to the judicial organs answered 不予立案', () => {
  it('is recorded with its reason and closed: no report to the government, no 不得再行移送', async () => {
    const office = await opinionFive(MONDAY_0900);
    const e = office.env;
    const orgs = await seedOrgs(e);
    const created = await e.call(
      'transfers.out.create',
      transferInput(office.caseId, orgs.police, { target: 'judicial' }),
    );
    await e.call('transfers.out.send', { id: created.id, sentOn: '2025-09-15', sentTime: '08:30', method: 'direct' });
    const received = await e.call('transfers.out.recordReceipt', {
      id: created.id,
      receivedOn: '2025-09-15',
      receivedTime: '08:45',
      signedBy: '孙警官',
    });
    expect(received.actions).toEqual(['answer']);

    const reported = await refusedUnchanged(e, 'transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'reported-to-government',
      answeredOn: '2025-09-15',
      reason: '认为不属其管辖。',
    });
    expect(reported).toMatchObject({ code: 'VALIDATION', field: 'outcome' });
    expect(reported.message).toContain('不报请政府决定管辖');

    const refused = await e.call('transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
      reason: '经审查，涉案金额未达立案追诉标准。',
    });
    expect(refused).toMatchObject({
      state: 'refused',
      actions: [],
      deadline: null,
      answer: { outcome: 'refused', reason: '经审查，涉案金额未达立案追诉标准。' },
    });
    const [entry] = await e.call('cases.history', { id: office.caseId });
    expect(entry?.summary).toBe(
      '区公安分局书面答复：不予立案：经审查，涉案金额未达立案追诉标准。公安机关不予立案的，可以依法提请复议或者建议人民检察院进行立案监督（《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条）。',
    );
    expect(entry?.summary).not.toContain('不得再行移送');

    const escalate = await refusedUnchanged(e, 'transfers.out.escalate', {
      id: created.id,
      governmentOrgId: orgs.government,
      escalatedOn: '2025-09-15',
      note: '请求确定管辖。',
    });
    expect(escalate.code).toBe('TRANSFER_STATE');
    expect(escalate.message).toContain('不报请政府决定管辖');

    // Nothing is owed in the app any more: not on the home page, not among the open transfers.
    expect((await e.call('home.attention', {})).filter((item) => item.kind.startsWith('transfer'))).toEqual([]);
    expect((await e.call('transfers.list', { scope: 'open' })).out).toEqual([]);
    expect((await e.call('transfers.list', { scope: 'all' })).out).toMatchObject([
      { id: created.id, state: 'refused', target: 'judicial' },
    ]);

    const draft = await e.call('transfers.out.draft', { caseId: office.caseId });
    expect(draft.blocked).toContain('区公安分局已对本案不予立案（经审查，涉案金额未达立案追诉标准）');
    expect(draft.blocked).toContain('可以依法提请复议或者建议人民检察院进行立案监督');
    expect(draft.blocked).not.toContain('不得再');
    expect(draft.blocked).not.toContain('区政府');
    const again = await refusedUnchanged(
      e,
      'transfers.out.create',
      transferInput(office.caseId, orgs.police, { target: 'judicial' }),
    );
    expect(again.code).toBe('TRANSFER_JUDICIAL_REFUSED');
  });

  it('is answered 立案 in the judicial words', async () => {
    const office = await opinionFive(MONDAY_0900);
    const e = office.env;
    const orgs = await seedOrgs(e);
    const created = await e.call(
      'transfers.out.create',
      transferInput(office.caseId, orgs.police, { target: 'judicial' }),
    );
    await e.call('transfers.out.send', { id: created.id, sentOn: '2025-09-15', sentTime: '08:30', method: 'direct' });
    await e.call('transfers.out.recordReceipt', {
      id: created.id,
      receivedOn: '2025-09-15',
      receivedTime: '08:45',
      signedBy: '孙警官',
    });
    await e.call('transfers.out.recordAnswer', { id: created.id, outcome: 'accepted', answeredOn: '2025-09-15' });
    expect((await e.call('cases.history', { id: office.caseId }))[0]?.summary).toBe('区公安分局书面答复：立案');
  });
});

describe('a refused transfer to an administrative body, with a reason typed with its own 。', () => {
  it('says 不得再行移送 once, after a single full stop', async () => {
    env = testBackend('2025-09-15T04:00:00.000Z');
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
      reason: '属乡镇综合行政执法事项。',
    });
    const [entry] = await env.call('cases.history', { id: record.id });
    expect(entry?.summary).toContain('不予受理：属乡镇综合行政执法事项。不得再行移送');
    expect(entry?.summary).not.toContain('。。');

    await env.call('transfers.out.escalate', {
      id: created.id,
      governmentOrgId: orgs.government,
      escalatedOn: '2025-09-15',
      note: '请求确定管辖。',
    });
    await env.call('transfers.out.recordDecision', {
      id: created.id,
      decidedOn: '2025-09-15',
      decision: 'ours',
      note: '区政府决定由青山镇管辖。',
    });
    const [decided] = await env.call('cases.history', { id: record.id });
    expect(decided?.summary).toBe(
      '政府决定由本单位管辖：区政府决定由青山镇管辖；案件恢复由本单位办理（状态改为“立案登记”）',
    );
  });
});

describe('the date the violation was found not to be ours', () => {
  it('may not be earlier than the case’s own date of finding, on create and on update', async () => {
    env = testBackend('2025-09-15T04:00:00.000Z');
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler, staff.handler2], '2025-06-02');
    const early = await refusedUnchanged(
      env,
      'transfers.out.create',
      transferInput(record.id, orgs.cityAdmin, { foundOn: '2025-06-01' }),
    );
    expect(early).toMatchObject({
      code: 'VALIDATION',
      field: 'foundOn',
      message: '发现不属于本机关管辖的日期不能早于案件的发现日期（2025年6月2日）',
    });

    const created = await env.call(
      'transfers.out.create',
      transferInput(record.id, orgs.cityAdmin, { foundOn: '2025-06-02' }),
    );
    expect(created.foundOn).toBe('2025-06-02');
    const update = await refusedUnchanged(
      env,
      'transfers.out.update',
      updateInput(created.id, record.id, orgs.cityAdmin, { foundOn: '2025-05-30' }),
    );
    expect(update).toMatchObject({
      field: 'foundOn',
      message: '发现不属于本机关管辖的日期不能早于案件的发现日期（2025年6月2日）',
    });
  });
});

describe('the case’s transfer panel after opinion 4 or 5', () => {
  it('carries the deadline to send, as the home page shows it', async () => {
    const office = await opinionFive(MONDAY_0900);
    const { draft } = await office.env.call('transfers.forCase', { caseId: office.caseId });
    expect(draft.sendDeadline).toMatchObject({
      level: 'info',
      dueDate: '2025-09-22',
      rule: '涪陵府办〔2024〕1号 二(三)：5个工作日内移送',
      unknownYear: null,
    });
    const [home] = (await office.env.call('home.attention', {})).filter((item) => item.kind === 'transfer-to-prepare');
    expect(home?.dueAt).toBe(draft.sendDeadline?.dueAt);

    // Once a transfer is prepared, its own record carries the deadline.
    const orgs = await seedOrgs(office.env);
    await office.env.call('transfers.out.create', transferInput(office.caseId, orgs.police, { target: 'judicial' }));
    expect((await office.env.call('transfers.forCase', { caseId: office.caseId })).draft.sendDeadline).toBeNull();
  });

  it('says which calendar year is missing when the deadline runs into it', async () => {
    const office = await opinionFive('2026-12-28T02:00:00.000Z');
    const { draft } = await office.env.call('transfers.forCase', { caseId: office.caseId });
    expect(draft.sendDeadline).toMatchObject({ level: 'danger', dueAt: null, unknownYear: 2027 });
    expect(draft.sendDeadline?.text).toContain('无法计算移送期限');
  });
});
