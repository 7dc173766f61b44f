// The 版记 (抄送 between rules) at the foot of the last page: its last rule on the page foot, empty
// lines on the pitch down to it, a new page when it does not fit under the body, after the
// attachments, after a table.

import { describe, expect, it } from 'vitest';
import { LINE_PITCH_TWIPS, MARGINS_TWIPS, TABLE, TEXT_WIDTH_TWIPS, VERSION_RECORD, rowHeight } from './layout';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocBlock } from './model';
import { documentFlow } from './document-flow';
import { PAGE_FOOT_TWIPS, paginate } from './paginate';
import type { PlacedPage } from './paginate';
import { layout, model, para, textOf } from './testing/laid-out';

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
