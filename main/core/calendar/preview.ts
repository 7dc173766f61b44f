// What a person checks against the printed notice before an office-loaded year counts: each
// period with its weekdays and "共N天", each make-up day with its weekday, and the year's totals.
import type {
  HolidayPeriodPreview,
  MakeupWorkdayPreview,
  YearArrangement,
  YearArrangementPreview,
} from '../../../shared/domain/calendar';
import { checkYearArrangement } from './arrangementRules';
import { firstDayOfYear, isWeekendDay, lastDayOfYear, monthDayLabel, toDayNumber, weekdayLabel } from './isoDate';
import { expandYear, isWorkingDayIn } from './yearDays';

function dayLabel(day: number): string {
  return `${monthDayLabel(day)}（${weekdayLabel(day)}）`;
}

function previewPeriod(name: string, fromDate: string, toDate: string): HolidayPeriodPreview {
  const from = toDayNumber(fromDate);
  const to = toDayNumber(toDate);
  let weekdaysOff = 0;
  for (let day = from; day <= to; day += 1) if (!isWeekendDay(day)) weekdaysOff += 1;
  const days = to - from + 1;
  const span = from === to ? dayLabel(from) : `${dayLabel(from)}至${dayLabel(to)}`;
  return {
    name,
    from: fromDate,
    to: toDate,
    fromWeekday: weekdayLabel(from),
    toWeekday: weekdayLabel(to),
    days,
    weekdaysOff,
    text: `${name}：${span}，共${days}天`,
  };
}

function previewMakeup(date: string): MakeupWorkdayPreview {
  const day = toDayNumber(date);
  return { date, weekday: weekdayLabel(day), text: `${dayLabel(day)}上班` };
}

export function previewYearArrangement(arrangement: YearArrangement): YearArrangementPreview {
  checkYearArrangement(arrangement);
  const holidays = [...arrangement.holidays]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((period) => previewPeriod(period.name, period.from, period.to));
  const makeupDates = [...arrangement.makeupWorkdays].sort();

  const yearDays = expandYear(arrangement);
  const first = firstDayOfYear(arrangement.year);
  const last = lastDayOfYear(arrangement.year);
  let workingDays = 0;
  for (let day = first; day <= last; day += 1) {
    if (isWorkingDayIn(yearDays, day)) workingDays += 1;
  }

  return {
    year: arrangement.year,
    source: arrangement.source,
    holidays,
    makeupWorkdays: makeupDates.map(previewMakeup),
    workingDays,
    restDays: last - first + 1 - workingDays,
  };
}
