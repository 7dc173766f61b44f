import { describe, it, expect } from 'vitest';
import { isWorkday as chineseDaysIsWorkday } from 'chinese-days';
import { BUILT_IN_YEAR_ARRANGEMENTS, BUILT_IN_YEARS } from './builtInYears';
import { fromDayNumber, isWeekendDay, toDayNumber } from './isoDate';
import { buildWorkCalendar } from './buildCalendar';

// Typed by hand from each notice's text, independently of the chinese-days package, so a wrong
// or changed package release fails here. One row per numbered item of the notice.
interface NoticeTable {
  year: number;
  holidays: Array<[name: string, from: string, to: string]>;
  makeupWorkdays: string[];
}

const NOTICE_TABLES: NoticeTable[] = [
  {
    // 国办发明电〔2023〕7号
    year: 2024,
    holidays: [
      ['元旦', '2024-01-01', '2024-01-01'], // 1月1日放假，与周末连休（连休的周末在2023年）
      ['春节', '2024-02-10', '2024-02-17'], // 2月10日至17日放假调休，共8天
      ['清明节', '2024-04-04', '2024-04-06'], // 4月4日至6日放假调休，共3天
      ['劳动节', '2024-05-01', '2024-05-05'], // 5月1日至5日放假调休，共5天
      ['端午节', '2024-06-10', '2024-06-10'], // 6月10日放假，与周末连休
      ['中秋节', '2024-09-15', '2024-09-17'], // 9月15日至17日放假调休，共3天
      ['国庆节', '2024-10-01', '2024-10-07'], // 10月1日至7日放假调休，共7天
    ],
    // 2月4日（日）、2月18日（日）；4月7日（日）；4月28日（日）、5月11日（六）；9月14日（六）；9月29日（日）、10月12日（六）
    makeupWorkdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    // 国办发明电〔2024〕12号
    year: 2025,
    holidays: [
      ['元旦', '2025-01-01', '2025-01-01'], // 1月1日（周三）放假1天，不调休
      ['春节', '2025-01-28', '2025-02-04'], // 1月28日（除夕、周二）至2月4日（初七、周二），共8天
      ['清明节', '2025-04-04', '2025-04-06'], // 4月4日（周五）至6日（周日），共3天
      ['劳动节', '2025-05-01', '2025-05-05'], // 5月1日（周四）至5日（周一），共5天
      ['端午节', '2025-05-31', '2025-06-02'], // 5月31日（周六）至6月2日（周一），共3天
      ['国庆节、中秋节', '2025-10-01', '2025-10-08'], // 10月1日（周三）至8日（周三），共8天
    ],
    // 1月26日（周日）、2月8日（周六）；4月27日（周日）；9月28日（周日）、10月11日（周六）
    makeupWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    // 国务院办公厅关于2026年部分节假日安排的通知，2025年11月4日
    year: 2026,
    holidays: [
      ['元旦', '2026-01-01', '2026-01-03'], // 1月1日（周四）至3日（周六），共3天
      ['春节', '2026-02-15', '2026-02-23'], // 2月15日（腊月二十八、周日）至23日（初七、周一），共9天
      ['清明节', '2026-04-04', '2026-04-06'], // 4月4日（周六）至6日（周一），共3天
      ['劳动节', '2026-05-01', '2026-05-05'], // 5月1日（周五）至5日（周二），共5天
      ['端午节', '2026-06-19', '2026-06-21'], // 6月19日（周五）至21日（周日），共3天
      ['中秋节', '2026-09-25', '2026-09-27'], // 9月25日（周五）至27日（周日），共3天
      ['国庆节', '2026-10-01', '2026-10-07'], // 10月1日（周四）至7日（周三），共7天
    ],
    // 1月4日（周日）；2月14日（周六）、2月28日（周六）；5月9日（周六）；9月20日（周日）、10月10日（周六）
    makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

function tableFor(year: number): NoticeTable {
  const table = NOTICE_TABLES.find((entry) => entry.year === year);
  if (!table) throw new Error(`no table for ${year}`);
  return table;
}

/** Working or not, straight from the hand table: independent of the calendar code under test. */
function workedPerTable(date: string): boolean {
  const table = tableFor(Number(date.slice(0, 4)));
  if (table.makeupWorkdays.includes(date)) return true;
  if (table.holidays.some(([, from, to]) => from <= date && date <= to)) return false;
  return !isWeekendDay(toDayNumber(date));
}

describe('built-in years', () => {
  it('are exactly the years the project vouches for', () => {
    expect(BUILT_IN_YEARS).toEqual([2024, 2025, 2026]);
  });

  it.each(NOTICE_TABLES.map((table) => [table.year, table] as const))(
    '%i matches the notice period by period and make-up day by make-up day',
    (year, table) => {
      const arrangement = BUILT_IN_YEAR_ARRANGEMENTS.find((entry) => entry.year === year);
      expect(arrangement?.holidays.map((period) => [period.name, period.from, period.to])).toEqual(table.holidays);
      expect(arrangement?.makeupWorkdays).toEqual(table.makeupWorkdays);
    },
  );

  it('make-up workdays in the tables are all weekend days (guards the tables themselves)', () => {
    for (const table of NOTICE_TABLES) {
      for (const date of table.makeupWorkdays) expect(isWeekendDay(toDayNumber(date)), date).toBe(true);
    }
  });

  it('agrees with the hand tables and with chinese-days itself on every day of 2024–2026', () => {
    const calendar = buildWorkCalendar();
    const mismatches: string[] = [];
    for (let day = toDayNumber('2024-01-01'); day <= toDayNumber('2026-12-31'); day += 1) {
      const date = fromDayNumber(day);
      const expected = workedPerTable(date);
      if (calendar.isWorkingDay(date) !== expected) mismatches.push(`calendar ${date}`);
      if (chineseDaysIsWorkday(date) !== expected) mismatches.push(`chinese-days ${date}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the yearly working-day totals (weekdays − weekday holidays + make-up days)', () => {
    const calendar = buildWorkCalendar();
    const totals = [2024, 2025, 2026].map((year) => {
      let count = 0;
      for (let day = toDayNumber(`${year}-01-01`); day <= toDayNumber(`${year}-12-31`); day += 1) {
        if (calendar.isWorkingDay(fromDayNumber(day))) count += 1;
      }
      return count;
    });
    // 2024: 262 − 19 + 8; 2025: 261 − 18 + 5; 2026: 261 − 19 + 6.
    expect(totals).toEqual([251, 248, 248]);
  });
});
