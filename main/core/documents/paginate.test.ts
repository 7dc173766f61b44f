import { describe, expect, it } from 'vitest';
import { PAGE_SETUP } from './build';
import { toFlow } from './flow';
import { LINE_PITCH_TWIPS, LINES_PER_PAGE, MARGINS_TWIPS, PAGE_HEIGHT_TWIPS, TEXT_WIDTH_TWIPS, mmToTwips } from './layout';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocBlock, DocumentModel } from './model';
import { pageNumberLine, paginate } from './paginate';
import type { PlacedPage } from './paginate';

function model(blocks: DocBlock[]): DocumentModel {
  return { templateId: 't', name: '测试', page: PAGE_SETUP, pageNumbers: true, blocks };
}

function layout(blocks: DocBlock[]): PlacedPage[] {
  return paginate(toFlow(model(blocks)), measureWithBuiltinMetrics);
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
    const blocks: DocBlock[] = [...Array.from({ length: 21 }, () => para('短')), { kind: 'heading', level: 1, text: '一、审核意见' }, para('同意。')];
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
    expect(pages[1]?.lines.map((_, i) => textOf(pages[1], i))).toEqual(['特此通知。', '', '', '某某镇司法所', '2025年10月10日']);
  });

  it('centres the signature over the date, the date four characters from the right margin', () => {
    const page = layout([{ kind: 'signature', org: '某某镇司法所', date: '2025年10月10日', stampLines: 0 }])[0];
    const [org, date] = page?.lines ?? [];
    expect(org && date && org.x + org.width / 2).toBeCloseTo((date?.x ?? 0) + (date?.width ?? 0) / 2, 5);
    expect(org?.align).toBe('center');
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
    const pages = layout([{ kind: 'table', columnWidths: [2000, TEXT_WIDTH_TWIPS - 2000], headerRows: [header], rows, size: 'small' }]);
    expect(pages).toHaveLength(2);
    expect(textOf(pages[1], 0)).toBe('序号');
    for (const page of pages) {
      for (const cell of page.cells) expect(cell.y + cell.height).toBeLessThanOrEqual(MARGINS_TWIPS.top + 12756);
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
    expect(pageNumberLine(3).y).toBe(PAGE_HEIGHT_TWIPS - MARGINS_TWIPS.bottom + mmToTwips(7));
  });
});
