import { describe, expect, it } from 'vitest';
import { CHARS_PER_LINE, TEXT_WIDTH_TWIPS, charsToTwips } from './layout';
import { autospaceBefore, breakLines, measureText, placeLine, resolveScripts } from './linebreak';
import type { TextSpec } from './linebreak';
import { measureWithBuiltinMetrics } from './metrics';

const body: TextSpec = { font: 'fangsong', sizePt: 16, charSpacingTwips: -5 };
const HAN = '中华人民共和国行政处罚法规定当事人有权进行陈述和申辩行政机关必须充分听取当事人的意见'.repeat(2);

function lines(text: string, first = TEXT_WIDTH_TWIPS, rest = TEXT_WIDTH_TWIPS, hang = false): string[] {
  const measured = measureText(text, body, measureWithBuiltinMetrics);
  return breakLines(measured, first, rest, body, { hang }).map((r) => measured.chars.slice(r.start, r.end).join(''));
}

describe('breakLines', () => {
  it('keeps 〔年份〕序号号 of a 文号 whole, and lets the text before it fill the line', () => {
    const text = '2025年10月20日，本机关在办理青山综执罚〔2025〕13号案件过程中发现，当事人有违法行为。';
    const [first, second] = lines(text, TEXT_WIDTH_TWIPS - charsToTwips(2));
    // Not "2025年10月20日，本机关" stretched over the line with the rest carried whole.
    expect(first).toMatch(/^2025年10月20日，本机关在办理青山综执罚/);
    expect(`${first}${second}`).toContain('〔2025〕13号');
    for (const line of lines(`${HAN.slice(0, 22)}青山司审〔2026〕1号${HAN.slice(0, 9)}`)) {
      expect(line.includes('〔') === line.includes('号'), line).toBe(true);
    }
  });

  it('sets 28 characters a line and 26 after a two-character indent', () => {
    expect(lines(HAN).map((l) => l.length)).toEqual([CHARS_PER_LINE, CHARS_PER_LINE, HAN.length - 56]);
    expect(lines(HAN, TEXT_WIDTH_TWIPS - charsToTwips(2))[0]).toHaveLength(26);
  });

  it('lets 。and ，hang past the margin only when asked (papers never do)', () => {
    const [first, second] = lines(`${HAN.slice(0, 28)}。${HAN.slice(0, 5)}`, TEXT_WIDTH_TWIPS, TEXT_WIDTH_TWIPS, true);
    expect(first).toBe(`${HAN.slice(0, 28)}。`);
    expect(second).toBe(HAN.slice(0, 5));
  });

  it('lets nothing hang out of the text block or a cell: the character before the 。 goes to the next line with it', () => {
    // 避头尾 inside the block, as Word does with w:overflowPunct off: 元。 wraps together.
    const [first, second] = lines(`${HAN.slice(0, 28)}。${HAN.slice(0, 5)}`);
    expect(first).toBe(HAN.slice(0, 27));
    expect(second).toBe(`${HAN.slice(27, 28)}。${HAN.slice(0, 5)}`);
    const [digits, rest] = lines(`${HAN.slice(0, 24)}569元。`, TEXT_WIDTH_TWIPS, TEXT_WIDTH_TWIPS, false);
    expect([digits, rest]).toEqual([`${HAN.slice(0, 24)}569`, '元。']);
  });

  it('carries the last character over rather than start a line with ）or end one with （', () => {
    expect(lines(`${HAN.slice(0, 28)}）${HAN.slice(0, 5)}`)[1]).toBe(`${HAN.slice(27, 28)}）${HAN.slice(0, 5)}`);
    expect(lines(`${HAN.slice(0, 27)}（${HAN.slice(0, 5)}`)[0]).toBe(HAN.slice(0, 27));
  });

  it('never splits a number', () => {
    const text = `${HAN.slice(0, 26)}20251014${HAN.slice(0, 3)}`;
    const [first, second] = lines(text);
    expect(first).toBe(HAN.slice(0, 26));
    expect(second?.startsWith('20251014')).toBe(true);
  });

  it('breaks a Latin code only after a hyphen, as LibreOffice does (023-|72881234)', () => {
    const [first, second] = lines(`${HAN.slice(0, 20)}电话：023-72881234。`);
    expect(first).toBe(`${HAN.slice(0, 20)}电话：023-`);
    expect(second).toBe('72881234。');
  });

  it('keeps a closing mark with the Latin text after it, and a pair of dashes together', () => {
    expect(lines(`${HAN.slice(0, 25)}》ABC${HAN.slice(0, 3)}`)[1]?.startsWith(`${HAN.slice(24, 25)}》ABC`)).toBe(true);
    expect(lines(`${HAN.slice(0, 27)}——${HAN.slice(0, 3)}`)[1]?.startsWith('——')).toBe(true);
  });

  it('does not let a full stop inside a Latin address hang', () => {
    const [first] = lines(`${HAN.slice(0, 17)}网址www.example.gov.cn。`);
    expect(first).toBe(`${HAN.slice(0, 17)}网址`);
  });

  it('treats an empty text as one empty line', () => {
    expect(lines('')).toEqual(['']);
  });
});

describe('spacing between Chinese and Latin text', () => {
  it('puts a fifth of an em between a Chinese character and a digit, none next to punctuation', () => {
    const text = measureText('于2025年，3', body, measureWithBuiltinMetrics);
    expect(autospaceBefore(text, 1, body)).toBe(64);
    expect(autospaceBefore(text, 5, body)).toBe(64);
    expect(autospaceBefore(text, 7, body)).toBe(0);
  });

  it('places characters on the 15.75 pt pitch with the gap at script changes', () => {
    const text = measureText('当事人于2025', body, measureWithBuiltinMetrics);
    const placed = placeLine(text, { start: 0, end: text.chars.length }, body);
    expect(placed.xs.slice(0, 4)).toEqual([0, 315, 630, 945]);
    expect(placed.xs[4]).toBeCloseTo(945 + 320 + 64, 5);
  });

  it('gives neutral characters the script before them', () => {
    expect(resolveScripts(Array.from('“中”a“'))).toEqual(['asian', 'asian', 'asian', 'latin', 'latin']);
  });
});
