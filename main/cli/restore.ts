import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliCommand } from './types';
import { DATABASE_FILE } from '../api/backend';
import { AppError } from '../../shared/errors';
import { officeDateTime } from '../core/data/retention';
import { recordRestore } from '../core/data/backup-audit';
import { openDatabase, type Db } from '../db/open';
import { lockDataFolder, type DataLock } from '../runtime/data-lock';
import { finishInterruptedRestore, restoreBackup } from '../core/data/restore';
import { resolveDataDir } from '../runtime/data-dir';
import { describeCliError } from './errors';
import { keepDamagedAside } from '../core/data/damaged-database';
import { isCorruption } from '../db/sqlite-errors';

export const RESTORE_USAGE = '用法：npx fashen restore --in <备份文件> [--data-dir 目录]（请先关闭法审工作台）';

/**
 * `npx fashen restore --in <file>`: checks the backup, keeps the current data aside as a verified
 * backup, then swaps. A foreign or damaged file is refused and nothing changes. Works on an empty
 * data folder too (moving to a new PC).
 *
 * Runs synchronously on this thread (restoreBackup), unlike the app, which checks and stages the
 * backup in the backup worker (restoreBackupInWorker): the app is closed (the folder is locked
 * below) and the command has nothing else to answer meanwhile. The checks and messages are the same.
 */
/** False for a database file too damaged to open or read; any other failure is thrown. */
function canOpen(databasePath: string): boolean {
  try {
    openDatabase(databasePath).close();
    return true;
  } catch (error) {
    if (isCorruption(error)) return false;
    throw error;
  }
}

export const restoreCommand: CliCommand = async (args, io) => {
  let file: string;
  let dataDir: string;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { in: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    if (!values.in) throw new AppError('USAGE', RESTORE_USAGE);
    file = values.in;
    dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return 2;
  }
  const databasePath = join(dataDir, DATABASE_FILE);
  const now = new Date();
  let db: Db | undefined;
  let lock: DataLock | undefined;
  let damagedAside: string | undefined;
  try {
    // Never under a running app: it would go on with the database swapped away beneath it.
    lock = lockDataFolder(dataDir, '命令行恢复');
    finishInterruptedRestore(dataDir, databasePath);
    // A database too damaged to open is what a restore is for: it is kept aside as it is (it cannot
    // be backed up) and replaced, instead of stopping the restore that would repair it.
    const damaged = existsSync(databasePath) && !canOpen(databasePath);
    db = existsSync(databasePath) && !damaged ? openDatabase(databasePath) : undefined;
    const result = restoreBackup({
      dataDir,
      databasePath,
      file,
      now,
      db,
      swap: (complete) => {
        db?.close();
        db = undefined;
        const aside = damaged ? keepDamagedAside(dataDir, databasePath, now) : undefined;
        try {
          complete();
        } catch (error) {
          aside?.undo();
          if (!damaged) db = openDatabase(databasePath);
          throw error;
        }
        damagedAside = aside?.file;
        db = openDatabase(databasePath);
      },
    });
    damagedAside ??= result.damagedAside;
    if (db) recordRestore(db, { ...result, ...(damagedAside ? { damagedAside } : {}) }, now, '命令行');
    const made = result.info.madeAt ? `备份时间 ${officeDateTime(new Date(result.info.madeAt))}，` : '';
    io.stdout(
      `已从备份恢复：${result.info.file}\n${made}${result.info.cases} 件案件，${result.info.files} 个文书等文件。\n`,
    );
    if (damagedAside) io.stdout(`恢复前的数据库文件已损坏，已原样另存为：${damagedAside}\n`);
    else io.stdout(result.keptAside ? `恢复前的数据已另存为：${result.keptAside}\n` : '恢复前数据文件夹中没有数据。\n');
    return 0;
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return 1;
  } finally {
    db?.close();
    lock?.release();
  }
};
