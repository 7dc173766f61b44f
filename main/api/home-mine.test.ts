// 我的待办 (issue #15 item 9, #19): each home-page item names the people it waits on — a transfer its
// case's 承办人, an approval the heads, a register entry its case's handlers or whoever registered it.

import { afterEach, describe, expect, it } from 'vitest';
import { seedCase, seedOrgs, seedStaff, transferInput, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

async function office() {
  const e = testBackend('2025-09-15T01:00:00.000Z');
  env = e;
  await e.call('office.save', { name: '青山镇人民政府', abbreviation: '青山府' });
  const orgs = await seedOrgs(e);
  const staff = await seedStaff(e);
  const created = await seedCase(e, [staff.handler, staff.handler2], '2025-09-15');
  return { e, orgs, staff, created };
}

const NOTICE = {
  kind: 'notice' as const,
  issuer: '某某区司法局',
  docNumber: '某司监通〔2025〕3号',
  receivedOn: '2025-09-10',
  matters: '行政处罚决定书未载明当事人陈述、申辩的采纳情况',
  correctBy: '2025-09-22',
};

describe('我的待办', () => {
  it('a transfer to send waits on its case’s 承办人, not on the head or the clerk', async () => {
    const { e, orgs, staff, created } = await office();
    const transfer = await e.call('transfers.out.create', transferInput(created.id, orgs.cityAdmin));
    const item = (await e.call('home.attention', {})).find((i) => i.link === `/transfers/out/${transfer.id}`);
    expect(item?.waitsOn).toEqual([staff.handler, staff.handler2]);
    expect(item?.waitsOn).not.toContain(staff.head);
  });

  it('a register entry about a case waits on its handlers; one without a case on whoever registered it', async () => {
    const { e, staff, created } = await office();
    const linked = await e.call('supervision.create', { ...NOTICE, caseId: created.id });
    e.signInAs(staff.clerk);
    const unlinked = await e.call('supervision.create', { ...NOTICE, docNumber: '某司监通〔2025〕4号' });
    const items = await e.call('home.attention', {});
    expect(items.find((i) => i.link === `/registers/supervision/${linked.id}`)?.waitsOn).toEqual([
      staff.handler,
      staff.handler2,
    ]);
    expect(items.find((i) => i.link === `/registers/supervision/${unlinked.id}`)?.waitsOn).toEqual([staff.clerk]);
  });
});
