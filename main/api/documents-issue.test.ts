import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/test-fixture';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

async function signedRound(opinion: 1 | 2 | 5) {
  office = await setUpOffice();
  await office.env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司', reviewBody: '青山镇司法所', handlingUnit: '青山镇综合行政执法大队', phone: '023-72881234' });
  const round = await submit(office);
  await reviewAll(office, round.id, opinion === 5 ? { 9: 'crime-suspected' } : opinion === 2 ? { 3: 'defect' } : {});
  return signOff(office, round.id, opinion, opinion === 5 ? { transferTargetKind: 'public-security' } : {});
}

describe('issuing papers from review records', () => {
  it('issues the review opinion of a signed round, once, with the round’s findings in the PDF', async () => {
    const round = await signedRound(1);
    const env = office!.env;
    const issued = await env.call('documents.issue', { kind: 'review-opinion', id: round.id });
    expect(issued).toMatchObject({ docNumber: '青山司审〔2025〕1号', status: 'issued', caseId: office!.caseId, title: '法制审核意见书' });
    const text = execFileSync('pdftotext', ['-layout', join(env.dataDir, issued.pdfFile ?? ''), '-'], { encoding: 'utf8' });
    for (const expected of ['青山镇人民政府', '法制审核意见书', '青山司审〔2025〕1号', '陈某未经批准擅自建设案', '罚款人民币2,000.00元', '青山镇综合行政执法大队']) {
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
    }
    // The nine questions are quoted from the seed, whose commas are half-width; the paper prints "，".
    expect(text.replace(/\s+/g, '')).toContain('行政执法主体是否合法，行政执法人员是否具备执法资格');
    expect(text).not.toMatch(/[\u4e00-\u9fff],/);
    const again = await env.fail('documents.issue', { kind: 'review-opinion', id: round.id });
    expect(again).toMatchObject({ code: 'ALREADY_ISSUED' });
    expect(again.message).toContain('请先将原文书作废');
    await env.call('documents.void', { id: issued.id, reason: '理由表述需调整' });
    expect((await env.call('documents.issue', { kind: 'review-opinion', id: round.id })).docNumber).toBe('青山司审〔2025〕2号');
    const history = await env.call('cases.history', { id: office!.caseId });
    expect(history.map((entry) => entry.summary)).toContain('出具法制审核意见书 青山司审〔2025〕1号');
  });

  it('refuses the opinion before countersignature, and a notice for a round without one', async () => {
    office = await setUpOffice();
    await office.env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司', reviewBody: '青山镇司法所', handlingUnit: '青山镇综合行政执法大队' });
    const round = await submit(office);
    expect((await office.env.fail('documents.issue', { kind: 'review-opinion', id: round.id })).code).toBe('ROUND_NOT_SIGNED');
    expect((await office.env.fail('documents.issue', { kind: 'supplement-notice', id: round.id })).code).toBe('NO_NOTICE');
    expect(await office.env.call('documents.list', {})).toEqual([]);
  });

  it('asks for the reviewing body’s name before printing it', async () => {
    const round = await signedRound(5);
    await office!.env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const error = await office!.env.fail('documents.issue', { kind: 'review-opinion', id: round.id });
    expect(error).toMatchObject({ code: 'OFFICE_INCOMPLETE' });
    expect(error.message).toContain('法制审核机构名称和承办机构名称');
  });
});

/** An office with its people, the bodies it transfers to, and one registered case. */
async function transferOffice() {
  const { testBackend } = await import('./test-backend');
  const { seedCase, seedOrgs, seedStaff, transferInput } = await import('../core/transfer/test-fixture');
  const env = testBackend('2025-09-15T01:00:00.000Z');
  office = { env } as Office;
  await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
  const orgs = await seedOrgs(env);
  const staff = await seedStaff(env);
  const created = await seedCase(env, [staff.handler, staff.handler2], '2025-09-15');
  return { env, orgs, created, transferInput };
}

describe('issuing papers from transfer records', () => {
  it('issues the transfer letter and the item list, the list citing the letter’s number', async () => {
    const { env, orgs, created, transferInput } = await transferOffice();
    const transfer = await env.call(
      'transfers.out.create',
      transferInput(created.id, orgs.cityAdmin, {
        items: [
          { name: '流动摊车', quantity: '1辆', spec: '三轮', condition: '先行登记保存' },
          { name: '鲜鱼', quantity: '5公斤', disposed: true, disposal: '易腐烂，经批准先行变卖', proceedsFen: 12_000, evidenceKept: '称重记录、照片' },
        ],
      }),
    );
    const letter = await env.call('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    expect(letter.docNumber).toBe('青山司移〔2025〕1号');
    const list = await env.call('documents.issue', { kind: 'item-list', id: transfer.id });
    expect(list.docNumber).toBeNull();
    const text = (file: string | null) => execFileSync('pdftotext', [join(env.dataDir, file ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text(letter.pdfFile)).toContain('区城市管理局');
    expect(text(letter.pdfFile)).toContain('不得再行移送');
    // The reason was typed with its own 。; the letter's sentence goes on after it without "。，".
    expect(text(letter.pdfFile)).toContain('不属于本机关管辖，该违法行为不属于本机关管辖');
    expect(text(letter.pdfFile)).not.toContain('。，');
    expect(text(list.pdfFile)).toContain('青山司移〔2025〕1号');
    expect(text(list.pdfFile)).toContain('流动摊车');
    expect(text(list.pdfFile)).toContain('壹佰贰拾元整');
  });

  it('words the letter for a suspected crime as a transfer to the judicial organs, not a jurisdiction dispute', async () => {
    const { env, orgs, created, transferInput } = await transferOffice();
    const transfer = await env.call(
      'transfers.out.create',
      transferInput(created.id, orgs.police, { target: 'judicial', reason: '查获的白酒经检验为假冒产品，当事人涉嫌生产、销售伪劣产品罪。', legalBasis: '《行政执法机关移送涉嫌犯罪案件的规定》第三条' }),
    );
    const refused = await env.fail('documents.issue', { kind: 'item-list', id: transfer.id, cc: '区人民检察院' });
    expect(refused).toMatchObject({ code: 'VALIDATION', field: 'cc', message: '只有案件移送函可以填写抄送机关' });
    const letter = await env.call('documents.issue', { kind: 'transfer-letter', id: transfer.id, cc: '区人民检察院。' });
    const text = execFileSync('pdftotext', [join(env.dataDir, letter.pdfFile ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    // The 版记 the clerk chose at issue, closed with one 。 however it was typed.
    expect(text).toContain('抄送：区人民检察院。');
    expect(text).not.toContain('。。');
    expect(text).toContain('经审查，查获的白酒经检验为假冒产品，当事人涉嫌生产、销售伪劣产品罪。依照《行政执法机关移送涉嫌犯罪案件的规定》第三条的规定，本机关不以行政处罚代替移送，现将该涉嫌犯罪案件移送你单位依法处理。');
    expect(text).not.toContain('不属于本机关管辖');
    expect(text).not.toContain('报请区人民政府决定');
  });
});
