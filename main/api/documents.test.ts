import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { issueSampleDocument, testBackend } from './testing/backend';

const issueSample = (templateId: string) => issueSampleDocument(env.dataDir, templateId);

let env: ReturnType<typeof testBackend>;
afterEach(() => env?.backend.close());

describe('documents through the API', () => {
  it('lists templates and previews a sample as HTML with the data escaped', async () => {
    env = testBackend();
    const templates = await env.call('documents.templates', {});
    expect(templates.map((t) => t.id)).toEqual([
      'review-opinion',
      'supplement-notice',
      'transfer-letter',
      'item-list',
      'service-receipt',
      'acceptance-notice',
      'criminal-transfer-letter',
      'assistance-letter',
      'assistance-reply',
      'supervision-report',
      'complaint-answer',
      'sharing-letter',
      'dispute-request',
    ]);
    expect(templates.every((t) => t.source === 'builtin')).toBe(true);
    const { html } = await env.call('documents.previewSample', { templateId: 'transfer-letter' });
    expect(html).toContain('案件移送函');
    expect((await env.fail('documents.previewSample', { templateId: 'x' })).message).toBe('没有这种文书模板');
  });

  it('lists, serves and voids an issued document; a voided one cannot be voided again', async () => {
    env = testBackend();
    await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const issued = await issueSample('review-opinion');
    const [listed] = await env.call('documents.list', {});
    expect(listed).toMatchObject({ id: issued.id, docNumber: '青山司审〔2025〕1号', status: 'issued' });
    const pdf = await env.call('documents.file', { id: issued.id, format: 'pdf' });
    expect(pdf.fileName).toBe('青山司审〔2025〕1号.pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await env.call('documents.preview', { id: issued.id })).html).toContain('青山司审〔2025〕1号');
    expect((await env.fail('documents.void', { id: issued.id, reason: ' ' })).message).toBe('请填写作废理由');
    const voided = await env.call('documents.void', { id: issued.id, reason: '当事人姓名有误' });
    expect(voided).toMatchObject({ status: 'voided', voidReason: '当事人姓名有误' });
    expect((await env.fail('documents.void', { id: issued.id, reason: '再次作废' })).code).toBe('DOCUMENT_NOT_ISSUED');
    expect((await env.call('documents.file', { id: issued.id, format: 'docx' })).fileName).toBe(
      '青山司审〔2025〕1号（已作废）.docx',
    );
  });
});

describe('showing an issued file in its folder', () => {
  it('asks the desktop shell where there is one, and returns the path in browser mode', async () => {
    env = testBackend();
    await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const issued = await issueSample('review-opinion');
    const browser = await env.call('documents.reveal', { id: issued.id });
    expect(browser).toEqual({ path: join(env.dataDir, issued.pdf_file ?? ''), shown: false });
    const { openBackend } = await import('./backend');
    const shown: string[] = [];
    const desktop = openBackend({
      dataDir: env.dataDir,
      desktop: { showItemInFolder: (path) => shown.push(path), choosePath: () => Promise.resolve(null) },
    });
    try {
      expect(await desktop.dispatch('documents.reveal', { id: issued.id })).toEqual({
        ok: true,
        value: { path: browser.path, shown: true },
      });
      expect(shown).toEqual([browser.path]);
    } finally {
      desktop.close();
    }
  });
});

describe('the receipt of service', () => {
  it('records how a paper was served, once, and refuses lodged service without witness and reason', async () => {
    env = testBackend();
    await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const served = await issueSample('transfer-letter');
    const base = {
      documentId: served.id,
      recipient: '区城市管理局',
      servedOn: '2025-06-03',
      servedTime: '15:20',
      place: '区城市管理局法规科',
      servers: '王建国、刘晓燕',
    };
    const lodged = await env.fail('documents.issueReceipt', { ...base, method: 'lodged' });
    expect(lodged).toMatchObject({ code: 'VALIDATION', field: 'witness', message: '留置送达须有见证人' });
    expect(
      (await env.fail('documents.issueReceipt', { ...base, method: 'direct', servedTime: '25:00' })).message,
    ).toContain('时:分');
    // The paper was issued on 2 June (the clock's day): it cannot have been served before, nor tomorrow.
    expect(await env.fail('documents.issueReceipt', { ...base, method: 'direct' })).toMatchObject({
      field: 'servedOn',
      message: '送达时间（2025年6月3日 15:20）晚于当前时间，请核对。',
    });
    env.setNow('2025-06-04T02:00:00.000Z');
    expect(
      await env.fail('documents.issueReceipt', { ...base, servedOn: '2025-06-01', method: 'direct' }),
    ).toMatchObject({
      field: 'servedOn',
      message: '送达日期不能早于《案件移送函》的出具日期（2025年6月2日）。',
    });
    const receipt = await env.call('documents.issueReceipt', { ...base, method: 'direct' });
    expect(receipt).toMatchObject({ title: '送达回证', docNumber: null, status: 'issued' });
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('pdftotext', [join(env.dataDir, receipt.pdfFile ?? ''), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    expect(text).toContain('《案件移送函》（青山司移〔2025〕1号）');
    expect(text).not.toContain('《《');
    expect(text).toContain('2025年6月3日15时20分');
    expect((await env.fail('documents.issueReceipt', { ...base, method: 'direct' })).code).toBe('ALREADY_ISSUED');
  });
});
