// One act, one place (issue #15): the receiver's signature on our letter makes and fills its 送达回证;
// one letter carries one number; a registered transfer we received is corrected, audited, until a paper
// printed from it is issued.

import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { seedCase, seedOrgs, seedStaff, transferInput, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

async function office(now = '2025-09-15T01:00:00.000Z') {
  const e = testBackend(now);
  env = e;
  await e.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
  const orgs = await seedOrgs(e);
  const staff = await seedStaff(e);
  const created = await seedCase(e, [staff.handler, staff.handler2], '2025-09-15');
  return { e, orgs, staff, created };
}

const pdfText = (e: Env, file: string | null) =>
  execFileSync('pdftotext', [join(e.dataDir, file ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('the receipt of our transfer letter', () => {
  it('recording the receiver’s signature issues the letter’s 送达回证, filled from the transfer, once', async () => {
    const { e, orgs, created } = await office();
    const transfer = await e.call('transfers.out.create', transferInput(created.id, orgs.cityAdmin));
    const letter = await e.call('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    // The send step records the letter issued in the app: its number, no other.
    const typed = await e.fail('transfers.out.send', {
      id: transfer.id,
      sentOn: '2025-09-15',
      sentTime: '08:30',
      letterNumber: '青山移〔2025〕9号',
      method: 'direct',
    });
    expect(typed).toMatchObject({ code: 'VALIDATION', field: 'letterNumber' });
    const sent = await e.call('transfers.out.send', {
      id: transfer.id,
      sentOn: '2025-09-15',
      sentTime: '08:30',
      method: 'direct',
    });
    expect(sent.sent?.letterNumber).toBe(letter.docNumber);

    // Where the receipt is served is needed for the paper; refused in Chinese, nothing changes.
    const noPlace = await e.fail('transfers.out.recordReceipt', {
      id: transfer.id,
      receivedOn: '2025-09-15',
      receivedTime: '08:50',
      signedBy: '孙某',
      servers: '王强、李明',
    });
    expect(noPlace).toMatchObject({ code: 'VALIDATION', field: 'place' });
    expect(noPlace.message).toContain('送达地点');
    const lodgedWithoutWitness = await e.fail('transfers.out.recordReceipt', {
      id: transfer.id,
      receivedOn: '2025-09-15',
      receivedTime: '08:50',
      signedBy: '孙某',
      place: '区城市管理局办公室',
      servers: '王强、李明',
      method: 'lodged',
    });
    expect(lodgedWithoutWitness.message).toContain('见证人');
    expect((await e.call('transfers.out.get', { id: transfer.id })).state).toBe('sent');
    expect((await e.call('documents.list', { caseId: created.id })).map((paper) => paper.templateId)).toEqual([
      'transfer-letter',
    ]);
    // The documents page sends the clerk to the transfer rather than take a second record of the same act.
    const elsewhere = await e.fail('documents.issueReceipt', {
      documentId: letter.id,
      recipient: '区城市管理局',
      servedOn: '2025-09-15',
      servedTime: '08:50',
      place: '区城市管理局办公室',
      method: 'direct',
      servers: '王强',
    });
    expect(elsewhere.message).toContain('移送记录');

    const received = await e.call('transfers.out.recordReceipt', {
      id: transfer.id,
      receivedOn: '2025-09-15',
      receivedTime: '08:50',
      signedBy: '孙某',
      place: '区城市管理局办公室',
      servers: '王强、李明',
    });
    expect(received).toMatchObject({ state: 'received', receipt: { signedBy: '孙某' } });
    expect(received.receiptPaper).not.toBeNull();
    const papers = await e.call('documents.list', { caseId: created.id });
    const receipt = papers.find((paper) => paper.templateId === 'service-receipt');
    expect(receipt?.id).toBe(received.receiptPaper?.id);
    expect(receipt?.source).toEqual({ kind: 'service-receipt', id: letter.id });
    const text = pdfText(e, receipt?.pdfFile ?? null);
    for (const expected of ['区城市管理局', letter.docNumber ?? '', '区城市管理局办公室', '王强、李明', '签收人：孙某'])
      expect(text).toContain(expected);
    const history = await e.call('cases.history', { id: created.id });
    expect(history.find((entry) => entry.action === 'transfer.out.receipt')?.summary).toContain('出具送达回证');
  });

  it('a letter made outside the app is filed under the number it went out with, never a second one', async () => {
    const { e, orgs, created } = await office();
    const transfer = await e.call('transfers.out.create', transferInput(created.id, orgs.cityAdmin));
    await e.call('transfers.out.send', {
      id: transfer.id,
      sentOn: '2025-09-15',
      sentTime: '08:30',
      letterNumber: '青山移〔2025〕3号',
      method: 'mail',
    });
    const copy = await e.call('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    expect(copy.docNumber).toBe('青山移〔2025〕3号');
    const text = pdfText(e, copy.pdfFile);
    expect(text).toContain('青山移〔2025〕3号');
    expect(text).toContain('2025年9月15日');
    // A second paper for the same letter is refused while the first is in force.
    const again = await e.fail('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    expect(again.code).toBe('ALREADY_ISSUED');
    expect(again.message).toContain('青山移〔2025〕3号');
    // No number of the office's own sequence was taken for it: the register lists it under the recorded one.
    const [listed] = await e.call('documents.list', { caseId: created.id });
    expect(listed?.docNumber).toBe('青山移〔2025〕3号');
  });

  it('a letter sent under its number and then voided is issued again under the same number', async () => {
    const { e, orgs, created } = await office();
    const transfer = await e.call('transfers.out.create', transferInput(created.id, orgs.cityAdmin));
    const letter = await e.call('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    await e.call('transfers.out.send', { id: transfer.id, sentOn: '2025-09-15', sentTime: '08:30', method: 'direct' });
    await e.call('documents.void', { id: letter.id, reason: '打印错误' });
    const again = await e.call('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    expect(again.docNumber).toBe(letter.docNumber);
    expect(again.id).not.toBe(letter.id);
  });
});

describe('correcting a transfer we received', () => {
  async function registered(e: Env, fromOrgId: number) {
    return e.call('transfers.in.register', {
      fromOrgId,
      letterNumber: '白石移〔2025〕7号',
      letterDate: '2025-01-01',
      cause: '擅自占用林地',
      partyName: '孙某',
      summary: '当事人在青山镇松林村林地内修建简易房屋。',
      receivedOn: '2025-09-15',
      receivedTime: '08:00',
    });
  }
  const fields = (id: number, fromOrgId: number, overrides: Record<string, unknown> = {}) => ({
    id,
    fromOrgId,
    letterNumber: '白石移〔2025〕7号',
    letterDate: '2025-09-12',
    cause: '擅自占用林地',
    partyName: '孙某',
    summary: '当事人在青山镇松林村林地内修建简易房屋。',
    receivedOn: '2025-09-15',
    receivedTime: '08:00',
    ...overrides,
  });

  it('corrects a mistyped date, keeps old and new in the history, and prints the corrected one', async () => {
    const { e, orgs, staff, created } = await office('2025-09-16T01:00:00.000Z');
    const view = await registered(e, orgs.township);
    expect(view.correctionBlocked).toBeNull();
    const corrected = await e.call('transfers.in.update', fields(view.id, orgs.township));
    expect(corrected).toMatchObject({ letterDate: '2025-09-12', state: 'registered' });

    const db = (await import('../core/transfers/testing/fixture')).openDb(e);
    const entry = db
      .prepare("SELECT summary, before_json, after_json FROM audit_log WHERE action = 'transfer.in.correct'")
      .get() as { summary: string; before_json: string; after_json: string };
    db.close();
    expect(entry.summary).toContain('移送函落款日期“2025年1月1日”改为“2025年9月12日”');
    expect(JSON.parse(entry.before_json)).toMatchObject({ letterDate: '2025-01-01' });
    expect(JSON.parse(entry.after_json)).toMatchObject({ letterDate: '2025-09-12' });

    // Bad input: refused in Chinese, nothing changes.
    const late = await e.fail('transfers.in.update', fields(view.id, orgs.township, { letterDate: '2025-09-20' }));
    expect(late).toMatchObject({ code: 'VALIDATION', field: 'letterDate' });
    const same = await e.fail('transfers.in.update', fields(view.id, orgs.township));
    expect(same.message).toContain('没有改动');
    expect((await e.call('transfers.in.get', { id: view.id })).letterDate).toBe('2025-09-12');

    // Later steps must still follow: arrival is not moved after the signature.
    await e.call('transfers.in.acknowledge', {
      id: view.id,
      signedById: staff.clerk,
      signedOn: '2025-09-15',
      signedTime: '08:30',
    });
    const afterSignature = await e.fail(
      'transfers.in.update',
      fields(view.id, orgs.township, { receivedTime: '09:00', cause: '擅自占用林地建房' }),
    );
    expect(afterSignature).toMatchObject({ code: 'VALIDATION', field: 'receivedOn' });
    expect(afterSignature.message).toContain('签收时间');

    await e.call('transfers.in.answer', {
      id: view.id,
      outcome: 'accepted',
      answeredOn: '2025-09-16',
      caseId: created.id,
    });
    const notice = await e.call('documents.issue', { kind: 'acceptance-notice', id: view.id });
    expect(pdfText(e, notice.pdfFile)).toContain('2025年9月12日');
    // Once the notice is issued the record is what it printed: void it first.
    const issued = await e.call('transfers.in.get', { id: view.id });
    expect(issued.correctionBlocked).toContain('请先在“文书”中将其作废');
    const blocked = await e.fail('transfers.in.update', fields(view.id, orgs.township, { cause: '擅自占用林地建房' }));
    expect(blocked.code).toBe('TRANSFER_IN_PAPER_ISSUED');
    expect(blocked.message).toContain('作废');
    expect((await e.call('transfers.in.get', { id: view.id })).cause).toBe('擅自占用林地');

    await e.call('documents.void', { id: notice.id, reason: '案由有误' });
    const fixed = await e.call('transfers.in.update', fields(view.id, orgs.township, { cause: '擅自占用林地建房' }));
    expect(fixed.cause).toBe('擅自占用林地建房');
    const caseHistory = await e.call('cases.history', { id: created.id });
    expect(caseHistory.some((item) => item.summary.includes('案由“擅自占用林地”改为“擅自占用林地建房”'))).toBe(true);
  });
});
