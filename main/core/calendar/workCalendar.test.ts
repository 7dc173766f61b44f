import { describe, it, expect } from 'vitest';
import type { YearArrangement } from '../../../shared/domain/calendar';
import { buildWorkCalendar } from './buildCalendar';
import { fromDayNumber, toDayNumber } from './isoDate';
import { appErrorOf } from './testing/utils';
import { createWorkCalendar } from './workCalendar';

const calendar = buildWorkCalendar();

describe('isWorkingDay', () => {
  it('follows the 2025 National Day + Mid-Autumn notice, make-up Sunday and Saturday included', () => {
    expect(calendar.isWorkingDay('2025-09-27')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true); // Sunday, 调休上班
    expect(calendar.isWorkingDay('2025-09-30')).toBe(true);
    for (const date of ['2025-10-01', '2025-10-03', '2025-10-06', '2025-10-08']) {
      expect(calendar.isWorkingDay(date), date).toBe(false);
    }
    expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true); // Saturday, 调休上班
    expect(calendar.isWorkingDay('2025-10-12')).toBe(false); // ordinary Sunday
  });

  it('follows the 2025 Spring Festival notice', () => {
    expect(calendar.isWorkingDay('2025-01-26')).toBe(true); // Sunday, 调休上班
    expect(calendar.isWorkingDay('2025-01-27')).toBe(true);
    expect(calendar.isWorkingDay('2025-01-28')).toBe(false); // 除夕
    expect(calendar.isWorkingDay('2025-02-04')).toBe(false); // 初七
    expect(calendar.isWorkingDay('2025-02-05')).toBe(true);
    expect(calendar.isWorkingDay('2025-02-08')).toBe(true); // Saturday, 调休上班
  });

  it('keeps 2024 除夕 (Friday 2/9) a working day: the notice only encourages leave', () => {
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('counts 5 working days from Friday 2025-09-26 across National Day to 2025-10-10', () => {
    // 9/28 (Sun, make-up) 1, 9/29 2, 9/30 3, 10/1–10/8 off, 10/9 4, 10/10 5.
    expect(calendar.addWorkingDays('2025-09-26', 5)).toBe('2025-10-10');
  });

  it('does not count the day D itself', () => {
    expect(calendar.addWorkingDays('2025-10-09', 1)).toBe('2025-10-10');
    expect(calendar.addWorkingDays('2025-10-10', 1)).toBe('2025-10-11'); // the make-up Saturday
    expect(calendar.addWorkingDays('2025-10-10', 2)).toBe('2025-10-13');
  });

  it('gives D itself for N = 0', () => {
    expect(calendar.addWorkingDays('2025-10-09', 0)).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
  });

  it('starts counting after a D that falls inside a holiday', () => {
    expect(calendar.addWorkingDays('2025-10-01', 1)).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2025-01-28', 2)).toBe('2025-02-06');
  });

  it('crosses the 2025 Spring Festival with its make-up Sunday and Saturday', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(calendar.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(calendar.addWorkingDays('2025-02-07', 1)).toBe('2025-02-08');
  });

  it('crosses from one known year into the next', () => {
    // 12/31 1, 2026-01-01..03 off, 1/4 (Sun, make-up) 2, 1/5 3.
    expect(calendar.addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
  });

  it('refuses N that is negative or not an integer', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(appErrorOf(() => calendar.addWorkingDays('2025-10-09', n)).code, String(n)).toBe('INVALID_WORKING_DAYS');
    }
  });
});

describe('deadlineAfterWorkingDays', () => {
  it('ends at 24:00 Asia/Shanghai of the last working day', () => {
    expect(calendar.deadlineAfterWorkingDays('2025-09-26', 5)).toEqual({
      date: '2025-10-10',
      dueAt: '2025-10-10T16:00:00.000Z',
    });
  });
});

