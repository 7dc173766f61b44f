import { describe, expect, it } from 'vitest';
import { PAGE_SETUP, buildDocument } from './build';
import { LINE_PITCH_TWIPS, LINES_PER_PAGE, TABLE } from './layout';
import type { DocBlock } from './model';
import { renderDocx } from './render-docx';
import { loadTemplate, sampleData } from './template-store';
import { docxParts } from './testing/docx-xml';

async function render(id: string, data: unknown = sampleData(id)): Promise<Record<string, string>> {
  return docxParts(await renderDocx(buildDocument(loadTemplate(id).template, data)));
}

const parts = await render('review-opinion');
const doc = parts['word/document.xml'] ?? '';
const styles = parts['word/styles.xml'] ?? '';

function attr(xml: string, element: string, name: string): string | undefined {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  return tag ? new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] : undefined;
}

describe('renderDocx', () => {
  it('sets an A4 page in exact twips with the GB/T 9704 margins', () => {
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(doc, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(doc, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(doc, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(doc, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(doc, 'w:pgMar', 'w:right')).toBe('1474');
  });

  it('lays every paragraph on the exact 28.95 pt pitch (22 lines a page) without widow control', () => {
    const paragraphs = doc.match(/<w:p>.*?<\/w:p>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(40);
    for (const p of paragraphs) expect(p).toContain('w:line="579" w:lineRule="exact"');
    expect(styles).toContain('<w:widowControl w:val="0"/>');
    expect(styles).toContain('<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>');
  });

  it('defines real styles with East-Asian fonts and sizes in half-points: body 32, title 44', () => {
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Normal')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('Normal')).toContain('<w:sz w:val="32"/>');
    expect(style('Normal')).toContain('<w:spacing w:val="-5"/>');
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toContain('<w:sz w:val="44"/>');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体"');
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"');
  });

  it('names the East-Asian font on every run', () => {
    const runs = doc.match(/<w:r>.*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(30);
    for (const run of runs) expect(run).toMatch(/w:eastAsia="(仿宋_GB2312|方正小标宋简体|黑体|楷体)"/);
    expect(doc).toMatch(
      /<w:pStyle w:val="Title"\/>.*?w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>.*?某某镇人民政府/,
    );
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>.*?w:eastAsia="黑体".*?一、案件基本情况/);
    expect(doc).toMatch(/<w:pStyle w:val="Heading2"\/>.*?w:eastAsia="楷体".*?（一）行政执法主体是否合法/);
  });

  it('gives 仿宋 as the alternative to 仿宋_GB2312 in the font table', () => {
    expect(parts['word/fontTable.xml']).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('numbers pages "— 1 —", odd pages on the right and even pages on the left', () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const odd = parts['word/footer1.xml'] ?? '';
    const even = parts['word/footer2.xml'] ?? '';
    for (const footer of [odd, even]) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('— </w:t>');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it('keeps the text editable and escaped', async () => {
    const data = structuredClone(sampleData('acceptance-notice')) as Record<string, unknown>;
    data.sender = '某某镇人民政府<w:p>&';
    const xml = (await render('acceptance-notice', data))['word/document.xml'] ?? '';
    expect(xml).toContain('某某镇人民政府&lt;w:p&gt;&amp;：');
  });

  it('draws form tables with single 0.5 pt borders, rows that never split and a repeating header', async () => {
    const xml = (await render('item-list'))['word/document.xml'] ?? '';
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toMatch(/<w:top w:val="single" w:color="000000" w:sz="4"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
  });

  it('sets a 4号 table’s cells on their 21 pt exact pitch, not snapping to a grid, its rows whole lines high', async () => {
    const xml = (await render('service-receipt'))['word/document.xml'] ?? '';
    const table = /<w:tbl>.*<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const cells = table.match(/<w:p>.*?<\/w:p>/g) ?? [];
    expect(cells.length).toBeGreaterThan(20);
    for (const p of cells) expect(p).toContain(`w:line="${TABLE.smallLinePitchTwips}" w:lineRule="exact"`);
    const outside = xml.replace(table, '').match(/<w:p>.*?<\/w:p>/g) ?? [];
    for (const p of outside) expect(p).not.toContain(`w:line="${TABLE.smallLinePitchTwips}"`);
    const heights = [...table.matchAll(/<w:trHeight w:val="(\d+)"/g)].map((m) => Number(m[1]));
    for (const h of heights) expect((h - TABLE.rowPaddingTwips) % TABLE.smallLinePitchTwips).toBe(0);
    // The receipt's signature row keeps four lines for the signature and 年 月 日.
    expect(Math.max(...heights)).toBeGreaterThanOrEqual(4 * TABLE.smallLinePitchTwips + TABLE.rowPaddingTwips);
    for (const id of ['FsCell', 'FsCellHeader', 'FsCellLarge', 'FsCellHeaderLarge']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:snapToGrid w:val="0"/>');
    }
  });

  it('has no paragraph borders when the paper has no 抄送', () => {
    expect(doc).not.toContain('<w:pBdr>');
  });
});

describe('renderDocx: the 版记', () => {
  const paragraphsOf = (xml: string) => xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
  const exactLine = (p: string) => Number(/w:line="(\d+)" w:lineRule="exact"/.exec(p)?.[1]);
  /** Border width in twips: sz is in eighths of a point. */
  const borderTwips = (p: string) =>
    [...p.matchAll(/<w:(?:top|bottom) [^>]*w:sz="(\d+)"/g)].reduce((sum, m) => sum + (Number(m[1]) * 20) / 8, 0);

  it('draws the rules as 1 pt paragraph borders (0.35 mm) at w:space="0", on empty full-width paragraphs around the 抄送', async () => {
    const xml = (await render('transfer-letter'))['word/document.xml'] ?? '';
    const paragraphs = paragraphsOf(xml);
    const at = paragraphs.findIndex((p) => p.includes('抄送：某某区司法局。'));
    // 抄送, then 印发机关和印发日期 under a thin rule (GB/T 9704 §7.4.3), between the thick rules.
    expect(at).toBe(paragraphs.length - 4);
    const [above, line, between, printed, below] = paragraphs.slice(at - 1);
    expect(between).toContain('<w:pBdr><w:top w:val="single" w:color="000000" w:sz="6" w:space="0"/></w:pBdr>');
    expect(printed).toMatch(/某某镇人民政府\u3000+2025年10月13日印发/);
    expect(above).toContain('<w:pBdr><w:top w:val="single" w:color="000000" w:sz="8" w:space="0"/></w:pBdr>');
    expect(below).toContain('<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="8" w:space="0"/></w:pBdr>');
    for (const rule of [above, below]) {
      expect(rule).toContain('<w:ind w:left="0" w:right="0"/>');
      expect(rule).not.toContain('<w:r>');
    }
    expect(line).toContain('<w:pStyle w:val="FsCc"/>');
    expect(line).toContain('<w:sz w:val="28"/>');
    expect(line).toContain('<w:ind w:left="1120" w:right="280" w:hanging="840"/>');
    expect(line).not.toContain('<w:pBdr>');
    expect(above).toContain('<w:keepNext/>');
    expect(line).toContain('<w:keepNext/>');
  });

  it('keeps the 附件 list together and with the signature, each kept paragraph unsplittable too', async () => {
    const xml = (await render('transfer-letter'))['word/document.xml'] ?? '';
    const paragraphs = paragraphsOf(xml);
    const first = paragraphs.find((p) => p.includes('附件：有关材料6份')) ?? '';
    const second = paragraphs.find((p) => p.includes('>1.现场检查笔录<')) ?? '';
    for (const p of [first, second]) {
      expect(p).toContain('<w:keepNext/>');
      expect(p).toContain('<w:keepLines/>');
    }
  });

  it('pads the last page with empty lines so that, borders included, the 版记 ends on its 22nd line', async () => {
    const xml = (await render('transfer-letter'))['word/document.xml'] ?? '';
    // The last page: from the paragraph that starts it (附件1's page break) to the end; a table
    // there counts with its rows' heights and its outer 0.5 pt rules (sz 4), which LibreOffice sets
    // half outside the rows.
    const page = xml.slice(xml.lastIndexOf('<w:p>', xml.lastIndexOf('<w:pageBreakBefore/>')));
    let rows = 0;
    const outside = page.replace(/<w:tbl>.*?<\/w:tbl>/g, (table) => {
      rows += [...table.matchAll(/<w:trHeight [^>]*w:val="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      rows += (Number(/<w:tblBorders><w:top [^>]*w:sz="(\d+)"/.exec(table)?.[1]) * 20) / 8;
      return '';
    });
    expect(rows).toBeGreaterThan(0);
    const paragraphs = outside.match(/<w:p>.*?<\/w:p>/g) ?? [];
    expect(paragraphs.at(-4)).toContain('抄送：某某区司法局。');
    const lines = paragraphs.reduce((sum, p) => sum + exactLine(p) + borderTwips(p), 0);
    expect(lines + rows).toBe(LINES_PER_PAGE * LINE_PITCH_TWIPS);
  });

  it('separates two 抄送 elements with a thin 0.75 pt rule (0.25 mm)', async () => {
    const blocks: DocBlock[] = [
      { kind: 'paragraph', text: '正文。', align: 'justify', indentChars: 2 },
      { kind: 'cc', text: '某某区司法局' },
      { kind: 'cc', text: '某某区综合行政执法局' },
    ];
    const xml =
      docxParts(await renderDocx({ templateId: 't', name: '测试', page: PAGE_SETUP, pageNumbers: true, blocks }))[
        'word/document.xml'
      ] ?? '';
    const sizes = [...xml.matchAll(/<w:pBdr><w:(top|bottom) [^>]*w:sz="(\d+)" w:space="0"\/><\/w:pBdr>/g)].map(
      (m) => `${m[1]}${m[2]}`,
    );
    expect(sizes).toEqual(['top8', 'top6', 'bottom8']);
    const total = paragraphsOf(xml).reduce((sum, p) => sum + exactLine(p) + borderTwips(p), 0);
    expect(total).toBe(LINES_PER_PAGE * LINE_PITCH_TWIPS);
  });
});
