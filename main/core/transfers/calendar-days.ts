// Periods in calendar days ("3日内"), as 国务院令第310号 sets them: not working days. The day of the
// event is not counted; the period runs from the next day (民法典 第二百零一条, applied by analogy:
// the regulation has no counting rule of its own), and ends at 24:00 office time of its last day.
// Whether a last day on a rest day moves to the next working day (民法典 第二百零三条, 刑事诉讼法
// 第一百零五条) has no authoritative answer for the office's own limits, so the app does not move it:
// it says so when it happens.

import type { DeadlineView } from '../../../shared/contract';
import { endOfOfficeDay, officeDateOf } from '../calendar/officeTime';
import type { WorkCalendar } from '../calendar/workCalendar';
import { formatOfficeInstant } from '../calendar/officeDates';
import { chineseDate } from '../../../shared/domain/calendar';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** '2025-09-15' + 3 → '2025-09-18'. */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface DayLimit {
  days: number;
  rule: string;
}

/** The last day of "N日内" counted from `start` (not counted itself). */
export function calendarDueDate(start: string, days: number): string {
  return addCalendarDays(start, days);
}

function restDayNote(calendar: WorkCalendar, due: string): string {
  try {
    if (calendar.knowsYear(Number(due.slice(0, 4))) && !calendar.isWorkingDay(due)) {
      return '（最后一日为休息日或法定节假日；能否顺延无权威解释，本软件按不顺延提醒）';
    }
  } catch {
    // A year the calendar does not know changes nothing: calendar days need no calendar.
  }
  return '';
}

/**
 * An open "N日内" limit as of `now`. `soft` (a limit the police owe): never red, since the police
 * may run on other rules (e.g. economic crimes), the app only reminds.
 */
export function calendarDayView(
  calendar: WorkCalendar,
  now: string,
  limit: DayLimit,
  start: string,
  verb: string,
  late: string,
  soft = false,
): DeadlineView {
  const dueDate = calendarDueDate(start, limit.days);
  const dueAt = endOfOfficeDay(dueDate);
  const when = `${chineseDate(dueDate)}24时`;
  const note = restDayNote(calendar, dueDate);
  const base = { dueAt, dueDate, rule: limit.rule, unknownYear: null };
  if (Date.parse(now) >= Date.parse(dueAt)) {
    return { ...base, level: soft ? 'warning' : 'danger', text: `${late}（应于${when}前${verb}）${note}` };
  }
  const left = calendarDaysBetween(officeDateOf(now), dueDate);
  const remaining = left === 0 ? '今天是最后一天' : `还剩 ${left} 日`;
  return { ...base, level: left <= 1 ? 'warning' : 'info', text: `应于${when}前${verb}，${remaining}${note}` };
}

/** "24小时内": clock hours from the instant, holidays included. */
export function hourView(
  now: string,
  hours: number,
  rule: string,
  start: string,
  verb: string,
  late: string,
): DeadlineView {
  const dueAt = new Date(Date.parse(start) + hours * HOUR_MS).toISOString();
  const when = formatOfficeInstant(dueAt);
  const base = { dueAt, dueDate: null, rule, unknownYear: null };
  const leftMs = Date.parse(dueAt) - Date.parse(now);
  if (leftMs <= 0) return { ...base, level: 'danger', text: `${late}（应于${when}前${verb}）` };
  const minutes = Math.floor(leftMs / 60_000);
  const left = minutes >= 60 ? `还剩 ${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分` : `还剩 ${minutes} 分钟`;
  return { ...base, level: leftMs <= 6 * HOUR_MS ? 'warning' : 'info', text: `应于${when}前${verb}，${left}` };
}
