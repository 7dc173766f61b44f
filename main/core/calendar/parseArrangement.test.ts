import { describe, it, expect } from 'vitest';
import { parseYearArrangement } from './parseArrangement';
import { appErrorOf } from './testUtils';

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
    const failure = failureOf(withChange((data) => ((data.holidays as Array<Record<string, string>>)[0]!.to = '2027-02-30')));
    expect(failure).toMatchObject({ code: 'CALENDAR_FILE_INVALID', field: 'holidays.0.to' });
    expect(failure.message).toBe(
      '节假日安排文件有误：第 1 个放假时段的结束日期（holidays[0].to）：应为 YYYY-MM-DD 格式的有效日期，例如 2027-01-01。',
    );
    expect(failureOf(withChange((data) => (data.makeupWorkdays = ['2027/2/7']))).field).toBe('makeupWorkdays.0');
  });

  it('a missing or mistyped field', () => {
    expect(failureOf(withChange((data) => delete data.source))).toMatchObject({ field: 'source' });
    expect(failureOf(withChange((data) => delete data.source)).message).toContain('通知名称或文号（source）：缺少此项');
    expect(failureOf(withChange((data) => (data.year = '2027'))).message).toContain('年份（year）：应为数字');
    expect(failureOf(withChange((data) => (data.year = 1999))).message).toContain('2000 至 2099');
    expect(failureOf(withChange((data) => (data.holidays = []))).message).toContain('至少要有一个放假时段');
    expect(failureOf(withChange((data) => delete data.makeupWorkdays)).message).toContain('写 []');
  });

  it('an unknown (misspelt) field instead of silently dropping it', () => {
    const failure = failureOf(withChange((data) => {
      data.makeupWorkday = data.makeupWorkdays;
      delete data.makeupWorkdays;
    }));
    expect(failure.message).toContain('makeupWorkday');
  });

  it('a date outside the stated year', () => {
    const failure = failureOf(withChange((data) => (data.holidays as Array<Record<string, string>>)[0]!.from = '2026-12-31'));
    expect(failure).toMatchObject({ field: 'holidays.0.from' });
    expect(failure.message).toContain('不在 2027 年内');
  });

  it('a period that ends before it starts', () => {
    const failure = failureOf(withChange((data) => ((data.holidays as Array<Record<string, string>>)[1]!.to = '2027-02-04')));
    expect(failure).toMatchObject({ field: 'holidays.1.to' });
    expect(failure.message).toContain('早于开始日期');
  });

  it('overlapping holiday periods', () => {
    const failure = failureOf(withChange((data) => {
      (data.holidays as unknown[]).push({ name: '补充', from: '2027-02-12', to: '2027-02-13' });
    }));
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
});
