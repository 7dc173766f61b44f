// Whether a deadline was met, for a ledger row: the due date from the same rule and calendar the
// record's screen uses, against the date the step was done (or today, for a step not yet done).

import { officeDateOf } from '../calendar/officeTime';
import type { Clock } from '../calendar/clock';
import { dueFrom, type DeadlineStart } from '../transfers/deadlines';
import type { LimitRule } from '../transfers/rules';
import { isAppError } from '../../../shared/errors';

export interface DeadlineOutcome {
  /** The last day (working-day limits) or the instant (hour limits), or null when uncomputable. */
  due: string | null;
  /** 按期 / 逾期 / 未办（未到期） / 未办（已逾期） / why it cannot be computed. */
  outcome: string;
}

/** `done`: the office date (YYYY-MM-DD) or UTC instant the step was done; null if not yet. */
export function deadlineOutcome(
  clock: Clock,
  limit: LimitRule,
  start: DeadlineStart,
  done: string | null,
): DeadlineOutcome {
  let due;
  try {
    due = dueFrom(clock.calendar, limit, start);
  } catch (error) {
    if (isAppError(error) && error.code === 'CALENDAR_YEAR_UNKNOWN')
      return { due: null, outcome: `无法计算：${error.message}` };
    throw error;
  }
  const shown = due.dueDate ?? due.dueAt;
  if (done === null)
    return { due: shown, outcome: Date.parse(clock.now) > Date.parse(due.dueAt) ? '未办（已逾期）' : '未办（未到期）' };
  const met =
    due.dueDate !== null
      ? (done.length === 10 ? done : officeDateOf(done)) <= due.dueDate
      : Date.parse(done.length === 10 ? `${done}T00:00:00+08:00` : done) <= Date.parse(due.dueAt);
  return { due: shown, outcome: met ? '按期' : '逾期' };
}

/** A calendar-day limit (310号令's "N日内"): `dueDate` is the last day (transfers/calendar-days). */
export function calendarDayOutcome(now: string, dueDate: string, done: string | null): DeadlineOutcome {
  if (done === null)
    return { due: dueDate, outcome: officeDateOf(now) > dueDate ? '未办（已逾期）' : '未办（未到期）' };
  return { due: dueDate, outcome: (done.length === 10 ? done : officeDateOf(done)) <= dueDate ? '按期' : '逾期' };
}
