// The working-day calendar (DOMAIN §8). A working day is Monday–Friday, minus the statutory
// holidays, plus the weekend days the State Council's yearly notice makes working days (调休上班).
// "Within N working days of D": D itself is not counted; the deadline is the end (24:00 office
// time) of the N-th working day after D. "Within 24 hours" is clock hours, holidays included.
// The calendar knows only the years it was built with (built-in years plus any year an office
// loaded); any other year is an error the user sees, never a guess that weekends are enough.
import type { YearArrangement } from '../../../shared/domain/calendar';
import { AppError } from '../../../shared/errors';
import { checkYearArrangement } from './arrangementRules';
import { fromDayNumber, toDayNumber, yearOfDay } from './isoDate';
import { addClockHours, endOfOfficeDay } from './officeTime';
import type { YearDays } from './yearDays';
import { expandYear, isWorkingDayIn } from './yearDays';

export type CalendarYearOrigin = 'built-in' | 'office';

export interface CalendarYear {
  readonly arrangement: YearArrangement;
  readonly origin: CalendarYearOrigin;
}

export interface CalendarYearInfo {
  readonly year: number;
  readonly source: string;
  readonly origin: CalendarYearOrigin;
}

export interface WorkingDayDeadline {
  /** The last day, ISO date. */
  readonly date: string;
  /** The moment it ends: 24:00 office time, as a UTC ISO instant. */
  readonly dueAt: string;
}

export interface WorkCalendar {
  /** The years this calendar can answer for, ascending. */
  years(): readonly CalendarYearInfo[];
  knowsYear(year: number): boolean;
  isWorkingDay(date: string): boolean;
  /** The deadline date of "within n working days of date"; n = 0 gives date itself. */
  addWorkingDays(date: string, n: number): string;
  deadlineAfterWorkingDays(date: string, n: number): WorkingDayDeadline;
  /**
   * Working days after fromDate up to and including deadlineDate (0 when the deadline is today;
   * negative, counting the working days since, once it has passed). Inverse of addWorkingDays.
   */
  workingDaysUntil(fromDate: string, deadlineDate: string): number;
  addClockHours(instant: string, hours: number): string;
}

export const CALENDAR_YEAR_UNKNOWN = 'CALENDAR_YEAR_UNKNOWN';

export function unknownYearError(year: number): AppError {
  return new AppError(
    CALENDAR_YEAR_UNKNOWN,
    `日历中没有 ${year} 年的节假日安排，无法计算工作日；请在“设置”中载入 ${year} 年的节假日安排。`,
    { year },
  );
}

export function createWorkCalendar(years: readonly CalendarYear[]): WorkCalendar {
  const byYear = new Map<number, YearDays>();
  const infos: CalendarYearInfo[] = [];
  for (const { arrangement, origin } of years) {
    if (byYear.has(arrangement.year)) {
      throw new AppError('CALENDAR_YEAR_DUPLICATE', `${arrangement.year} 年的节假日安排出现了两次。`, {
        year: arrangement.year,
      });
    }
    byYear.set(arrangement.year, expandYear(checkYearArrangement(arrangement)));
    infos.push({ year: arrangement.year, source: arrangement.source, origin });
  }
  infos.sort((a, b) => a.year - b.year);

  const isWorking = (day: number): boolean => {
    const year = yearOfDay(day);
    const known = byYear.get(year);
    if (!known) throw unknownYearError(year);
    return isWorkingDayIn(known, day);
  };

  const checkCount = (n: number): void => {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new AppError('INVALID_WORKING_DAYS', '工作日天数应为不小于 0 的整数。', { value: n });
    }
  };

  const addWorkingDays = (date: string, n: number): string => {
    checkCount(n);
    let day = toDayNumber(date);
    // The start day is checked too, so a date in an unknown year never yields an answer.
    isWorking(day);
    for (let counted = 0; counted < n;) {
      day += 1;
      if (isWorking(day)) counted += 1;
    }
    return fromDayNumber(day);
  };

  return {
    years: () => infos,
    knowsYear: (year) => byYear.has(year),
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    addWorkingDays,
    deadlineAfterWorkingDays: (date, n) => {
      const last = addWorkingDays(date, n);
      return { date: last, dueAt: endOfOfficeDay(last) };
    },
    workingDaysUntil: (fromDate, deadlineDate) => {
      const from = toDayNumber(fromDate);
      const deadline = toDayNumber(deadlineDate);
      isWorking(from);
      isWorking(deadline);
      const sign = deadline >= from ? 1 : -1;
      const [low, high] = sign === 1 ? [from, deadline] : [deadline, from];
      let count = 0;
      for (let day = low + 1; day <= high; day += 1) if (isWorking(day)) count += 1;
      return sign * count;
    },
    addClockHours,
  };
}
