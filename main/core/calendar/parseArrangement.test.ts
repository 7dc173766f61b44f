import { describe, it, expect } from 'vitest';
import { parseYearArrangement } from './parseArrangement';
import { appErrorOf } from './testing/utils';

const YAML_2027 = `
year: 2027
source: 国办发明电〔2026〕X号
holidays:
  - { name: 元旦, from: 2027-01-01, to: 2027-01-03 }
  - name: 春节
    from: 2027-02-05
    to: 2027-02-12
makeupWorkdays: [2027-01-30, 2027-02-20]
`;

function withChange(change: (data: Record<string, unknown>) => void): string {
  const data: Record<string, unknown> = {
    year: 2027,
    source: '国办发明电〔2026〕X号',
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
      { name: '春节', from: '2027-02-05', to: '2027-02-12' },
    ],
    makeupWorkdays: ['2027-01-30', '2027-02-20'],
  };
  change(data);
  return JSON.stringify(data);
}

function failureOf(text: string): { code: string; message: string; field: unknown } {
  const error = appErrorOf(() => parseYearArrangement(text));
  return { code: error.code, message: error.message, field: error.details?.field };
}

describe('parseYearArrangement accepts', () => {
  it('a YAML file typed from a notice, unquoted dates staying dates', () => {
    expect(parseYearArrangement(YAML_2027)).toEqual({
      year: 2027,
      source: '国办发明电〔2026〕X号',
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-05', to: '2027-02-12' },
      ],
      makeupWorkdays: ['2027-01-30', '2027-02-20'],
    });
  });

  it('the same arrangement as JSON', () => {
    expect(parseYearArrangement(withChange(() => undefined))).toEqual(parseYearArrangement(YAML_2027));
  });

  it('a year with no make-up workdays written as []', () => {
    expect(parseYearArrangement(withChange((data) => (data.makeupWorkdays = []))).makeupWorkdays).toEqual([]);
  });
});

