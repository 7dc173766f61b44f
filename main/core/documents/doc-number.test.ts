import { describe, expect, it } from 'vitest';
import { formatDocNumber } from './doc-number';

describe('formatDocNumber', () => {
  it('puts the year in hexagonal brackets and 号 after the sequence, without leading zeros', () => {
    expect(formatDocNumber('某司审', 2025, 7)).toBe('某司审〔2025〕7号');
    expect(formatDocNumber('某镇法审', 2024, 12)).toBe('某镇法审〔2024〕12号');
    expect(formatDocNumber(' 某镇移 ', 2025, 105)).toBe('某镇移〔2025〕105号');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses sequence %s', (seq) => {
    expect(() => formatDocNumber('某司审', 2025, seq)).toThrow(/序号必须是大于 0 的整数/);
  });

  it('refuses a year that is not four digits and an empty or bracketed prefix', () => {
    expect(() => formatDocNumber('某司审', 25, 1)).toThrow(/四位数/);
    expect(() => formatDocNumber('', 2025, 1)).toThrow(/机关代字/);
    expect(() => formatDocNumber('某〔司〕审', 2025, 1)).toThrow(/机关代字/);
  });

  it('raises an AppError with a stable code', () => {
    expect(() => formatDocNumber('某司审', 2025, 0)).toThrow(expect.objectContaining({ code: 'DOC_NUMBER_INVALID' }));
  });
});
