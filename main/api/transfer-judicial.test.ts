// Opinion 5 is no jurisdiction transfer (it runs on 国务院令第310号, criminal-transfer.test.ts); the
// deadline to send after opinion 4 on the case's own endpoint; a transfer found before the case
// was; and typed reasons that end in their own 。.

import { afterEach, describe, expect, it } from 'vitest';
import { reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/testing/fixture';
import { seedCase, seedOrgs, seedStaff, transferInput, updateInput, type Env } from '../core/transfers/testing/fixture';
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

async function opinionFour(start: string): Promise<Office> {
  const office = await setUpOffice(start);
  env = office.env;
  const round = await submit(office);
  await reviewAll(office, round.id, { 2: 'no-jurisdiction' });
  await signOff(office, round.id, 4, { transferTargetKind: 'department' });
  return office;
}

describe('a case under opinion 5 (suspected crime)', () => {
  it('is no jurisdiction transfer: transfers.out refuses it, whatever the receiver', async () => {
    const office = await opinionFive(MONDAY_0900);
    const e = office.env;
    const orgs = await seedOrgs(e);
    const draft = await e.call('transfers.out.draft', { caseId: office.caseId });
    expect(draft.blocked).toContain('移送公安机关（涉嫌犯罪）');
    expect(draft.sendDeadline).toBeNull();
    for (const [receiver, target] of [
      [orgs.police, 'judicial'],
      [orgs.cityAdmin, 'jurisdiction'],
      [orgs.government, 'jurisdiction'],
    ] as const) {
      const refused = await refusedUnchanged(
        e,
        'transfers.out.create',
        transferInput(office.caseId, receiver, { target }),
      );
      expect(refused.message).toContain('国务院令第310号');
    }
    // The home page asks for the 专案组's report, not for a transfer within the profile's working days.
    const [home] = (await e.call('home.attention', {})).filter((item) => item.kind === 'criminal-to-report');
    expect(home?.detail).toContain('第五条第一款');
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
      place: '受移送单位办公室',
      servers: '刘晓燕',
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
    expect(entry?.summary).toContain('不予受理：属乡镇综合行政执法事项。应当书面报请区政府决定，不得再行移送');
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
      message: '发现违法行为不属于本机关管辖的日期不能早于案件的发现日期（2025年6月2日）',
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
      message: '发现违法行为不属于本机关管辖的日期不能早于案件的发现日期（2025年6月2日）',
    });
  });
});

describe('the case’s transfer panel after opinion 4 or 5', () => {
  it('carries the deadline to send, as the home page shows it', async () => {
    const office = await opinionFour(MONDAY_0900);
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
    await office.env.call('transfers.out.create', transferInput(office.caseId, orgs.cityAdmin));
    expect((await office.env.call('transfers.forCase', { caseId: office.caseId })).draft.sendDeadline).toBeNull();
  });

  it('says which calendar year is missing when the deadline runs into it', async () => {
    const office = await opinionFour('2026-12-28T02:00:00.000Z');
    const { draft } = await office.env.call('transfers.forCase', { caseId: office.caseId });
    expect(draft.sendDeadline).toMatchObject({ level: 'danger', dueAt: null, unknownYear: 2027 });
    expect(draft.sendDeadline?.text).toContain('无法计算移送期限');
  });
});