describe('parseYearArrangement refuses, naming the field', () => {
  it('text that is neither YAML nor JSON, or empty', () => {
    expect(failureOf('year: [2027').code).toBe('CALENDAR_FILE_INVALID');
    expect(failureOf('year: [2027').message).toMatch(/无法读取.*第 1 行/);
    expect(failureOf('').message).toBe('节假日安排文件是空的。');
  });

  it('a malformed date', () => {
    const failure = failureOf(
      withChange((data) => ((data.holidays as Array<Record<string, string>>)[0]!.to = '2027-02-30')),
    );
    expect(failure).toMatchObject({ code: 'CALENDAR_FILE_INVALID', field: 'holidays.0.to' });
    expect(failure.message).toBe(
      '节假日安排文件有误：第 1 个放假时段的结束日期：应为“2027-01-01”这样的日期（年-月-日，月和日都写两位），并且是日历上真实存在的一天。',
    );
    expect(failureOf(withChange((data) => (data.makeupWorkdays = ['2027/2/7']))).field).toBe('makeupWorkdays.0');
  });

  it('a missing or mistyped field', () => {
    expect(failureOf(withChange((data) => delete data.source))).toMatchObject({ field: 'source' });
    expect(failureOf(withChange((data) => delete data.source)).message).toContain('通知名称或文号：缺少此项');
    expect(failureOf(withChange((data) => (data.year = '2027'))).message).toContain('年份：应为数字');
    expect(failureOf(withChange((data) => (data.year = 1999))).message).toContain('2000 至 2099');
    expect(failureOf(withChange((data) => (data.holidays = []))).message).toContain('至少要有一个放假时段');
    expect(failureOf(withChange((data) => delete data.makeupWorkdays)).message).toContain('写 []');
  });

  it('an unknown (misspelt) field instead of silently dropping it', () => {
    const failure = failureOf(
      withChange((data) => {
        data.makeupWorkday = data.makeupWorkdays;
        delete data.makeupWorkdays;
      }),
    );
    expect(failure.message).toContain('有不认识的字段：makeupWorkday（请检查拼写）');
  });

  it('never shows the field as written in the file (it is in `field`)', () => {
    const failure = failureOf(
      withChange((data) => ((data.holidays as Array<Record<string, string>>)[0]!.to = '2027-02-30')),
    );
    expect(failure.message).not.toMatch(/holidays|\[0\]|\.to/);
  });

  it('a date outside the stated year', () => {
    const failure = failureOf(
      withChange((data) => ((data.holidays as Array<Record<string, string>>)[0]!.from = '2026-12-31')),
    );
    expect(failure).toMatchObject({ field: 'holidays.0.from' });
    expect(failure.message).toContain('不在 2027 年内');
  });

  it('a period that ends before it starts', () => {
    const failure = failureOf(
      withChange((data) => ((data.holidays as Array<Record<string, string>>)[1]!.to = '2027-02-04')),
    );
    expect(failure).toMatchObject({ field: 'holidays.1.to' });
    expect(failure.message).toContain('早于开始日期');
  });

  it('overlapping holiday periods', () => {
    const failure = failureOf(
      withChange((data) => {
        (data.holidays as unknown[]).push({ name: '补充', from: '2027-02-12', to: '2027-02-13' });
      }),
    );
    expect(failure).toMatchObject({ field: 'holidays.2.from' });
    expect(failure.message).toContain('与第 2 个放假时段（春节）重叠');
  });

  it('a make-up workday that is a weekday, inside a holiday, or repeated', () => {
    const weekday = failureOf(withChange((data) => (data.makeupWorkdays = ['2027-02-15'])));
    expect(weekday).toMatchObject({ field: 'makeupWorkdays.0' });
    expect(weekday.message).toContain('为 2027-02-15（周一），不是周六或周日');
    const inside = failureOf(withChange((data) => (data.makeupWorkdays = ['2027-02-06'])));
    expect(inside.message).toContain('落在第 2 个放假时段（春节）之内');
    const repeated = failureOf(withChange((data) => (data.makeupWorkdays = ['2027-02-20', '2027-02-20'])));
    expect(repeated).toMatchObject({ field: 'makeupWorkdays.1' });
    expect(repeated.message).toContain('重复');
  });

  it('implausible periods: one longer than 15 days, or a whole year of holidays', () => {
    const long = failureOf(
      withChange((data) => ((data.holidays as Array<Record<string, string>>)[1]!.to = '2027-03-16')),
    );
    expect(long).toMatchObject({ field: 'holidays.1' });
    expect(long.message).toBe(
      '节假日安排文件有误：第 2 个放假时段（春节）从 2027-02-05 到 2027-03-16 共 40 天，超过了一个放假时段最多 15 天的上限，请核对日期。',
    );
    const year = failureOf(
      withChange((data) => (data.holidays = [{ name: '全年', from: '2027-01-01', to: '2027-12-31' }])),
    );
    expect(year.message).toContain('共 365 天');
  });

  it('implausible totals: more than 40 holiday days in a year', () => {
    const failure = failureOf(
      withChange((data) => {
        data.holidays = [
          { name: '甲', from: '2027-03-01', to: '2027-03-14' },
          { name: '乙', from: '2027-05-01', to: '2027-05-14' },
          { name: '丙', from: '2027-07-01', to: '2027-07-14' },
        ];
        data.makeupWorkdays = [];
      }),
    );
    expect(failure).toMatchObject({ field: 'holidays' });
    expect(failure.message).toContain('合计放假 42 天，超过了一年最多 40 天的上限');
  });

  it('a make-up workday far from every holiday', () => {
    const failure = failureOf(withChange((data) => (data.makeupWorkdays = ['2027-06-05'])));
    expect(failure).toMatchObject({ field: 'makeupWorkdays.0' });
    expect(failure.message).toContain('为 2027-06-05，离任何放假时段都超过 14 天');
  });
});
