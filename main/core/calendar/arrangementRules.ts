// Rules a year arrangement must meet beyond its shape: everything inside the stated year, periods
// in order and not overlapping, and make-up workdays that are weekend days outside any holiday.
import type { YearArrangement } from '../../../shared/domain/calendar';
import { arrangementFieldError } from './arrangementError';
import { isWeekendDay, toDayNumber, weekdayLabel, yearOfDay } from './isoDate';

/** Throws CALENDAR_FILE_INVALID naming the first field that breaks a rule; returns the input otherwise. */
export function checkYearArrangement(arrangement: YearArrangement): YearArrangement {
  const { year } = arrangement;
  const inYear = (path: readonly PropertyKey[], date: string): number => {
    const day = toDayNumber(date);
    if (yearOfDay(day) !== year) {
      // A notice can reach across New Year (e.g. "12月31日至1月2日"); each day belongs to its own year's file.
      throw arrangementFieldError(
        path,
        `为 ${date}，不在 ${year} 年内；跨年的日子请写进所在年份的安排`,
      );
    }
    return day;
  };

  const periods = arrangement.holidays.map((period, index) => {
    const from = inYear(['holidays', index, 'from'], period.from);
    const to = inYear(['holidays', index, 'to'], period.to);
    if (to < from) {
      throw arrangementFieldError(['holidays', index, 'to'], `为 ${period.to}，早于开始日期 ${period.from}`);
    }
    return { index, from, to, name: period.name };
  });

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
  });

  return arrangement;
}
