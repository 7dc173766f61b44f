import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliCommand } from './types';
import { DATABASE_FILE } from '../api/backend';
import { AppError } from '../../shared/errors';
import { manualBackupName } from '../core/data/retention';
import { createBackup, freeBackupPath } from '../core/data/backup';
import { openDatabase, type Db } from '../db/open';
import { asDamagedDatabase } from '../core/data/damaged-database';
import { isCorruption } from '../db/sqlite-errors';
import { asFileError } from '../core/files/fs-errors';
import { recordBackup } from '../core/data/backup-audit';
import { resolveDataDir } from '../runtime/data-dir';
import { describeCliError } from './errors';

export const BACKUP_USAGE = '用法：npx fashen backup --out <备份文件或文件夹> [--data-dir 目录]';

/** The data folder and its database file, from --data-dir, FASHEN_DATA_DIR or the default. */
export function dataPaths(dataDirOption: string | undefined): { dataDir: string; databasePath: string } {
  const dataDir = resolveDataDir(dataDirOption ? ['--data-dir', dataDirOption] : [], process.env);
  const databasePath = join(dataDir, DATABASE_FILE);
  if (!existsSync(databasePath)) throw new AppError('NO_DATABASE', `数据文件夹中还没有数据库：${dataDir}`);
  return { dataDir, databasePath };
}

/** Anything but a missing database is a mistake in how the command was typed (exit code 2). */
export function isUsageError(error: unknown): boolean {
  return !(error instanceof AppError && error.code === 'NO_DATABASE');
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** `npx fashen backup --out <file>`: a verified backup with the documents inside, safe to carry away. */
export const backupCommand: CliCommand = async (args, io) => {
  let out: string;
  let paths: { dataDir: string; databasePath: string };
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { out: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    if (!values.out) throw new AppError('USAGE', BACKUP_USAGE);
    out = resolve(values.out);
    paths = dataPaths(values['data-dir']);
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return isUsageError(error) ? 2 : 1;
  }
  const now = new Date();
  let db: Db | undefined;
  let file = out;
  try {
    // Opened without migrating: a backup records the data exactly as it is.
    db = openDatabase(paths.databasePath, { migrate: false });
    file = existsSync(out) && statSync(out).isDirectory() ? freeBackupPath(out, manualBackupName(now)) : out;
    const result = await createBackup(db, { dataDir: paths.dataDir, file, kind: 'manual', now });
    recordBackup(db, file, now, '命令行');
    io.stdout(
      `已备份到：${file}\n大小 ${megabytes(result.bytes)} MB，含 ${result.files} 个文书等文件、${result.meta.auditRows} 条审计记录，已校验。\n`,
    );
    if (result.dataProblem) io.stdout(`注意：数据本身有问题，备份如实保留了现状：${result.dataProblem}\n`);
    return 0;
  } catch (error) {
    const explained = isCorruption(error)
      ? asDamagedDatabase(error, paths.dataDir, paths.databasePath)
      : asFileError(error, 'BACKUP_WRITE_FAILED', file);
    io.stderr(`备份失败：${describeCliError(explained)}\n`);
    return 1;
  } finally {
    db?.close();
  }
};
