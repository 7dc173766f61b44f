import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { chineseDate, ISO_DATE_PATTERN, OFFICE_TIME_ZONE } from '../../../shared/domain/calendar';

dayjs.extend(utc);
dayjs.extend(timezone);

// Every date and time shown to a person goes through here, so the screen reads like the papers:
// "2025年10月20日", "2025年10月20日 10:00", always in office (Beijing) time. Inputs keep their own
// formats (YYYY-MM-DD, HH:mm); these are for reading only.

/**
 * An instant as the office reads it: office time, whatever time zone the PC happens to be set to,
 * so the screen says what the papers say ("2025年10月20日 10:00").
 */
export function formatInstant(iso: string): string {
  return dayjs(iso).tz(OFFICE_TIME_ZONE).format('YYYY年M月D日 HH:mm');
}

/**
 * A date as "2025年10月20日". A calendar date ('2025-10-20') is already an office date, so no zone
 * applies; an instant ('2025-10-19T17:00:00Z') is first read in office time, so it names the
 * office's day, not the PC's or UTC's.
 */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  return chineseDate(ISO_DATE_PATTERN.test(iso) ? iso : dayjs(iso).tz(OFFICE_TIME_ZONE).format('YYYY-MM-DD'));
}

/** The office clock time of an instant, 24-hour: '2025-10-20T02:05:00Z' → '10:05'. */
export function formatOfficeTime(iso: string): string {
  return dayjs(iso).tz(OFFICE_TIME_ZONE).format('HH:mm');
}
