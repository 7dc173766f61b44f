// A year arrangement expanded into day sets: the one place that decides whether a day of a known
// year is worked (make-up day → yes; holiday → no; otherwise Monday–Friday).
import type { YearArrangement } from '../../../shared/domain/calendar';
import { isWeekendDay, toDayNumber } from './isoDate';

export interface YearDays {
  readonly year: number;
  readonly source: string;
  readonly holidays: ReadonlySet<number>;
  readonly makeupWorkdays: ReadonlySet<number>;
}

export function expandYear(arrangement: YearArrangement): YearDays {
  const holidays = new Set<number>();
  for (const period of arrangement.holidays) {
    const last = toDayNumber(period.to);
    for (let day = toDayNumber(period.from); day <= last; day += 1) holidays.add(day);
  }
  return {
    year: arrangement.year,
    source: arrangement.source,
    holidays,
    makeupWorkdays: new Set(arrangement.makeupWorkdays.map(toDayNumber)),
  };
}

export function isWorkingDayIn(year: YearDays, day: number): boolean {
  if (year.makeupWorkdays.has(day)) return true;
  if (year.holidays.has(day)) return false;
  return !isWeekendDay(day);
}
