import { describe, expect, it } from 'vitest';
import { PAGE_SETUP } from './build';
import type { FlowParagraph, FlowRule } from './flow';
import { LINE_PITCH_TWIPS, VERSION_RECORD, ruleTwips } from './layout';
import type { DocBlock, DocumentModel } from './model';
import { ruleHeight } from './lay-items';
import { toFlow } from './to-flow';
import { versionRecord } from './version-record';

function model(blocks: DocBlock[]): DocumentModel {
  return { templateId: 't', name: '测试', page: PAGE_SETUP, pageNumbers: true, blocks };
}

const para = (text: string): DocBlock => ({ kind: 'paragraph', text, align: 'justify', indentChars: 2 });
const cc = (text: string): DocBlock => ({ kind: 'cc', text });

/** Height of the 版记 as Word and LibreOffice lay it out: every line, every rule paragraph with its border. */
function recordHeight(items: readonly (FlowParagraph | FlowRule)[], lines: number[]): number {
  let paragraph = 0;
  return items.reduce((sum, item) => {
    if (item.kind === 'rule') return sum + ruleHeight(item);
    const count = lines[paragraph] ?? 1;
    paragraph += 1;
    return sum + count * item.lineHeight;
  }, 0);
}

describe('toFlow and the 版记', () => {
  it('leaves a paper without 抄送 alone', () => {
    const flow = toFlow(
      model([para('正文'), { kind: 'signature', org: '某某镇司法所', date: '2025年10月10日', stampLines: 2 }]),
    );
    expect(flow.versionRecord).toBeNull();
    expect(flow.body.every((item) => item.kind !== 'rule')).toBe(true);
    expect(flow.body.every((item) => item.kind !== 'paragraph' || item.lineHeight === LINE_PITCH_TWIPS)).toBe(true);
  });

  it('takes the 抄送 out of the body, wherever the template put it, into the 版记', () => {
    const flow = toFlow(
      model([para('正文'), cc('某某区司法局'), { kind: 'pageBreak' }, { kind: 'label', text: '附件1' }]),
    );
    expect(flow.body.map((item) => (item.kind === 'paragraph' ? item.text : item.kind))).toEqual(['正文', '附件1']);
    expect(flow.body[1]).toMatchObject({ breakBefore: true });
    expect(flow.versionRecord?.items.map((item) => item.kind)).toEqual(['rule', 'paragraph', 'rule']);
  });

  it('sets 抄送 in 4号仿宋, one character in on either side, wrapped lines under the first organ, ending in 。', () => {
    for (const text of [
      '某某区司法局、某某区综合行政执法局',
      '某某区司法局、某某区综合行政执法局。',
      '某某区司法局、某某区综合行政执法局，',
    ]) {
      const line = versionRecord([text])?.items[1];
      expect(line).toMatchObject({
        kind: 'paragraph',
        style: 'cc',
        text: '抄送：某某区司法局、某某区综合行政执法局。',
      });
      if (line?.kind !== 'paragraph') throw new Error('no 抄送 line');
      expect(line.right).toBe(VERSION_RECORD.sideIndentTwips);
      expect(line.left + line.firstLine).toBe(VERSION_RECORD.sideIndentTwips);
      expect(line.firstLine).toBe(-3 * 14 * 20);
    }
    expect(versionRecord(['', '  '])).toBeNull();
  });

  it("puts thick rules first and last and thin ones between, the first and last on the 版记's outer edges", () => {
    const record = versionRecord(['某某区司法局', '某某区综合行政执法局']);
    const rules = record?.items.filter((item): item is FlowRule => item.kind === 'rule') ?? [];
    expect(rules.map((r) => [r.weight, r.edge])).toEqual([
      ['thick', 'top'],
      ['thin', 'top'],
      ['thick', 'bottom'],
    ]);
    expect(VERSION_RECORD.ruleEighthsPt).toEqual({ thick: 8, thin: 6 });
    expect(ruleTwips('thick')).toBe(20);
    expect(ruleTwips('thin')).toBe(15);
    // Kept together: everything but the last keeps with the next.
    expect(record?.items.map((item) => item.keepNext)).toEqual([true, true, true, true, false]);
  });

  it('fills exactly whole line pitches, rules and text together, however many lines the 抄送 takes', () => {
    const long = Array.from({ length: 8 }, (_, i) => `某某区某某局${i + 1}`).join('、');
    for (const [texts, lines] of [
      [['某某区司法局'], [1]],
      [[long], [3]],
      [
        ['某某区司法局', long],
        [1, 3],
      ],
    ] as const) {
      const record = versionRecord(texts);
      if (!record) throw new Error('no 版记');
      expect(record.lines).toBe(lines.reduce((a, b) => a + b, 0));
      expect(recordHeight(record.items, [...lines])).toBe(record.lines * LINE_PITCH_TWIPS);
    }
    // One line: 1 pt + 1 pt rule, the text line, 1 pt rule + 1 pt.
    const one = versionRecord(['某某区司法局']);
    expect(one?.items.map((item) => item.lineHeight)).toEqual([20, 499, 20]);
  });
});
