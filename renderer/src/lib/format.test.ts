import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatOfficeTime } from './format';

// The suite may run in any time zone; the office reads Beijing time.
describe('dates and times as the office reads them', () => {
  it('writes dates the Chinese way', () => {
    expect(formatDate('2026-11-30')).toBe('2026年11月30日');
    expect(formatDate('2026-01-05')).toBe('2026年1月5日');
    expect(formatDate(null)).toBe('—');
  });

  it('reads instants in office time, not UTC or the PC zone', () => {
    // 01:00 UTC is 09:00 in Beijing: the urgent transfer's "应于2026年12月29日 09:00前移送".
    expect(formatInstant('2026-12-29T01:00:00.000Z')).toBe('2026年12月29日 09:00');
    expect(formatOfficeTime('2026-12-29T01:00:00.000Z')).toBe('09:00');
    // 17:00 UTC on the 19th is already the 20th at the office.
    expect(formatDate('2025-10-19T17:00:00.000Z')).toBe('2025年10月20日');
  });
});
