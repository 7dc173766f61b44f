// The years this app vouches for, taken from the chinese-days data package (one JSON file per
// year) rather than typed by hand; builtInYears.test.ts checks them against the notices' text.
// The package knows more years, but only these were checked, so only these are built in.
import data2024 from 'chinese-days/dist/years/2024.json';
import data2025 from 'chinese-days/dist/years/2025.json';
import data2026 from 'chinese-days/dist/years/2026.json';
import type { HolidayPeriod, YearArrangement } from '../../../shared/domain/calendar';
import { checkYearArrangement } from './arrangementRules';
import { fromDayNumber, toDayNumber } from './isoDate';

/** Shape of a chinese-days year file: date → "English name,中文名,法定天数". */
interface ChineseDaysYear {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const NOTICES: ReadonlyArray<{ year: number; source: string; data: ChineseDaysYear }> = [
  { year: 2024, source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）', data: data2024 },
  { year: 2025, source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', data: data2025 },
  // The 2026 notice's 文号 could not be confirmed, so it is cited by title and date only.
  { year: 2026, source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', data: data2026 },
];

// The package abbreviates some names ("清明", "中秋"); the notices use the full ones.
const NAME_BY_ENGLISH: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Tomb-sweeping Day': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
  'National Day': '国庆节',
};

function festivalName(entry: string): string {
  const [english = '', chinese = ''] = entry.split(',');
  return NAME_BY_ENGLISH[english] ?? (chinese || english);
}

function datesOfYear(year: number, map: Record<string, string>): string[] {
  const dates = Object.keys(map).sort();
  const foreign = dates.find((date) => !date.startsWith(`${year}-`));
  if (foreign) throw new Error(`chinese-days data for ${year} contains ${foreign}`);
  return dates;
}

/** Consecutive holiday dates form one period, named like the notice ("国庆节、中秋节" in 2025). */
function holidayPeriods(year: number, holidays: Record<string, string>): HolidayPeriod[] {
  const periods: Array<{ from: number; to: number; names: string[] }> = [];
  for (const date of datesOfYear(year, holidays)) {
    const day = toDayNumber(date);
    const name = festivalName(holidays[date] ?? '');
    const last = periods[periods.length - 1];
    if (last && last.to === day - 1) {
      last.to = day;
      if (!last.names.includes(name)) last.names.push(name);
    } else {
      periods.push({ from: day, to: day, names: [name] });
    }
  }
  return periods.map((period) => ({
    name: period.names.join('、'),
    from: fromDayNumber(period.from),
    to: fromDayNumber(period.to),
  }));
}

function toArrangement(notice: (typeof NOTICES)[number]): YearArrangement {
  return checkYearArrangement({
    year: notice.year,
    source: notice.source,
    holidays: holidayPeriods(notice.year, notice.data.holidays),
    makeupWorkdays: datesOfYear(notice.year, notice.data.workdays),
  });
}

// Frozen all the way down: every calendar built later must see the data the tests checked.
function frozen(arrangement: YearArrangement): YearArrangement {
  arrangement.holidays.forEach((period) => Object.freeze(period));
  Object.freeze(arrangement.holidays);
  Object.freeze(arrangement.makeupWorkdays);
  return Object.freeze(arrangement);
}

export const BUILT_IN_YEAR_ARRANGEMENTS: readonly YearArrangement[] = Object.freeze(
  NOTICES.map((notice) => frozen(toArrangement(notice))),
);

export const BUILT_IN_YEARS: readonly number[] = BUILT_IN_YEAR_ARRANGEMENTS.map((arrangement) => arrangement.year);
