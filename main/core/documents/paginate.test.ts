import { describe, expect, it } from 'vitest';
import { PAGE_SETUP, buildDocument } from './build';
import {
  LINE_PITCH_TWIPS,
  LINES_PER_PAGE,
  MARGINS_TWIPS,
  PAGE_HEIGHT_TWIPS,
  PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS,
  TABLE,
  TEXT_WIDTH_TWIPS,
  VERSION_RECORD,
  charsToTwips,
  rowHeight,
} from './layout';
import { naturalWidth } from './flow';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocBlock, DocumentModel } from './model';
import { documentFlow } from './document-flow';
import { layRow } from './lay-items';
import { PAGE_FOOT_TWIPS, pageNumberLine, paginate } from './paginate';
import { NO_MORE_TEXT_NOTE } from './signature-fit';
import type { PlacedPage } from './paginate';
import { loadTemplate, sampleData } from './template-store';

function model(blocks: DocBlock[]): DocumentModel {
  return { templateId: 't', name: '测试', page: PAGE_SETUP, pageNumbers: true, blocks };
}

function layout(blocks: DocBlock[]): PlacedPage[] {
  return paginate(documentFlow(model(blocks), measureWithBuiltinMetrics), measureWithBuiltinMetrics);
}

function textOf(page: PlacedPage | undefined, index: number): string {
  const line = page?.lines[index];
  return line ? line.text.chars.slice(line.range.start, line.range.end).join('') : '';
}

const para = (text: string): DocBlock => ({ kind: 'paragraph', text, align: 'justify', indentChars: 2 });
const LINE = '中华人民共和国行政处罚法规定当事人有权陈述申辩';

