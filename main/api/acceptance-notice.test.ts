import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { seedCase, seedOrgs, seedStaff, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';

// The 受理情况告知书: our written answer to a body that transferred a case to us, issued from the
// transfer-in record (涪陵府办〔2024〕1号 二(三)).

let env: Env | undefined;
afterEach(() => env?.backend.close());

// Friday 19 September 2025, 10:00 office time.
const FRIDAY = '2025-09-19T02:00:00.000Z';

async function setUp() {
  env = testBackend(FRIDAY);
  await env.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山',
    contactPerson: '赵敏',
    phone: '023-72881234',
  });
  const orgs = await seedOrgs(env);
  const staff = await seedStaff(env);
  return { env, orgs, staff };
}

async function received(
  e: Env,
  fromOrgId: number,
  clerk: number,
  letter: { letterNumber?: string; letterDate?: string | null } = {},
) {
  const registered = await e.call('transfers.in.register', {
    fromOrgId,
    letterNumber: '白石移〔2025〕7号',
    letterDate: '2025-09-12',
    cause: '擅自占用林地',
    partyName: '孙某',
    summary: '当事人在青山镇松林村林地内修建简易房屋，发现地属青山镇辖区。',
    receivedOn: '2025-09-15',
    receivedTime: '10:00',
    ...letter,
  });
  await e.call('transfers.in.acknowledge', {
    id: registered.id,
    signedById: clerk,
    signedOn: '2025-09-15',
    signedTime: '10:05',
  });
  return registered;
}

function pdfText(e: Env, pdfFile: string | null): string {
  return execFileSync('pdftotext', [join(e.dataDir, pdfFile ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('受理情况告知书 from a transfer we received', () => {
  it('is refused before the answer is recorded, then issued once with the sender’s letter, our decision and the answer’s date', async () => {
    const { env, orgs, staff } = await setUp();
    const transfer = await received(env, orgs.township, staff.clerk);
    const early = await env.fail('documents.issue', { kind: 'acceptance-notice', id: transfer.id });
    expect(early).toMatchObject({ code: 'TRANSFER_STATE' });
    expect(early.message).toContain('请先登记受理情况');

    const ours = await seedCase(env, [staff.handler, staff.handler2], '2025-09-12');
    await env.call('transfers.in.answer', {
      id: transfer.id,
      outcome: 'accepted',
      answeredOn: '2025-09-18',
      caseId: ours.id,
    });
    const issued = await env.call('documents.issue', { kind: 'acceptance-notice', id: transfer.id });
    expect(issued).toMatchObject({
      title: '受理情况告知书',
      docNumber: '青山受〔2025〕1号',
      caseId: ours.id,
      status: 'issued',
    });

    const text = pdfText(env, issued.pdfFile);
    for (const expected of [
      '白石镇人民政府：',
      '你单位于2025年9月12日以《案件移送函》（白石移〔2025〕7号）移送的孙某擅自占用林地案及相关材料，本机关已于2025年9月15日收到',
      // Cited as every paper cites it: the document's title and its number.
      '根据《重庆市涪陵区人民政府办公室关于建立健全乡镇（街道）与区级行政执法部门行政执法协调协同机制的通知》（涪陵府办〔2024〕1号）的规定，现将受理情况告知如下：',
      '涪陵府办〔2024〕1号',
      '本机关决定予以受理',
      '联系人：赵敏，联系电话：023-72881234',
      '2025年9月18日',
    ]) {
      expect(text).toContain(expected);
    }

    expect(await env.call('documents.list', { source: { kind: 'acceptance-notice', id: transfer.id } })).toMatchObject([
      { id: issued.id },
    ]);
    expect((await env.call('documents.list', { caseId: ours.id })).map((doc) => doc.id)).toContain(issued.id);
    expect((await env.fail('documents.issue', { kind: 'acceptance-notice', id: transfer.id })).code).toBe(
      'ALREADY_ISSUED',
    );
  });

  it('states a refusal with its reason, and has no case of ours', async () => {
    const { env, orgs, staff } = await setUp();
    // A refusal is 周村's (周政办字〔2018〕18号 二(四)3); under 涪陵 a transfer received is accepted or reported.
    await env.call('profiles.setDefault', { id: 'zhoucun' });
    const transfer = await received(env, orgs.township, staff.clerk);
    await env.call('transfers.in.answer', {
      id: transfer.id,
      outcome: 'refused',
      answeredOn: '2025-09-17',
      reason: '违法行为发生地在白石镇辖区内，不属于本机关管辖。',
    });
    const issued = await env.call('documents.issue', { kind: 'acceptance-notice', id: transfer.id });
    expect(issued.caseId).toBeNull();
    const text = pdfText(env, issued.pdfFile);
    expect(text).toContain('本机关决定不予受理。理由如下：违法行为发生地在白石镇辖区内，不属于本机关管辖。');
    expect(text).not.toContain('予以受理');
    expect(await env.call('documents.list', { source: { kind: 'acceptance-notice', id: transfer.id } })).toHaveLength(
      1,
    );
  });

  it('says the case was reported to the government, and leaves out what the letter did not give', async () => {
    const { env, orgs, staff } = await setUp();
    const transfer = await received(env, orgs.township, staff.clerk, { letterNumber: '', letterDate: null });
    await env.call('transfers.in.answer', {
      id: transfer.id,
      outcome: 'escalated',
      answeredOn: '2025-09-16',
      reason: '管辖有争议。',
      governmentOrgId: orgs.government,
    });
    const text = pdfText(
      env,
      (await env.call('documents.issue', { kind: 'acceptance-notice', id: transfer.id })).pdfFile,
    );
    expect(text).toContain('你单位移送的孙某擅自占用林地案及相关材料，本机关已于2025年9月15日收到');
    expect(text).toContain('本机关已于2025年9月16日书面报请区人民政府决定管辖。');
    expect(text).not.toContain('移送函文号');
  });

  it('refuses a letter dated after it arrived, and stores nothing', async () => {
    const { env, orgs } = await setUp();
    const before = (await env.call('transfers.list', { scope: 'all' })).in.length;
    const error = await env.fail('transfers.in.register', {
      fromOrgId: orgs.township,
      letterDate: '2025-09-16',
      cause: '擅自占用林地',
      summary: '线索。',
      receivedOn: '2025-09-15',
      receivedTime: '10:00',
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'letterDate' });
    expect(error.message).toBe('移送函落款日期（2025年9月16日）晚于收到日期（2025年9月15日），请核对。');
    const malformed = await env.fail('transfers.in.register', {
      fromOrgId: orgs.township,
      letterDate: '2025-13-01',
      cause: '案由',
      summary: '线索。',
      receivedOn: '2025-09-15',
      receivedTime: '10:00',
    });
    expect(malformed.field).toBe('letterDate');
    expect((await env.call('transfers.list', { scope: 'all' })).in.length).toBe(before);
  });
});
