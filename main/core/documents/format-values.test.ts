import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  formatChineseDate,
  formatChineseDateTime,
  formatMoney,
  formatMoneyUpper,
  isIsoDate,
  isIsoDateTime,
} from './format-values';

describe('dates', () => {
  it('writes dates with Arabic numerals and no leading zeros', () => {
    expect(formatChineseDate('2025-01-05')).toBe('2025年1月5日');
    expect(formatChineseDateTime('2025-10-15T09:05')).toBe('2025年10月15日9时05分');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-1')).toBe(false);
    expect(isIsoDateTime('2025-10-15T24:00')).toBe(false);
    expect(isIsoDateTime('2025-10-15T23:59')).toBe(true);
  });
});

describe('money', () => {
  it('shows fen as yuan', () => {
    expect(formatMoney(500000)).toBe('5000');
    expect(formatMoney(12345)).toBe('123.45');
    expect(formatMoney(5)).toBe('0.05');
  });

  it.each([
    [500000, '伍仟元整'],
    [56900, '伍佰陆拾玖元整'],
    [12345, '壹佰贰拾叁元肆角伍分'],
    [12305, '壹佰贰拾叁元零伍分'],
    [100500, '壹仟零伍元整'],
    [1000000000, '壹仟万元整'],
    [1000100000, '壹仟万零壹仟元整'],
    [0, '零元整'],
  ])('writes %i fen in capitals as %s', (fen, upper) => {
    expect(formatMoneyUpper(fen)).toBe(upper);
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('%i → %s', (n, cn) => {
    expect(chineseNumeral(n)).toBe(cn);
  });
});
