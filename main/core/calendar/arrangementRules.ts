// Rules a year arrangement must meet beyond its shape: everything inside the stated year, periods
// in order and not overlapping, and make-up workdays that are weekend days outside any holiday and
// near one; and limits no real notice comes near (a typo like "2028-12-31" for "2028-01-31" would
// otherwise silently turn a year into holidays and stop every deadline).
import type { YearArrangement } from '../../../shared/domain/calendar';
import { arrangementFieldError } from './arrangementError';
import { isWeekendDay, toDayNumber, weekdayLabel, yearOfDay } from './isoDate';

/**
 * Plausibility limits, well above every notice since 2008: the longest period is the Spring
 * Festival (8–9 days) or National Day (7–8), a year's periods add up to 28–33 days, and a make-up
 * workday lies at most 6 days from its holiday.
 */
export const MAX_PERIOD_DAYS = 15;
export const MAX_HOLIDAY_DAYS_PER_YEAR = 40;
export const MAX_MAKEUP_DISTANCE_DAYS = 14;

/** Throws CALENDAR_FILE_INVALID naming the first field that breaks a rule; returns the input otherwise. */
export function checkYearArrangement(arrangement: YearArrangement): YearArrangement {
  const { year } = arrangement;
  const inYear = (path: readonly PropertyKey[], date: string): number => {
    const day = toDayNumber(date);
    if (yearOfDay(day) !== year) {
      // A notice can reach across New Year (e.g. "12月31日至1月2日"); each day belongs to its own year's file.
      throw arrangementFieldError(path, `为 ${date}，不在 ${year} 年内；跨年的日子请写进所在年份的安排`);
    }
    return day;
  };

  const periods = arrangement.holidays.map((period, index) => {
    const from = inYear(['holidays', index, 'from'], period.from);
    const to = inYear(['holidays', index, 'to'], period.to);
    if (to < from) {
      throw arrangementFieldError(['holidays', index, 'to'], `为 ${period.to}，早于开始日期 ${period.from}`);
    }
    const days = to - from + 1;
    if (days > MAX_PERIOD_DAYS) {
      throw arrangementFieldError(
        ['holidays', index],
        `（${period.name}）从 ${period.from} 到 ${period.to} 共 ${days} 天，超过了一个放假时段最多 ${MAX_PERIOD_DAYS} 天的上限，请核对日期`,
      );
    }
    return { index, from, to, name: period.name };
  });

  const total = periods.reduce((sum, period) => sum + period.to - period.from + 1, 0);
  if (total > MAX_HOLIDAY_DAYS_PER_YEAR) {
    throw arrangementFieldError(
      ['holidays'],
      `合计放假 ${total} 天，超过了一年最多 ${MAX_HOLIDAY_DAYS_PER_YEAR} 天的上限（历年通知约为 28–33 天），请核对日期`,
    );
  }

  const ordered = [...periods].sort((a, b) => a.from - b.from);
  for (let i = 1; i < ordered.length; i += 1) {
    const previous = ordered[i - 1];
    const current = ordered[i];
    if (previous && current && current.from <= previous.to) {
      throw arrangementFieldError(
        ['holidays', current.index, 'from'],
        `与第 ${previous.index + 1} 个放假时段（${previous.name}）重叠`,
      );
    }
  }

  const seen = new Set<number>();
  arrangement.makeupWorkdays.forEach((date, index) => {
    const path = ['makeupWorkdays', index];
    const day = inYear(path, date);
    if (seen.has(day)) throw arrangementFieldError(path, `为 ${date}，与前面的调休上班日重复`);
    seen.add(day);
    if (!isWeekendDay(day)) {
      throw arrangementFieldError(path, `为 ${date}（${weekdayLabel(day)}），不是周六或周日，本来就是工作日`);
    }
    const covering = periods.find((period) => period.from <= day && day <= period.to);
    if (covering) {
      throw arrangementFieldError(path, `为 ${date}，落在第 ${covering.index + 1} 个放假时段（${covering.name}）之内`);
    }
    const distance = (period: (typeof periods)[number]) => Math.max(period.from - day, day - period.to);
    if (!periods.some((period) => distance(period) <= MAX_MAKEUP_DISTANCE_DAYS)) {
      throw arrangementFieldError(
        path,
        `为 ${date}，离任何放假时段都超过 ${MAX_MAKEUP_DISTANCE_DAYS} 天；调休上班日总在某个假期前后，请核对日期`,
      );
    }
  });

  return arrangement;
}
