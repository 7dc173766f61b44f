import { describe, it, expect } from 'vitest';
import { BUILT_IN_YEAR_ARRANGEMENTS } from './builtInYears';
import { previewYearArrangement } from './preview';
import { appErrorOf } from './testing/utils';

function builtIn(year: number) {
  const arrangement = BUILT_IN_YEAR_ARRANGEMENTS.find((entry) => entry.year === year);
  if (!arrangement) throw new Error(`no built-in ${year}`);
  return arrangement;
}

describe('previewYearArrangement', () => {
  it('shows each period as the notice words it, with weekdays and 共N天', () => {
    const preview = previewYearArrangement(builtIn(2025));
    expect(preview.holidays.map((period) => period.text)).toEqual([
      '元旦：1月1日（周三），共1天',
      '春节：1月28日（周二）至2月4日（周二），共8天',
      '清明节：4月4日（周五）至4月6日（周日），共3天',
      '劳动节：5月1日（周四）至5月5日（周一），共5天',
      '端午节：5月31日（周六）至6月2日（周一），共3天',
      '国庆节、中秋节：10月1日（周三）至10月8日（周三），共8天',
    ]);
    expect(preview.holidays[1]).toMatchObject({ days: 8, weekdaysOff: 6, fromWeekday: '周二', toWeekday: '周二' });
  });

  it('lists the make-up days with their weekday in Chinese, and the year totals', () => {
    const preview = previewYearArrangement(builtIn(2025));
    expect(preview.makeupWorkdays.map((day) => day.text)).toEqual([
      '1月26日（周日）上班',
      '2月8日（周六）上班',
      '4月27日（周日）上班',
      '9月28日（周日）上班',
      '10月11日（周六）上班',
    ]);
    expect(preview.workingDays).toBe(248);
    expect(preview.restDays).toBe(365 - 248);
    expect(previewYearArrangement(builtIn(2024)).workingDays).toBe(251); // leap year
  });

  it('sorts periods and make-up days typed out of order', () => {
    const preview = previewYearArrangement({
      year: 2027,
      source: '测试',
      holidays: [
        { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
        { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
      ],
      makeupWorkdays: ['2027-10-09', '2027-09-26'],
    });
    expect(preview.holidays.map((period) => period.name)).toEqual(['元旦', '国庆节']);
    expect(preview.makeupWorkdays.map((day) => day.date)).toEqual(['2027-09-26', '2027-10-09']);
  });

  it('refuses an arrangement that breaks the rules rather than preview it', () => {
    const error = appErrorOf(() => previewYearArrangement({ ...builtIn(2025), makeupWorkdays: ['2025-10-10'] }));
    expect(error.code).toBe('CALENDAR_FILE_INVALID');
  });
});
