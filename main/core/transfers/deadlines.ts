// Deadlines as pure functions of a calendar and the clock. "Within N working days of D": D is not
// counted, the deadline is the end (24:00 office time) of the N-th working day after D. "Within
// 24 hours": clock hours from the moment, holidays included. Red once past; amber when one
// working day or less remains; a year the calendar does not know is red and says so, never guessed.

import type { DeadlineView } from '../../../shared/contract';
import { officeDateOf } from '../calendar/officeTime';
import { CALENDAR_YEAR_UNKNOWN, type WorkCalendar } from '../calendar/workCalendar';
import { isAppError, type AppError } from '../../../shared/errors';
import type { LimitRule } from './rules';
import { formatOfficeInstant } from '../calendar/officeDates';
import { chineseDate } from '../../../shared/domain/calendar';

export interface DeadlineStart {
  /** The office-time date the period runs from. */
  date: string;
  /** The instant, needed for limits in clock hours. */
  instant: string | null;
}

export interface Due {
  dueAt: string;
  /** The last day, for working-day limits; null for clock hours. */
  dueDate: string | null;
}

/** Throws CALENDAR_YEAR_UNKNOWN (an AppError) when the calendar cannot answer. */
export function dueFrom(calendar: WorkCalendar, limit: LimitRule, start: DeadlineStart): Due {
  if (limit.unit === 'hours') {
    if (!start.instant) throw new Error('an hour limit needs the starting instant');
    return { dueAt: calendar.addClockHours(start.instant, limit.amount), dueDate: null };
  }
  const { date, dueAt } = calendar.deadlineAfterWorkingDays(start.date, limit.amount);
  return { dueAt, dueDate: date };
}

export function formatDue(due: Due): string {
  return due.dueDate ? `${chineseDate(due.dueDate)}24时` : formatOfficeInstant(due.dueAt);
}

const HOUR_MS = 3_600_000;

function yearOf(error: AppError): number | null {
  const year = error.details?.['year'];
  return error.code === CALENDAR_YEAR_UNKNOWN && typeof year === 'number' ? year : null;
}

function remainingHours(due: Due, now: string): string {
  const minutes = Math.floor((Date.parse(due.dueAt) - Date.parse(now)) / 60_000);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `还剩 ${hours} 小时 ${minutes % 60} 分` : `还剩 ${minutes} 分钟`;
}

/**
 * How an open deadline stands at `now`. `verb` completes "应于…前" (e.g. "移送"); `late` is what
 * the item says once the deadline has passed (e.g. "已超过移送期限").
 */
export function deadlineView(
  calendar: WorkCalendar,
  now: string,
  limit: LimitRule,
  start: DeadlineStart,
  verb: string,
  late: string,
): DeadlineView {
  let due: Due;
  try {
    due = dueFrom(calendar, limit, start);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      level: 'danger',
      dueAt: null,
      dueDate: null,
      text: `无法计算${verb}期限：${error.message}`,
      rule: limit.rule,
      unknownYear: yearOf(error),
    };
  }
  const when = formatDue(due);
  const base = { ...due, rule: limit.rule, unknownYear: null };
  if (Date.parse(now) >= Date.parse(due.dueAt))
    return { ...base, level: 'danger', text: `${late}（应于${when}前${verb}）` };
  if (due.dueDate === null) {
    const level = Date.parse(due.dueAt) - Date.parse(now) <= 24 * HOUR_MS ? 'warning' : 'info';
    return { ...base, level, text: `应于${when}前${verb}，${remainingHours(due, now)}` };
  }
  let left: number;
  try {
    left = calendar.workingDaysUntil(officeDateOf(now), due.dueDate);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      ...base,
      level: 'danger',
      text: `应于${when}前${verb}；无法计算剩余工作日：${error.message}`,
      unknownYear: yearOf(error),
    };
  }
  const remaining = left === 0 ? '今天是最后一天' : `还剩 ${left} 个工作日`;
  return { ...base, level: left <= 1 ? 'warning' : 'info', text: `应于${when}前${verb}，${remaining}` };
}
