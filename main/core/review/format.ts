// Instants in review messages read as the office reads them: office time (Asia/Shanghai), to the
// minute, through the same zone rules as every other office date.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { OFFICE_TIME_ZONE } from '../calendar/officeTime';

dayjs.extend(utc);
dayjs.extend(timezone);

/** '2025-06-02T02:00:00.000Z' → '2025-06-02 10:00'; text that is not an instant is shown as it is. */
export function formatInstantShort(instant: string): string {
  const parsed = dayjs(instant);
  return parsed.isValid() ? parsed.tz(OFFICE_TIME_ZONE).format('YYYY-MM-DD HH:mm') : instant;
}
