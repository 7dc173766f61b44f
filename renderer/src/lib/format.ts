import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { OFFICE_TIME_ZONE } from '../../../shared/domain/calendar';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * An instant as the office reads it: office time, whatever time zone the PC happens to be set to,
 * so the screen says what the papers say ("2025年10月20日 10:00").
 */
export function formatInstant(iso: string): string {
  return dayjs(iso).tz(OFFICE_TIME_ZONE).format('YYYY年M月D日 HH:mm');
}

/** A calendar date ('2025-10-20'); it is already an office date, so no zone applies. */
export function formatDate(iso: string | null): string {
  return iso ? dayjs(iso).format('YYYY年M月D日') : '—';
}
