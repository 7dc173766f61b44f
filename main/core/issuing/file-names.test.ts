import { describe, expect, it } from 'vitest';
import { paperFileBase, paperFilePath } from './file-names';

const row = (templateId: string, data: Record<string, unknown>, docNumber: string | null, title: string) => ({
  id: 6,
  template_id: templateId,
  data_json: JSON.stringify(data),
  doc_number: docNumber,
  title,
  status: 'issued' as const,
});

describe('paper file names', () => {
  it('names a paper by its number, title and addressee, the way a clerk would', () => {
    const notice = row('acceptance-notice', { sender: '白石镇人民政府' }, '青山受〔2026〕3号', '受理情况告知书');
    expect(paperFileBase(notice)).toBe('青山受〔2026〕3号 受理情况告知书 白石镇人民政府');
    expect(paperFilePath(notice, 2026, 'pdf')).toBe(
      'documents/2026/青山受〔2026〕3号 受理情况告知书 白石镇人民政府（6）.pdf',
    );
    expect(paperFileBase({ ...notice, status: 'voided' })).toContain('（已作废）');
  });

  it('names an unnumbered 送达回证 by its case, and is safe for Windows', () => {
    const receipt = row(
      'service-receipt',
      { caseTitle: '李某某擅自设置户外广告案', recipient: '李某某' },
      null,
      '送达回证',
    );
    expect(paperFileBase(receipt)).toBe('送达回证 李某某擅自设置户外广告案');
    const odd = row('transfer-letter', { receiver: '区"城管"局/执法队' }, '青山移〔2026〕1号', '案件移送函');
    expect(paperFileBase(odd)).not.toMatch(/[<>:"/\\|?*]/);
  });

  it('never puts a complainant in a file name', () => {
    const answer = row('complaint-answer', { complainant: '张三' }, '青山答〔2026〕1号', '举报投诉答复书');
    expect(paperFileBase(answer)).toBe('青山答〔2026〕1号 举报投诉答复书');
  });
});
