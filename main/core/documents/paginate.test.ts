// How paginate breaks pages: 22 lines on the pitch, long paragraphs split without widow or orphan
// control, a heading moved with what follows it, table rows kept whole with their header repeated,
// cells that let no punctuation hang, page breaks, and the page number's place. The signature on
// its page: signature.test.ts; the 版记 at the page foot: version-record-placement.test.ts.

import { describe, expect, it } from 'vitest';
import { buildDocument } from './build';
import {
  LINE_PITCH_TWIPS,
  LINES_PER_PAGE,
  MARGINS_TWIPS,
  PAGE_HEIGHT_TWIPS,
  PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS,
  TABLE,
  TEXT_WIDTH_TWIPS,
} from './layout';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocBlock } from './model';
import { documentFlow } from './document-flow';
import { layRow } from './lay-items';
import { pageNumberLine, paginate } from './paginate';
import { LINE, layout, para, textOf } from './testing/laid-out';
import { loadTemplate, sampleData } from './template-store';

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

describe('pageNumberLine', () => {
  it('puts odd page numbers right and even ones left, 7 mm below the text area', () => {
    expect(pageNumberLine(1)).toMatchObject({ text: '— 1 —', align: 'right' });
    expect(pageNumberLine(2)).toMatchObject({ text: '— 2 —', align: 'left' });
    expect(pageNumberLine(3).y).toBe(PAGE_HEIGHT_TWIPS - MARGINS_TWIPS.bottom + PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS);
  });
});
