// `fashen workdays …`: working-day arithmetic, for staff and scripts.
//   workdays add <YYYY-MM-DD> <N> [--data-dir 目录]   → the deadline date of "within N working days of the date"
//   workdays is <YYYY-MM-DD> [--data-dir 目录]        → 工作日 or 休息日
// On the built-in calendar; with --data-dir, on that data folder's calendar (the built-in years plus
// the years the office loaded in 设置), exactly as the app counts. `args` are what follows
// `workdays`. Exit 2 for anything the user typed wrong.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../api/backend';
import { builtInWorkCalendar } from '../core/calendar/buildCalendar';
import { officeCalendar } from '../core/calendar/officeYears';
import { CALENDAR_YEAR_UNKNOWN, type WorkCalendar } from '../core/calendar/workCalendar';
import { AppError, isAppError } from '../../shared/errors';
import { tableExists } from '../core/data/integrity-checks';
import { resolveDataDir } from '../runtime/data-dir';
import { describeCliError } from './errors';
import type { CliCommand } from './types';

const USAGE =
  '用法：workdays add <YYYY-MM-DD> <工作日天数> 或 workdays is <YYYY-MM-DD>，可加 --data-dir <数据文件夹> 使用该单位载入的节假日安排';

function parseCount(text: string): number {
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(count)) {
    throw new AppError('INVALID_WORKING_DAYS', `工作日天数“${text}”无效，应为不小于 0 的整数。`);
  }
  return count;
}

/** The data folder's calendar, read without changing anything (the app may be running). */
function dataFolderCalendar(option: string): WorkCalendar {
  const dataDir = resolveDataDir(['--data-dir', option], process.env);
  const path = join(dataDir, DATABASE_FILE);
  if (!existsSync(path)) throw new AppError('NO_DATABASE', `数据文件夹中还没有数据库：${dataDir}`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return tableExists(db, 'calendar_office_years') ? officeCalendar(db) : builtInWorkCalendar();
  } finally {
    db.close();
  }
}

/**
 * --data-dir and the positionals, by hand: parseArgs would take a count of "-1" for an option,
 * where the user deserves to hear that the count is invalid.
 */
function splitArgs(args: readonly string[]): { dataDir: string | undefined; positionals: string[] } {
  let dataDir: string | undefined;
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      const value = arg === '--data-dir' ? args[(i += 1)] : arg.slice('--data-dir='.length);
      if (!value) throw new AppError('INVALID_ARGUMENTS', `--data-dir 缺少数据文件夹。${USAGE}`);
      dataDir = value;
    } else if (arg.startsWith('--')) {
      throw new AppError('INVALID_ARGUMENTS', `不认识的选项：${arg}。${USAGE}`);
    } else {
      positionals.push(arg);
    }
  }
  return { dataDir, positionals };
}

function run(args: readonly string[]): string {
  const { dataDir, positionals } = splitArgs(args);
  const [action, date, count, ...rest] = positionals;
  const calendar = dataDir === undefined ? builtInWorkCalendar() : dataFolderCalendar(dataDir);
  try {
    if (action === 'add' && date !== undefined && count !== undefined && rest.length === 0) {
      return calendar.addWorkingDays(date, parseCount(count));
    }
    if (action === 'is' && date !== undefined && count === undefined) {
      return calendar.isWorkingDay(date) ? '工作日' : '休息日';
    }
  } catch (error) {
    // The core's advice (载入 in 设置) needs the data folder to reach the command line.
    if (isAppError(error) && error.code === CALENDAR_YEAR_UNKNOWN) {
      const year = String(error.details?.['year'] ?? '');
      const message =
        dataDir === undefined
          ? `内置日历中没有 ${year} 年的节假日安排，无法计算工作日；如已在“设置”中载入，请加 --data-dir <数据文件夹> 使用该单位的日历。`
          : `该数据文件夹的日历中没有 ${year} 年的节假日安排，无法计算工作日；请先在“设置”中载入 ${year} 年的节假日安排。`;
      throw new AppError(CALENDAR_YEAR_UNKNOWN, message, error.details);
    }
    throw error;
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
      // A data folder without a database is not a typing mistake.
      return Promise.resolve(error.code === 'NO_DATABASE' ? 1 : 2);
    }
    io.stderr(`计算工作日时出现意外错误：${describeCliError(error)}\n`);
    return Promise.resolve(1);
  }
};
