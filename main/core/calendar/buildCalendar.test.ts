import { describe, it, expect } from 'vitest';
import type { YearArrangement } from '../../../shared/domain/calendar';
import { assertMayLoadYear, buildWorkCalendar, builtInWorkCalendar } from './buildCalendar';
import { BUILT_IN_YEAR_ARRANGEMENTS } from './builtInYears';
import { appErrorOf } from './testing/utils';

const office2027: YearArrangement = {
  year: 2027,
  source: '国办发明电〔2026〕X号',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  makeupWorkdays: [],
};

const office2025: YearArrangement = {
  year: 2025,
  source: '本办自行录入',
  holidays: [{ name: '元旦', from: '2025-01-01', to: '2025-01-01' }],
  makeupWorkdays: [],
};

describe('buildWorkCalendar', () => {
  it('has the built-in years by default', () => {
    expect(
      builtInWorkCalendar()
        .years()
        .map((info) => [info.year, info.origin]),
    ).toEqual([
      [2024, 'built-in'],
      [2025, 'built-in'],
      [2026, 'built-in'],
    ]);
  });

  it('adds an office-loaded next year, so counts can run into it', () => {
    const calendar = buildWorkCalendar({ officeYears: [office2027] });
    expect(calendar.years().at(-1)).toEqual({ year: 2027, source: '国办发明电〔2026〕X号', origin: 'office' });
    // 2026-12-31 (Thu) → 2027-01-01..03 off → 2027-01-04 (Mon).
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('refuses an office year that would quietly replace a built-in one', () => {
    const error = appErrorOf(() => buildWorkCalendar({ officeYears: [office2025] }));
    expect(error.code).toBe('CALENDAR_YEAR_BUILT_IN');
    expect(error.message).toContain('2025');
    expect(error.message).toContain('替换内置安排');
  });

  it('lets an office year replace a built-in one when that year is flagged', () => {
    const calendar = buildWorkCalendar({ officeYears: [office2025], replaceBuiltInYears: [2025] });
    expect(calendar.years().find((info) => info.year === 2025)).toMatchObject({ origin: 'office' });
    expect(calendar.isWorkingDay('2025-10-08')).toBe(true); // the office file has no National Day
    expect(calendar.isWorkingDay('2024-10-08')).toBe(true);
    expect(calendar.isWorkingDay('2024-10-07')).toBe(false); // other built-in years untouched
  });

  it('flags only the year named', () => {
    expect(appErrorOf(() => buildWorkCalendar({ officeYears: [office2025], replaceBuiltInYears: [2026] })).code).toBe(
      'CALENDAR_YEAR_BUILT_IN',
    );
  });

  it('refuses the same office year twice', () => {
    expect(appErrorOf(() => buildWorkCalendar({ officeYears: [office2027, office2027] })).code).toBe(
      'CALENDAR_YEAR_DUPLICATE',
    );
  });
});

describe('assertMayLoadYear', () => {
  it('allows a new year, and a built-in year only with the flag', () => {
    expect(() => assertMayLoadYear(2027, false)).not.toThrow();
    expect(() => assertMayLoadYear(2026, true)).not.toThrow();
    expect(appErrorOf(() => assertMayLoadYear(2026, false)).code).toBe('CALENDAR_YEAR_BUILT_IN');
  });

  it('does not let a built-in arrangement be changed from outside', () => {
    expect(Object.isFrozen(BUILT_IN_YEAR_ARRANGEMENTS)).toBe(true);
    const first = BUILT_IN_YEAR_ARRANGEMENTS[0];
    expect(first && Object.isFrozen(first.makeupWorkdays) && Object.isFrozen(first.holidays[0])).toBe(true);
  });
});
