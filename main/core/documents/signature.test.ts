// The signature on its page: kept with its seal space and what introduces it (the text's last line,
// the 附件 list, the signing lines), never with a long paragraph; （以下无正文） closing the gap the
// text leaves above a signing block that starts the next page; centred over its date, the date four
// characters from the right margin.

import { describe, expect, it } from 'vitest';
import { LINES_PER_PAGE, MARGINS_TWIPS, TEXT_WIDTH_TWIPS, charsToTwips } from './layout';
import { naturalWidth } from './flow';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocBlock } from './model';
import type { PlacedPage } from './paginate';
import { NO_MORE_TEXT_NOTE } from './signature-fit';
import { LINE, layout, para, textOf } from './testing/laid-out';

describe('the signature on its page', () => {
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
});
