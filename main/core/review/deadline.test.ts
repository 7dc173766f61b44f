import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../calendar/buildCalendar';
import { deadlineStatus } from './deadline';

const calendar = buildWorkCalendar();

describe('deadlineStatus', () => {
  it('counts working days left, turns amber at two or fewer, red once passed', () => {
    // Deadline Monday 9 June 2025 (5 working days after the 端午节 holiday of 2 June).
    expect(deadlineStatus(calendar, '2025-06-03', '2025-06-09', null)).toMatchObject({
      level: 'ok',
      remainingWorkingDays: 4,
    });
    expect(deadlineStatus(calendar, '2025-06-05', '2025-06-09', null)).toMatchObject({
      level: 'near',
      remainingWorkingDays: 2,
    });
    // Saturday and Sunday are not working days: from Friday one working day is left.
    expect(deadlineStatus(calendar, '2025-06-06', '2025-06-09', null)).toMatchObject({
      level: 'near',
      remainingWorkingDays: 1,
    });
    expect(deadlineStatus(calendar, '2025-06-09', '2025-06-09', null)).toMatchObject({
      level: 'near',
      message: '今天是补正期限的最后一天',
    });
    expect(deadlineStatus(calendar, '2025-06-10', '2025-06-09', null)).toMatchObject({
      level: 'past',
      message: '已超过补正期限 1 个工作日',
    });
  });

  it('says so when met, and when the calendar does not know the year (but still knows a date has passed)', () => {
    expect(deadlineStatus(calendar, '2025-06-20', '2025-06-09', '2025-06-05T02:00:00.000Z')).toMatchObject({
      level: 'met',
      message: '已补正',
    });
    expect(deadlineStatus(calendar, '2025-06-20', '2025-06-09', '2025-06-12T02:00:00.000Z').message).toBe(
      '已补正（逾期）',
    );
    const unknown = deadlineStatus(calendar, '2026-12-30', '2027-01-06', null);
    expect(unknown).toMatchObject({ level: 'unknown', remainingWorkingDays: null });
    expect(unknown.message).toContain('2027 年');
    expect(deadlineStatus(calendar, '2027-01-08', '2026-12-31', null)).toMatchObject({
      level: 'past',
      remainingWorkingDays: null,
      message: '已超过补正期限',
    });
  });
});
