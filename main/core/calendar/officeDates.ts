// Office dates and moments: what a person types as an office-time date and clock time, how instants
// read back, and the checks that a recorded date is not in the future or before the step it follows.

import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { chineseDate } from '../../../shared/domain/calendar';
import { AppError } from '../../../shared/errors';
import { OFFICE_TIME_ZONE, officeDateOf } from './officeTime';

dayjs.extend(utc);
dayjs.extend(timezone);

/** '2025-09-15' + '09:30' in Asia/Shanghai → '2025-09-15T01:30:00.000Z'. */
export function officeInstant(date: string, time: string): string {
  return dayjs.tz(`${date}T${time}:00`, OFFICE_TIME_ZONE).toISOString();
}

/** '2025年9月15日 09:30' in office time. */
export function formatOfficeInstant(instant: string): string {
  return dayjs(instant).tz(OFFICE_TIME_ZONE).format('YYYY年M月D日 HH:mm');
}

/** 'HH:mm' in office time. */
export function officeTimeOf(instant: string): string {
  return dayjs(instant).tz(OFFICE_TIME_ZONE).format('HH:mm');
}

/** Refuses a moment after now: a record says what happened, not what will. */
export function assertNotFuture(instant: string, now: string, label: string, field: string): void {
  if (instant > now) {
    throw new AppError('VALIDATION', `${label}（${formatOfficeInstant(instant)}）晚于当前时间，请核对。`, { field });
  }
}

/** Refuses a date after the office's today (for records kept by date only, without a time). */
export function assertNotAfterToday(date: string, now: string, label: string, field: string): void {
  const today = officeDateOf(now);
  if (date > today)
    throw new AppError('VALIDATION', `${label}（${chineseDate(date)}）晚于今天（${chineseDate(today)}），请核对。`, {
      field,
    });
}

/** Refuses a moment before the step it follows. */
export function assertNotBefore(
  later: string,
  earlier: string,
  label: string,
  earlierLabel: string,
  field: string,
): void {
  if (later < earlier) {
    throw new AppError(
      'VALIDATION',
      `${label}不能早于${earlierLabel}（${earlier.length > 10 ? formatOfficeInstant(earlier) : chineseDate(earlier)}）。`,
      { field },
    );
  }
}