describe('paginate', () => {
  it('puts 22 lines on a page, each on the 28.95 pt pitch', () => {
    const pages = layout(Array.from({ length: 30 }, (_, i) => para(`${i}${LINE}`)));
    expect(pages).toHaveLength(2);
    expect(pages[0]?.lines).toHaveLength(LINES_PER_PAGE);
    expect(pages[0]?.lines.map((l) => l.y - MARGINS_TWIPS.top)).toEqual(
      Array.from({ length: LINES_PER_PAGE }, (_, i) => i * LINE_PITCH_TWIPS),
    );
    expect(textOf(pages[1], 0)).toBe(`22${LINE}`);
  });

  it('splits a long paragraph across pages without widow or orphan control', () => {
    const long = LINE.repeat(30);
    const pages = layout([...Array.from({ length: 21 }, () => para('短')), para(long)]);
    expect(pages[0]?.lines).toHaveLength(22);
    expect(pages[1]?.lines.length).toBeGreaterThan(1);
  });

  it('moves a heading that would end a page to the next one, with its paragraph', () => {
    const blocks: DocBlock[] = [
      ...Array.from({ length: 21 }, () => para('短')),
      { kind: 'heading', level: 1, text: '一、审核意见' },
      para('同意。'),
    ];
    const pages = layout(blocks);
    expect(pages[0]?.lines).toHaveLength(21);
    expect(textOf(pages[1], 0)).toBe('一、审核意见');
  });

  it('keeps the signature, its seal space and the line before it together', () => {
    const blocks: DocBlock[] = [
      ...Array.from({ length: 19 }, () => para('短')),
      para('特此通知。'),
      { kind: 'signature', org: '某某镇司法所', date: '2025年10月10日', stampLines: 2 },
    ];
    const pages = layout(blocks);
    expect(pages).toHaveLength(2);
    expect(textOf(pages[1], 0)).toBe('特此通知。');
    expect(pages[1]?.lines.map((_, i) => textOf(pages[1], i))).toEqual([
      '特此通知。',
      '',
      '',
      '某某镇司法所',
      '2025年10月10日',
    ]);
  });

  const signature: DocBlock = { kind: 'signature', org: '某某镇人民政府', date: '2025年10月13日', stampLines: 2 };
  const texts = (page: PlacedPage | undefined) => (page?.lines ?? []).map((_, i) => textOf(page, i));

  it('keeps the 附件 list in one piece with the signature; the text ends its page with （以下无正文）', () => {
    // Unkept, 附件：1.… would end page 1 and 2.… start page 2 with the signature. The list and the
    // signature do not fit under the text: the text's last line stays, and 以下无正文 closes the gap.
    const pages = layout([
      ...Array.from({ length: 17 }, () => para('短')),
      para('联系人：王建华，联系电话：023-72881567。'),
      { kind: 'blank', lines: 1 },
      { kind: 'attachments', items: ['移送材料清单', '涉案物品清单'] },
      signature,
    ]);
    expect(pages).toHaveLength(2);
    expect(texts(pages[0]).slice(-2)).toEqual(['联系人：王建华，联系电话：023-72881567。', NO_MORE_TEXT_NOTE]);
    expect(texts(pages[1])).toEqual([
      '附件：1.移送材料清单',
      '2.涉案物品清单',
      '',
      '',
      '某某镇人民政府',
      '2025年10月13日',
    ]);
  });

  it('prints no （以下无正文） where the signing block follows the text on its page, or no line is left', () => {
    const attached = (shortLines: number) =>
      layout([
        ...Array.from({ length: shortLines }, () => para('短')),
        para('联系人：王建华，联系电话：023-72881567。'),
        { kind: 'blank', lines: 1 },
        { kind: 'attachments', items: ['移送材料清单'] },
        signature,
      ]);
    const together = attached(10);
    expect(together).toHaveLength(1);
    expect(texts(together[0])).not.toContain(NO_MORE_TEXT_NOTE);
    // The text's last line fills page 1 to its foot: there is no gap to close, and the 附件说明
    // starts page 2 (the empty line that set it off does not).
    const full = attached(LINES_PER_PAGE - 1);
    expect(texts(full[0])).toHaveLength(LINES_PER_PAGE);
    expect(full.flatMap(texts)).not.toContain(NO_MORE_TEXT_NOTE);
    expect(texts(full[1])[0]).toBe('附件：移送材料清单');
    // 特此通知。 kept with a bare signature is text on the signature's page: no note above it.
    const bare = layout([...Array.from({ length: 19 }, () => para('短')), para('特此通知。'), signature]);
    expect(bare.flatMap(texts)).not.toContain(NO_MORE_TEXT_NOTE);
  });

  it('keeps the signing lines (审核人员, 负责人) with the signature; （以下无正文） ends the text above them', () => {
    const signing = (text: string): DocBlock => ({ kind: 'paragraph', text, align: 'justify', indentChars: 2 });
    const pages = layout([
      ...Array.from({ length: 15 }, () => para('短')),
      para('请按程序报请某某镇人民政府负责人决定。'),
      { kind: 'blank', lines: 1 },
      signing('审核人：陈静'),
      signing('法制审核机构负责人：孙明'),
      { ...signature, org: '某某镇司法所' },
    ]);
    expect(pages[0]?.lines).toHaveLength(17);
    expect(texts(pages[0]).slice(-1)).toEqual([NO_MORE_TEXT_NOTE]);
    expect(texts(pages[1]).slice(0, 2)).toEqual(['审核人：陈静', '法制审核机构负责人：孙明']);
  });

  it('does not carry a long paragraph over with the signature, nor a long run of short ones', () => {
    const long = para(LINE.repeat(3));
    const pages = layout([
      ...Array.from({ length: 16 }, () => para('短')),
      long,
      { kind: 'blank', lines: 1 },
      para('特此通知。'),
      signature,
    ]);
    expect(textOf(pages[1], 0)).toBe('特此通知。');
    const many = layout([
      ...Array.from({ length: 8 }, () => para('短')),
      { kind: 'blank', lines: 1 },
      ...Array.from({ length: 12 }, () => para('短')),
      signature,
    ]);
    expect(many[0]?.lines.length).toBeGreaterThan(LINES_PER_PAGE - 4);
  });

  it('lets no punctuation hang out of a table cell: the character before it wraps with it', () => {
    const width = 6002;
    const cell = (text: string) => ({ text, style: 'cellLarge' as const, align: 'justify' as const, span: 1, width });
    const line = (text: string) => {
      const row = layRow({ cells: [cell(text)], minLines: 1, lineHeight: LINE_PITCH_TWIPS }, measureWithBuiltinMetrics);
      return (row.cells[0]?.lines ?? []).map(({ text: t, range }) => t.chars.slice(range.start, range.end).join(''));
    };
    // 18 characters fill the cell's 291.6 pt; a body paragraph would hang the 。 as the 19th.
    const han = '物品清单先行处置所得款项已经登记保存';
    expect(line(`${han}。其余`)).toEqual([han.slice(0, 17), `${han.slice(17)}。其余`]);
    expect(line('物品清单1份，先行处置所得款项569元。')).toEqual(['物品清单1份，先行处置所得款项569', '元。']);
  });

  it('gives the item list’s short cells room for a line: no name, quantity or header breaks inside a word', () => {
    const sample = buildDocument(loadTemplate('item-list').template, sampleData('item-list'));
    const cellLines = paginate(documentFlow(sample, measureWithBuiltinMetrics), measureWithBuiltinMetrics)
      .flatMap((page) => page.lines)
      .filter((line) => line.style === 'cell' || line.style === 'cellHeader')
      .map((line) => line.text.chars.slice(line.range.start, line.range.end).join(''));
    for (const whole of [
      '序号',
      '物品名称',
      '某品牌纯牛奶',
      '某品牌风味酸奶',
      '250毫升/盒',
      'ACS-30型',
      '24盒',
      '8.5公斤',
      '32公斤',
      '留存的证据',
    ]) {
      expect(cellLines, whole).toContain(whole);
    }
    // The proceeds header is four characters wide and breaks after 款项.
    expect(cellLines).toContain('所得款项');
    expect(cellLines).toContain('（元）');
  });

  it('centres the signature over the date, the date four characters from the right margin', () => {
    const page = layout([{ kind: 'signature', org: '某某镇司法所', date: '2025年10月10日', stampLines: 0 }])[0];
    const [org, date] = page?.lines ?? [];
    const right = MARGINS_TWIPS.left + TEXT_WIDTH_TWIPS - charsToTwips(4);
    expect(date && date.x + date.width).toBe(right);
    expect(date?.align).toBe('right');
    const dateWidth = naturalWidth('2025年10月10日', 'body', measureWithBuiltinMetrics);
    expect(org && org.x + org.width / 2).toBeCloseTo(right - dateWidth / 2, -1);
    expect(org?.align).toBe('center');
  });

  it('keeps the date four characters from the right when the signature is longer than the date', () => {
    const org = '某某区某某镇人民政府综合行政执法大队';
    const page = layout([{ kind: 'signature', org, date: '2025年10月10日', stampLines: 0 }])[0];
    const [first, date] = page?.lines ?? [];
    expect(date && date.x + date.width).toBe(MARGINS_TWIPS.left + TEXT_WIDTH_TWIPS - charsToTwips(4));
    // Centred over the date as far as the text area allows: never past its right edge.
    expect(first && first.x + first.width).toBeLessThanOrEqual(MARGINS_TWIPS.left + TEXT_WIDTH_TWIPS);
  });

  it('never splits a table row and repeats the header row on the next page', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      cells: [
        { text: String(i + 1), span: 1, align: 'center' as const, header: false },
        { text: '某品牌纯牛奶', span: 1, align: 'left' as const, header: false },
      ],
      minLines: 1,
    }));
    const header = {
      cells: [
        { text: '序号', span: 1, align: 'center' as const, header: true },
        { text: '物品名称', span: 1, align: 'center' as const, header: true },
      ],
      minLines: 1,
    };
    const pages = layout([
      { kind: 'table', columnWidths: [2000, TEXT_WIDTH_TWIPS - 2000], headerRows: [header], rows, size: 'small' },
    ]);
    expect(pages).toHaveLength(2);
    expect(textOf(pages[1], 0)).toBe('序号');
    for (const page of pages) {
      for (const cell of page.cells) expect(cell.y + cell.height).toBeLessThanOrEqual(MARGINS_TWIPS.top + 12756);
    }
  });

  it('sets a 4号 table on its 21 pt pitch and a 3号 one on the body pitch, the text after it on the body pitch', () => {
    const row = (text: string, minLines = 1) => ({
      cells: [
        { text: '栏目', span: 1, align: 'center' as const, header: true },
        { text, span: 1, align: 'left' as const, header: false },
      ],
      minLines,
    });
    const rows = [row('一行'), row('两行\n第二行'), row('签名', 3)];
    const table = (size: 'small' | 'normal'): DocBlock => ({
      kind: 'table',
      columnWidths: [3000, TEXT_WIDTH_TWIPS - 3000],
      headerRows: [],
      rows,
      size,
    });
    for (const [size, pitch] of [
      ['small', TABLE.smallLinePitchTwips],
      ['normal', LINE_PITCH_TWIPS],
    ] as const) {
      const page = layout([table(size), para('表后正文。')])[0];
      const heights = (page?.cells ?? []).filter((_, i) => i % 2 === 0).map((cell) => cell.height);
      expect(heights, size).toEqual([1, 2, 3].map((lines) => lines * pitch + TABLE.rowPaddingTwips));
      const lines = page?.lines ?? [];
      const first = lines.find((_, i) => textOf(page, i) === '两行');
      const next = lines.find((_, i) => textOf(page, i) === '第二行');
      expect(first?.height, size).toBe(pitch);
      expect((next?.y ?? 0) - (first?.y ?? 0), size).toBe(pitch);
      const after = page?.lines.at(-1);
      expect(after?.height, size).toBe(LINE_PITCH_TWIPS);
      // The table's height, rules half outside it included, then the body line.
      expect(after?.y, size).toBe(MARGINS_TWIPS.top + 6 * pitch + 3 * TABLE.rowPaddingTwips + 10);
    }
  });

  it('starts a page at a page break', () => {
    const pages = layout([para('正文'), { kind: 'pageBreak' }, { kind: 'label', text: '附件1' }]);
    expect(pages).toHaveLength(2);
    expect(textOf(pages[1], 0)).toBe('附件1');
  });
});

