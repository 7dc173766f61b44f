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
