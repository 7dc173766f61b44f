import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build';
import { renderPdf } from './render-pdf';
import { listTemplates, loadTemplate, sampleData } from './template-store';
import { pdfFonts, pdfInfo, pdfText, requireTools } from './testing/tools';

const enabled = requireTools('pdfinfo', 'pdffonts', 'pdftotext');
const dir = mkdtempSync(join(tmpdir(), 'fashen-pdf-'));

async function renderToFile(id: string, data: unknown = sampleData(id), options = {}): Promise<string> {
  const path = join(dir, `${id}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, await renderPdf(buildDocument(loadTemplate(id).template, data), options));
  return path;
}

/** Strings of the sample that must come back out of the PDF as text. */
const EXPECTED: Record<string, string[]> = {
  'review-opinion': [
    '法制审核意见书',
    '某镇司审〔2025〕7号',
    '张某某未经许可擅自建设案',
    '属于应当进行法制审核的情形',
    '（九）违法行为是否涉嫌犯罪',
    '法制审核机构负责人：赵国平',
    '某某镇司法所',
  ],
  'supplement-notice': [
    '补正材料通知书',
    '一次性告知你单位补正以下材料',
    '1.调查终结报告：未提交',
    '补正要求：应当写明案件来源',
    '请于2025年10月17日24时前',
  ],
  'transfer-letter': [
    '案件移送函',
    '某某区市场监督管理局：',
    '本机关在对某某镇场镇农贸市场的日常巡查中发现，王某某',
    '附件：有关材料6份1.现场检查笔录',
    '移送材料清单',
    '先行处置审批表',
    '抄送：某某区司法局。',
  ],
  'item-list': ['涉案物品清单', '电子计价秤', '伍佰陆拾玖元整', '先行处置的物品及所得款项'],
  // A label cell of two lines may be read apart from its value: check each part.
  'service-receipt': [
    '送达回证',
    '送达文书名称、',
    '文号及件数',
    '《案件移送函》',
    '（某镇移〔2025〕4号）1件',
    '王建华、李晓燕',
  ],
  'acceptance-notice': ['受理情况告知书', '本机关决定予以受理', '某区市监受告〔2025〕12号'],
};

describe('renderPdf output', () => {
  it('is byte-for-byte the same for the same data and date, so its hash can identify a printed copy', async () => {
    const model = buildDocument(loadTemplate('service-receipt').template, sampleData('service-receipt'));
    const createdAt = new Date('2025-10-13T07:20:00Z');
    const [a, b] = await Promise.all([renderPdf(model, { createdAt }), renderPdf(model, { createdAt })]);
    expect(a.equals(b)).toBe(true);
    expect(a.subarray(0, 8).toString()).toBe('%PDF-1.7');
  });
});

describe.runIf(enabled)('renderPdf', () => {
  it('makes A4 pages with the fonts embedded as subsets and the Chinese text extractable', async () => {
    for (const { id } of listTemplates()) {
      const path = await renderToFile(id);
      expect(pdfInfo(path)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
      const fonts = pdfFonts(path);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
        // The installed official faces where there are any, else the bundled Noto Serif SC.
        expect(font.name).toMatch(/^[A-Z]{6}\+\S+$/);
      }
      const text = pdfText(path).replace(/\s+/g, '');
      for (const expected of EXPECTED[id] ?? []) expect(text, `${id}: ${expected}`).toContain(expected);
    }
  });

  it('prints page numbers "— 1 —" in the footer', async () => {
    const path = await renderToFile('review-opinion');
    expect(pdfText(path, 1)).toMatch(/—\s*1\s*—/);
    expect(pdfText(path, 2)).toMatch(/—\s*2\s*—/);
  });

  it('embeds an office font when pointed at one', async () => {
    const sans = {
      path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
      postscriptName: 'NotoSansCJKsc-Regular',
    };
    const path = await renderToFile('acceptance-notice', sampleData('acceptance-notice'), { fonts: { body: sans } });
    expect(pdfFonts(path).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('NotoSansCJKsc-Regular');
    expect(pdfText(path).replace(/\s+/g, '')).toContain('本机关决定予以受理');
  });

  it('prints the 版记 at the end of the last page, after the attachment', async () => {
    const path = await renderToFile('transfer-letter');
    const pages = Number(pdfInfo(path).Pages);
    const last = pdfText(path, pages).replace(/\s+/g, '');
    expect(last).toMatch(/接收人（签名）：抄送：某某区司法局。某某镇人民政府2025年10月13日印发—\d+—$/);
    expect(pdfText(path, pages - 1)).not.toContain('抄送');
  });

  it('refuses a font file that does not exist, in Chinese', async () => {
    await expect(
      renderToFile('acceptance-notice', sampleData('acceptance-notice'), { fonts: { body: '/no/simfang.ttf' } }),
    ).rejects.toMatchObject({
      code: 'FONT_NOT_FOUND',
      message: '找不到字体文件“/no/simfang.ttf”，请检查字体设置。',
    });
  });
});
