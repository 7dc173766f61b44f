// How a supplement deadline stands today, for the case page, the queue and the home page:
// amber when it is near, red once it has passed. A year missing from the calendar is said so
// plainly, never guessed around.

import type { DeadlineStatus } from '../../../shared/contract';
import type { WorkCalendar } from '../calendar/workCalendar';
import { isAppError } from '../../../shared/errors';

/** At most this many working days after today until the deadline, and it turns amber. */
export const NEAR_WORKING_DAYS = 2;

export function deadlineStatus(
  calendar: WorkCalendar,
  today: string,
  deadline: string,
  metAt: string | null,
): DeadlineStatus {
  if (metAt !== null) {
    return {
      level: 'met',
      remainingWorkingDays: null,
      message: metAt.slice(0, 10) > deadline ? '已补正（逾期）' : '已补正',
    };
  }
  let remaining: number | null = null;
  let unknown: string | null = null;
  try {
    remaining = calendar.workingDaysUntil(today, deadline);
  } catch (error) {
    if (!isAppError(error)) throw error;
    unknown = error.message;
  }
  // ISO dates compare as strings; this needs no calendar, so "past" is certain even when the
  // working days cannot be counted.
  if (today > deadline) {
    const late = remaining === null ? '' : `${-remaining} 个工作日`;
    return { level: 'past', remainingWorkingDays: remaining, message: `已超过补正期限${late ? ` ${late}` : ''}` };
  }
  if (remaining === null)
    return { level: 'unknown', remainingWorkingDays: null, message: unknown ?? '无法计算剩余工作日' };
  const left = remaining === 0 ? '今天是补正期限的最后一天' : `还剩 ${remaining} 个工作日`;
  return { level: remaining <= NEAR_WORKING_DAYS ? 'near' : 'ok', remainingWorkingDays: remaining, message: left };
}
