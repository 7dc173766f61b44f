// `fashen workdays …`: working-day arithmetic on the built-in calendar, for staff and scripts.
//   workdays add <YYYY-MM-DD> <N>   → the deadline date of "within N working days of the date"
//   workdays is <YYYY-MM-DD>        → 工作日 or 休息日
// `args` are what follows `workdays`. Exit 2 for anything the user typed wrong.
import { builtInWorkCalendar } from '../core/calendar/buildCalendar';
import { AppError, isAppError } from '../core/errors';
import type { CliCommand } from './types';

const USAGE = '用法：workdays add <YYYY-MM-DD> <工作日天数> 或 workdays is <YYYY-MM-DD>';

function parseCount(text: string): number {
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(count)) {
    throw new AppError('INVALID_WORKING_DAYS', `工作日天数“${text}”无效，应为不小于 0 的整数。`);
  }
  return count;
}

function run(args: readonly string[]): string {
  const [action, date, count, ...rest] = args;
  const calendar = builtInWorkCalendar();
  if (action === 'add' && date !== undefined && count !== undefined && rest.length === 0) {
    return calendar.addWorkingDays(date, parseCount(count));
  }
  if (action === 'is' && date !== undefined && count === undefined) {
    return calendar.isWorkingDay(date) ? '工作日' : '休息日';
  }
  throw new AppError('INVALID_ARGUMENTS', USAGE);
}

export const workdaysCommand: CliCommand = (args, io) => {
  try {
    io.stdout(`${run(args)}\n`);
    return Promise.resolve(0);
  } catch (error) {
    if (isAppError(error)) {
      io.stderr(`${error.message}\n`);
      return Promise.resolve(2);
    }
    io.stderr(`计算工作日时出现意外错误：${String(error)}\n`);
    return Promise.resolve(1);
  }
};
