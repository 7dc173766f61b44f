import { describe, it, expect } from 'vitest';
import {
  fromDayNumber,
  isWeekendDay,
  monthDayLabel,
  toDayNumber,
  weekdayLabel,
  weekdayOfDay,
  yearOfDay,
} from './isoDate';
import { appErrorOf } from './testing/utils';

describe('toDayNumber', () => {
  it('counts days from 1970-01-01 and round-trips', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2); // leap year
    expect(toDayNumber('2025-03-01') - toDayNumber('2025-02-28')).toBe(1);
    expect(fromDayNumber(toDayNumber('2025-10-08'))).toBe('2025-10-08');
  });

  it.each([
    '2025-02-30',
    '2025-02-29',
    '2025/1/1',
    '2025-1-1',
    '',
    '2025-13-01',
    '2025-00-10',
    ' 2025-01-01',
    '2025-01-01T00:00:00Z',
  ])('refuses %j as INVALID_DATE', (text) => {
    expect(appErrorOf(() => toDayNumber(text)).code).toBe('INVALID_DATE');
  });

  it('names the bad value in Chinese', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(/2025-02-30.*YYYY-MM-DD/);
  });
});

describe('weekdays and labels', () => {
  it('knows the weekdays the notices state', () => {
    expect(weekdayOfDay(toDayNumber('2025-01-28'))).toBe(2); // 1月28日（周二）
    expect(weekdayLabel(toDayNumber('2025-09-28'))).toBe('周日');
    expect(weekdayLabel(toDayNumber('2026-01-01'))).toBe('周四');
    expect(isWeekendDay(toDayNumber('2025-10-11'))).toBe(true);
    expect(isWeekendDay(toDayNumber('2025-10-10'))).toBe(false);
  });

  it('formats month/day and year', () => {
    expect(monthDayLabel(toDayNumber('2025-02-04'))).toBe('2月4日');
    expect(yearOfDay(toDayNumber('2026-12-31'))).toBe(2026);
    expect(yearOfDay(toDayNumber('2027-01-01'))).toBe(2027);
  });
});