describe('the 版记 (抄送 between rules) at the foot of the last page', () => {
  const cc = (text = '某某区司法局'): DocBlock => ({ kind: 'cc', text });
  const signature: DocBlock = { kind: 'signature', org: '某某镇人民政府', date: '2025年10月13日', stampLines: 2 };
  const foot = MARGINS_TWIPS.top + PAGE_FOOT_TWIPS;
  const texts = (page: PlacedPage | undefined) => (page?.lines ?? []).map((_, i) => textOf(page, i));

  /** The page's 版记: its rules and its 抄送 lines' boxes, checked to span the text area. */
  function record(page: PlacedPage | undefined) {
    const rules = page?.rules ?? [];
    for (const rule of rules) {
      expect(rule.x).toBe(MARGINS_TWIPS.left);
      expect(rule.width).toBe(TEXT_WIDTH_TWIPS);
    }
    const lines = (page?.lines ?? []).filter((line) => line.style === 'cc');
    return { rules, lines };
  }

  it("puts a one-line 抄送 on the page's last line, a thick rule above and below it across the text area", () => {
    const pages = layout([para('正文。'), signature, cc()]);
    expect(pages).toHaveLength(1);
    const { rules, lines } = record(pages[0]);
    expect(lines.map((l) => l.text.chars.slice(l.range.start, l.range.end).join(''))).toEqual(['抄送：某某区司法局。']);
    expect(rules.map((r) => r.thickness)).toEqual([20, 20]);
    const [top, bottom] = rules;
    const [line] = lines;
    // 版记 box: the page's last pitch, a rule on its top and bottom edges, the text 1 pt inside them.
    expect((top?.y ?? 0) - 10).toBe(foot - LINE_PITCH_TWIPS);
    expect(line?.y).toBe((top?.y ?? 0) + 10 + VERSION_RECORD.ruleLineTwips);
    expect((line?.y ?? 0) + (line?.height ?? 0) + VERSION_RECORD.ruleLineTwips).toBe((bottom?.y ?? 0) - 10);
    expect((bottom?.y ?? 0) + 10).toBe(foot);
    expect(line?.x).toBe(MARGINS_TWIPS.left + 280);
    expect((line?.x ?? 0) + (line?.width ?? 0)).toBeLessThanOrEqual(MARGINS_TWIPS.left + TEXT_WIDTH_TWIPS - 280);
  });

  it('fills the lines between the signature and the 版记 with empty lines on the pitch', () => {
    const flow = documentFlow(model([para('正文。'), signature, cc()]), measureWithBuiltinMetrics);
    const filler = flow.filter(
      (item) => item.kind === 'paragraph' && item.text === '' && item.lineHeight === LINE_PITCH_TWIPS,
    );
    // 正文 1 + seal 2 + org 1 + date 1 = 5 lines, the 版记 1: 16 empty lines between.
    expect(filler).toHaveLength(2 + 16);
  });

  it("uses the page's very last line when the body leaves just one", () => {
    const pages = layout([...Array.from({ length: 21 }, (_, i) => para(`第${i + 1}段`)), cc()]);
    expect(pages).toHaveLength(1);
    expect(textOf(pages[0], 21)).toBe('抄送：某某区司法局。');
    expect(record(pages[0]).rules).toHaveLength(2);
  });

  it('moves the 版记 to the foot of a new page when it does not fit under the body, adding no other page', () => {
    const pages = layout([...Array.from({ length: 22 }, (_, i) => para(`第${i + 1}段`)), cc()]);
    expect(pages).toHaveLength(2);
    expect(texts(pages[1]).filter((t) => t !== '')).toEqual(['抄送：某某区司法局。']);
    const { rules, lines } = record(pages[1]);
    expect((rules[1]?.y ?? 0) + 10).toBe(foot);
    expect(lines[0]?.y).toBe(foot - LINE_PITCH_TWIPS + 40);
    expect(record(pages[0]).rules).toHaveLength(0);
  });

  it('puts a 版记 that needs two lines on the last two, whole, or on a new page', () => {
    const long = '某某区司法局、某某区综合行政执法局、某某区农业农村委员会、某某区生态环境局';
    const fits = layout([...Array.from({ length: 20 }, () => para('短')), cc(long)]);
    expect(fits).toHaveLength(1);
    const { rules, lines } = record(fits[0]);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.x).toBe((lines[0]?.x ?? 0) + 3 * 280);
    expect((rules[0]?.y ?? 0) - 10).toBe(foot - 2 * LINE_PITCH_TWIPS);
    expect((rules[1]?.y ?? 0) + 10).toBe(foot);
    const moved = layout([...Array.from({ length: 21 }, () => para('短')), cc(long)]);
    expect(moved).toHaveLength(2);
    expect(record(moved[1]).lines).toHaveLength(2);
  });

  it('draws a thin rule between two 抄送 elements', () => {
    const { rules } = record(layout([para('正文。'), cc('某某区司法局'), cc('某某区综合行政执法局')])[0]);
    expect(rules.map((r) => r.thickness)).toEqual([20, 15, 20]);
  });

  it('goes after the attachments, at the foot of the last page, even when the template puts it before them', () => {
    const pages = layout([
      para('正文。'),
      signature,
      cc(),
      { kind: 'pageBreak' },
      { kind: 'label', text: '附件1' },
      para('清单'),
    ]);
    expect(pages).toHaveLength(2);
    expect(record(pages[0]).rules).toHaveLength(0);
    expect(texts(pages[1]).filter((t) => t !== '')).toEqual(['附件1', '清单', '抄送：某某区司法局。']);
    expect(record(pages[1]).rules).toHaveLength(2);
  });

  it('sits on the page foot after a table too, the odd twips of its rows and rules taken up by the first empty line', () => {
    const row = (text: string) => ({ cells: [{ text, span: 1, align: 'left' as const, header: false }], minLines: 1 });
    const rows = Array.from({ length: 5 }, (_, i) => row(`第${i + 1}项`));
    const flow = documentFlow(
      model([{ kind: 'table', columnWidths: [TEXT_WIDTH_TWIPS], headerRows: [], rows, size: 'small' }, cc()]),
      measureWithBuiltinMetrics,
    );
    // Five rows, and the table's 0.5 pt outer rules half outside them, above and below (as LibreOffice sets them).
    const tableHeight = 5 * rowHeight(1, TABLE.smallLinePitchTwips) + 10;
    const first = flow[1];
    expect(first).toMatchObject({ kind: 'paragraph', text: '' });
    // The gap down to the 版记 is not a whole number of pitches; the first empty line takes the rest.
    const gap = PAGE_FOOT_TWIPS - LINE_PITCH_TWIPS - tableHeight;
    expect(first?.kind === 'paragraph' && first.lineHeight).toBe(LINE_PITCH_TWIPS + (gap % LINE_PITCH_TWIPS));
    const page = paginate(flow, measureWithBuiltinMetrics)[0];
    expect(page?.cells[0]?.y).toBe(MARGINS_TWIPS.top + 5);
    const { rules } = record(page);
    expect((rules[1]?.y ?? 0) + 10).toBe(foot);
  });

  it('changes nothing when there is no 抄送', () => {
    const blocks = [para('正文。'), signature];
    const pages = layout(blocks);
    expect(pages[0]?.rules).toEqual([]);
    expect(texts(pages[0])).toEqual(['正文。', '', '', '某某镇人民政府', '2025年10月13日']);
  });
});

describe('pageNumberLine', () => {
  it('puts odd page numbers right and even ones left, 7 mm below the text area', () => {
    expect(pageNumberLine(1)).toMatchObject({ text: '— 1 —', align: 'right' });
    expect(pageNumberLine(2)).toMatchObject({ text: '— 2 —', align: 'left' });
    expect(pageNumberLine(3).y).toBe(PAGE_HEIGHT_TWIPS - MARGINS_TWIPS.bottom + PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS);
  });
});
