// Calendar dates as integer day numbers (days since 1970-01-01), so stepping through days and
// comparing them is exact integer arithmetic with no time zone involved.
import { AppError } from '../../../shared/errors';
import { isValidIsoDate, WEEKDAY_LABELS } from '../../../shared/domain/calendar';

const MS_PER_DAY = 86_400_000;

/** Parses 'YYYY-MM-DD' into a day number; anything else ('2025-02-30', '2025/1/1', '') → INVALID_DATE. */
export function toDayNumber(date: string): number {
  if (typeof date !== 'string' || !isValidIsoDate(date)) {
    const shown = typeof date === 'string' && date !== '' ? `“${date}”` : '空值';
    throw new AppError('INVALID_DATE', `日期${shown}无效，应为 YYYY-MM-DD 格式的有效日期，例如 2025-10-09。`, {
      value: date,
    });
  }
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay. */
export function weekdayOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function isWeekendDay(day: number): boolean {
  const weekday = weekdayOfDay(day);
  return weekday === 0 || weekday === 6;
}

export function weekdayLabel(day: number): string {
  return WEEKDAY_LABELS[weekdayOfDay(day)] ?? '';
}

/** "1月28日" — how the notices write a date inside their own year. */
export function monthDayLabel(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

export function lastDayOfYear(year: number): number {
  return Date.UTC(year, 11, 31) / MS_PER_DAY;
}
