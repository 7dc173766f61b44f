import { describe, expect, it } from 'vitest';
import { builtInWorkCalendar } from '../calendar/buildCalendar';
import { deadlineView, dueFrom } from './deadlines';
import type { LimitRule } from './rules';

const calendar = builtInWorkCalendar();
const five: LimitRule = { unit: 'working-days', amount: 5, rule: '涪陵府办〔2024〕1号 二(三)：5个工作日内移送' };
const hours: LimitRule = { unit: 'hours', amount: 24, rule: '涪陵府办〔2024〕1号 二(三)：24小时内移送（情况紧急）' };
const view = (now: string, limit: LimitRule, date: string, instant: string | null = null) =>
  deadlineView(calendar, now, limit, { date, instant }, '移送', '已超过移送期限');

describe('dueFrom', () => {
  it('does not count the day itself and ends at 24:00 office time of the N-th working day', () => {
    // Monday 15 September 2025 → Monday 22 September, 24:00 Beijing = 16:00 UTC.
    expect(dueFrom(calendar, five, { date: '2025-09-15', instant: null })).toEqual({
      dueDate: '2025-09-22',
      dueAt: '2025-09-22T16:00:00.000Z',
    });
    // Across National Day 2025: 9/30 → 10/9, 10/10, 10/11 (a Saturday worked), 10/13, 10/14.
    expect(dueFrom(calendar, five, { date: '2025-09-30', instant: null }).dueDate).toBe('2025-10-14');
  });

  it('counts clock hours through a holiday for an urgent transfer', () => {
    expect(dueFrom(calendar, hours, { date: '2025-09-30', instant: '2025-09-30T09:00:00.000Z' })).toEqual({
      dueAt: '2025-10-01T09:00:00.000Z',
      dueDate: null,
    });
  });
});

describe('deadlineView', () => {
  it('is blue with time to spare, amber with one working day or less, red once past', () => {
    expect(view('2025-09-18T02:00:00.000Z', five, '2025-09-15')).toMatchObject({
      level: 'info',
      text: '应于2025年9月22日24时前移送，还剩 2 个工作日',
    });
    expect(view('2025-09-19T02:00:00.000Z', five, '2025-09-15')).toMatchObject({
      level: 'warning',
      text: '应于2025年9月22日24时前移送，还剩 1 个工作日',
    });
    // Saturday before a Monday deadline: one working day remains.
    expect(view('2025-09-20T02:00:00.000Z', five, '2025-09-15').level).toBe('warning');
    expect(view('2025-09-22T15:00:00.000Z', five, '2025-09-15')).toMatchObject({
      level: 'warning',
      text: '应于2025年9月22日24时前移送，今天是最后一天',
    });
    expect(view('2025-09-22T16:00:00.000Z', five, '2025-09-15')).toMatchObject({
      level: 'danger',
      text: '已超过移送期限（应于2025年9月22日24时前移送）',
      rule: five.rule,
    });
  });

  it('shows the hours left on an urgent transfer', () => {
    expect(view('2025-09-30T10:30:00.000Z', hours, '2025-09-30', '2025-09-30T09:00:00.000Z')).toMatchObject({
      level: 'warning',
      text: '应于2025年10月1日 17:00前移送，还剩 22 小时 30 分',
    });
  });

  it('is red, with the year to load, when the calendar does not know a year', () => {
    const unknown = view('2026-12-28T02:00:00.000Z', five, '2026-12-28');
    expect(unknown).toMatchObject({ level: 'danger', dueAt: null, unknownYear: 2027 });
    expect(unknown.text).toContain('请在“设置”中载入 2027 年的节假日安排');
    // The due date is known but today is not: still red, never a guess.
    const today = view('2027-01-04T02:00:00.000Z', five, '2025-09-15');
    expect(today.level).toBe('danger');
  });
});
