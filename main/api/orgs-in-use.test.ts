// An organisation's kind is what an open transfer relies on: a suspected crime goes only to the
// judicial organs, a government takes no transfers but decides disputes, and a review opinion names
// the body and its kind. Changing the kind under such a record is refused, naming the record.

import { afterEach, describe, expect, it } from 'vitest';
import type { Organization } from '../../shared/contract';
import { reviewAll, setUpOffice, signOff, submit } from '../core/review/testing/fixture';
import { seedCase, seedOrgs, seedStaff, transferInput, type Env } from '../core/transfers/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

// Monday 15 September 2025, 14:00 office time.
const MONDAY_1400 = '2025-09-15T06:00:00.000Z';

async function org(e: Env, id: number): Promise<Organization> {
  const found = (await e.call('orgs.list', {})).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no organisation ${id}`);
  return found;
}

async function asKind(e: Env, id: number, kind: Organization['kind']) {
  return { ...(await org(e, id)), kind };
}

describe('changing the kind of an organisation an open transfer relies on', () => {
  // A suspected crime no longer runs through transfers.out (国务院令第310号 path, transfers.criminal.*);
  // whether changing the police's kind under an open criminal transfer is refused is not checked yet.
  it('is refused for the receiver of any transfer turned government', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const other = await seedCase(env, [staff.handler], '2025-09-15');
    await env.call('transfers.out.create', transferInput(other.id, orgs.cityAdmin));

    const government = await refusedUnchanged(env, 'orgs.update', await asKind(env, orgs.cityAdmin, 'government'));
    expect(government.message).toContain(`案件${other.caseNumber}正移送该单位`);
    expect(government.message).toContain('人民政府不接受案件移送');
    expect((await org(env, orgs.police)).kind).toBe('public-security');

    // A kind the transfer still fits, and any other field, may change.
    expect((await env.call('orgs.update', await asKind(env, orgs.police, 'procuratorate'))).kind).toBe('procuratorate');
    expect((await env.call('orgs.update', { ...(await org(env, orgs.cityAdmin)), phone: '023-7222 0001' })).phone).toBe(
      '023-7222 0001',
    );
    // An organisation no open record relies on may change kind freely.
    expect((await env.call('orgs.update', await asKind(env, orgs.environment, 'other'))).kind).toBe('other');
  });

  it('is refused for the government of an open escalation, ours or the one we made on a transfer we received', async () => {
    env = testBackend(MONDAY_1400);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler], '2025-09-15');
    const out = await env.call('transfers.out.create', transferInput(record.id, orgs.cityAdmin));
    await env.call('transfers.out.send', { id: out.id, sentOn: '2025-09-15', sentTime: '10:00', method: 'direct' });
    await env.call('transfers.out.recordReceipt', {
      place: '受移送单位办公室',
      servers: '刘晓燕',
      id: out.id,
      receivedOn: '2025-09-15',
      receivedTime: '11:00',
      signedBy: '区城市管理局 李某',
    });
    await env.call('transfers.out.recordAnswer', {
      id: out.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
      reason: '不属于本局管辖。',
    });
    await env.call('transfers.out.escalate', {
      id: out.id,
      governmentOrgId: orgs.government,
      escalatedOn: '2025-09-15',
      note: '请区政府决定管辖。',
    });

    const escalated = await refusedUnchanged(env, 'orgs.update', await asKind(env, orgs.government, 'department'));
    expect(escalated).toMatchObject({ code: 'ORG_IN_USE', field: 'kind' });
    expect(escalated.message).toContain(`案件${record.caseNumber}的管辖争议已于2025年9月15日报请该政府决定，尚待决定`);

    await env.call('transfers.out.recordDecision', {
      id: out.id,
      decidedOn: '2025-09-15',
      decision: 'receiver',
      note: '由区城市管理局管辖。',
    });
    const received = await env.call('transfers.in.register', {
      fromOrgId: orgs.township,
      letterNumber: '白石移〔2025〕7号',
      cause: '擅自占用林地',
      summary: '当事人在林地内修建简易房屋。',
      receivedOn: '2025-09-15',
      receivedTime: '10:00',
    });
    await env.call('transfers.in.acknowledge', {
      id: received.id,
      signedById: staff.clerk,
      signedOn: '2025-09-15',
      signedTime: '10:05',
    });
    await env.call('transfers.in.answer', {
      id: received.id,
      outcome: 'escalated',
      answeredOn: '2025-09-15',
      reason: '管辖有争议。',
      governmentOrgId: orgs.government,
    });
    const incoming = await refusedUnchanged(env, 'orgs.update', await asKind(env, orgs.government, 'department'));
    expect(incoming.message).toContain('白石镇人民政府移送的“擅自占用林地”（2025年9月15日收到）已报请该政府决定管辖');

    await env.call('transfers.in.recordDecision', {
      id: received.id,
      decidedOn: '2025-09-15',
      decision: 'ours',
      note: '由青山镇管辖。',
    });
    expect((await env.call('orgs.update', await asKind(env, orgs.government, 'other'))).kind).toBe('other');
  });

  it('is refused for the body a signed opinion 4 or 5 chose, while the case waits to be transferred', async () => {
    const office = await setUpOffice(MONDAY_1400);
    env = office.env;
    const police = await env.call('orgs.create', { name: '区公安分局', kind: 'public-security' });
    const round = await submit(office);
    await reviewAll(office, round.id, { 9: 'crime-suspected' });
    await signOff(office, round.id, 5, { transferTargetKind: 'public-security', transferTargetOrgId: police.id });

    const error = await refusedUnchanged(env, 'orgs.update', await asKind(env, police.id, 'procuratorate'));
    expect(error).toMatchObject({ code: 'ORG_IN_USE', field: 'kind' });
    expect(error.message).toContain(
      '案件青山综执罚〔2025〕2号第1轮审核意见（意见5）选定该单位为移送机关，类别为“公安机关”',
    );
  });
});