describe('workingDaysUntil', () => {
  it('counts the working days left, 0 on the deadline day, negative once past', () => {
    expect(calendar.workingDaysUntil('2025-09-26', '2025-10-10')).toBe(5);
    expect(calendar.workingDaysUntil('2025-09-30', '2025-10-10')).toBe(2);
    expect(calendar.workingDaysUntil('2025-10-10', '2025-10-10')).toBe(0);
    expect(calendar.workingDaysUntil('2025-10-13', '2025-10-10')).toBe(-2); // 10/11 make-up, 10/13
  });

  it('is the inverse of addWorkingDays', () => {
    for (let day = toDayNumber('2025-09-20'); day <= toDayNumber('2025-10-15'); day += 1) {
      for (const n of [0, 1, 2, 5, 10]) {
        const start = fromDayNumber(day);
        expect(calendar.workingDaysUntil(start, calendar.addWorkingDays(start, n)), `${start}+${n}`).toBe(n);
      }
    }
  });
});

describe('addClockHours', () => {
  it('counts 24 clock hours straight through a holiday', () => {
    // Found 18:00 on 9/30 office time; 10/1 is a holiday but the hours still run.
    expect(calendar.addClockHours('2025-09-30T10:00:00.000Z', 24)).toBe('2025-10-01T10:00:00.000Z');
  });
});

describe('years outside the calendar', () => {
  it('refuse a date in an unknown year, naming the year and pointing to 设置', () => {
    const error = appErrorOf(() => calendar.isWorkingDay('2027-01-04'));
    expect(error.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(error.message).toContain('2027');
    expect(error.message).toContain('设置');
    expect(error.message).toContain('节假日安排');
    expect(appErrorOf(() => calendar.addWorkingDays('2023-12-29', 1)).message).toContain('2023');
  });

  it('refuse a count that runs past the last known year', () => {
    expect(calendar.addWorkingDays('2026-12-28', 3)).toBe('2026-12-31');
    const error = appErrorOf(() => calendar.addWorkingDays('2026-12-28', 4));
    expect(error.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(error.details).toEqual({ year: 2027 });
  });

  it('refuse a remaining-days count that touches an unknown year', () => {
    expect(appErrorOf(() => calendar.workingDaysUntil('2026-12-30', '2027-01-05')).code).toBe('CALENDAR_YEAR_UNKNOWN');
  });
});

describe('malformed dates', () => {
  it.each(['2025-02-30', '2025/1/1', ''])('refuse %j everywhere with INVALID_DATE', (date) => {
    expect(appErrorOf(() => calendar.isWorkingDay(date)).code).toBe('INVALID_DATE');
    expect(appErrorOf(() => calendar.addWorkingDays(date, 1)).code).toBe('INVALID_DATE');
    expect(appErrorOf(() => calendar.workingDaysUntil(date, '2025-10-10')).code).toBe('INVALID_DATE');
    expect(appErrorOf(() => calendar.workingDaysUntil('2025-10-10', date)).code).toBe('INVALID_DATE');
  });
});

describe('createWorkCalendar', () => {
  const office2027: YearArrangement = {
    year: 2027,
    source: '测试用安排',
    holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
    makeupWorkdays: ['2027-01-09'],
  };

  it('answers for exactly the years it was given', () => {
    const only2027 = createWorkCalendar([{ arrangement: office2027, origin: 'office' }]);
    expect(only2027.years()).toEqual([{ year: 2027, source: '测试用安排', origin: 'office' }]);
    expect(only2027.isWorkingDay('2027-01-01')).toBe(false);
    expect(only2027.isWorkingDay('2027-01-09')).toBe(true);
    expect(appErrorOf(() => only2027.isWorkingDay('2026-12-31')).code).toBe('CALENDAR_YEAR_UNKNOWN');
  });

  it('refuses the same year twice', () => {
    const twice = [
      { arrangement: office2027, origin: 'office' as const },
      { arrangement: office2027, origin: 'office' as const },
    ];
    expect(appErrorOf(() => createWorkCalendar(twice)).code).toBe('CALENDAR_YEAR_DUPLICATE');
  });

  it('re-checks the arrangements it is given', () => {
    const broken = { ...office2027, makeupWorkdays: ['2027-01-06'] }; // a Wednesday
    expect(appErrorOf(() => createWorkCalendar([{ arrangement: broken, origin: 'office' }])).code).toBe(
      'CALENDAR_FILE_INVALID',
    );
  });
});
