// Instants for deadlines: a working-day deadline ends at 24:00 office time (Asia/Shanghai), and
// "within 24 hours" counts clock hours, holidays included. Zone rules come from dayjs/Intl.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { AppError } from '../../../shared/errors';
import { fromDayNumber, toDayNumber } from './isoDate';

dayjs.extend(utc);
dayjs.extend(timezone);

import { OFFICE_TIME_ZONE } from '../../../shared/domain/calendar';

export { OFFICE_TIME_ZONE };

const MS_PER_HOUR = 3_600_000;
const UTC_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** The instant a deadline date ends (24:00 office time, i.e. 00:00 of the next day), as UTC ISO. */
export function endOfOfficeDay(date: string): string {
  const nextDay = fromDayNumber(toDayNumber(date) + 1);
  return dayjs.tz(`${nextDay}T00:00:00`, OFFICE_TIME_ZONE).toISOString();
}

/** Parses a UTC ISO instant ('2025-09-30T02:00:00.000Z') into epoch milliseconds. */
export function parseUtcInstant(instant: string): number {
  const ms = UTC_INSTANT_PATTERN.test(instant) ? Date.parse(instant) : Number.NaN;
  // Date.parse accepts 2025-02-30; the round trip of the date part rejects it.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== instant.slice(0, 19)) {
    throw new AppError('INVALID_INSTANT', `时间“${instant}”无效，应为 UTC 时间，例如 2025-09-30T02:00:00.000Z。`, {
      value: instant,
    });
  }
  return ms;
}

/** Adds whole clock hours to an instant; nights, weekends and holidays all count. */
export function addClockHours(instant: string, hours: number): string {
  if (!Number.isSafeInteger(hours) || hours < 0) {
    throw new AppError('INVALID_HOURS', '小时数应为不小于 0 的整数。', { value: hours });
  }
  return new Date(parseUtcInstant(instant) + hours * MS_PER_HOUR).toISOString();
}

/** The office-time calendar date of an instant, e.g. for "the day the case was found". */
export function officeDateOf(instant: string): string {
  return dayjs(parseUtcInstant(instant)).tz(OFFICE_TIME_ZONE).format('YYYY-MM-DD');
}
