import { constants, copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { backupFileName } from './retention';
import { freeBackupPath } from './backup';
import { AppError, isAppError } from '../../../shared/errors';
import { backupsDir, listBackups } from './backup-startup';
import { isCorruption } from '../../db/sqlite-errors';

/** The newest backup in the data folder's backups/, by the time it was written; undefined if none. */
export function newestBackup(dataDir: string): string | undefined {
  try {
    return listBackups(backupsDir(dataDir))[0]?.file;
  } catch {
    return undefined;
  }
}

/**
 * What to do about a damaged database, one sentence naming the newest backup: on the command line
 * `npx fashen restore`; in the desktop app (which cannot start on it) move the damaged file aside,
 * start, and restore in 设置 › 数据与系统.
 */
export function restoreHint(dataDir: string, databasePath: string, door: 'cli' | 'desktop' = 'cli'): string {
  const newest = newestBackup(dataDir);
  const backups = newest ? `最新的备份是“${newest}”` : '数据文件夹的 backups 中没有备份，请找出 U 盘等处保存的备份';
  const inApp = `把损坏的 ${basename(databasePath)} 改名移开后启动程序，在“设置 › 数据与系统”中从备份恢复`;
  if (door === 'desktop') return `${backups}。请${inApp}`;
  return `${backups}。请从备份恢复：运行 npx fashen restore --in “${newest ?? '<备份文件>'}”；或${inApp}`;
}

/**
 * The database in use cannot be opened or read because it is damaged: one Chinese line naming the
 * file, saying nothing was changed and how to restore. Other errors pass through unchanged.
 */
export function asDamagedDatabase(
  error: unknown,
  dataDir: string,
  databasePath: string,
  door: 'cli' | 'desktop' = 'cli',
): unknown {
  if (isAppError(error) || !isCorruption(error)) return error;
  // The desktop dialog ends with its own "已保存的数据没有被改动" (start.ts): said once there.
  const unchanged = door === 'desktop' ? '' : '，未做任何改动';
  return new AppError(
    'DATABASE_CORRUPT',
    `数据库文件“${databasePath}”已损坏，无法打开${unchanged}。${restoreHint(dataDir, databasePath, door)}。`,
    {
      technical: error instanceof Error ? error.message : String(error),
    },
  );
}

export interface DamagedAside {
  /** Where the damaged database now lies, as it was (its -wal and -shm beside it). */
  file: string;
  /** Puts a detached -wal and -shm back, for a swap that failed (the database file itself was copied). */
  undo(): void;
}

/**
 * Before a restore replaces a damaged database (which cannot be kept aside as a verified backup):
 * the file is copied as it is to backups/damaged-….db, for whoever tries to rescue something from
 * it. Its -wal/-shm go beside the copy: moved when the database is closed (`detach`, so none is
 * replayed onto the restored database; undo() puts them back), copied while it is still open.
 * Not named like a backup: it is never offered for restoring nor pruned.
 */
export function keepDamagedAside(
  dataDir: string,
  databasePath: string,
  now: Date,
  journals: 'detach' | 'copy' = 'detach',
): DamagedAside {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = freeBackupPath(dir, backupFileName('before-restore', now).replace(/^before-restore/, 'damaged'));
  copyFileSync(databasePath, file, constants.COPYFILE_EXCL);
  const moved: Array<[string, string]> = [];
  for (const suffix of ['-wal', '-shm']) {
    const live = `${databasePath}${suffix}`;
    if (!existsSync(live)) continue;
    if (journals === 'copy') {
      copyFileSync(live, `${file}${suffix}`, constants.COPYFILE_EXCL);
      continue;
    }
    renameSync(live, `${file}${suffix}`);
    moved.push([live, `${file}${suffix}`]);
  }
  return {
    file,
    undo() {
      for (const [live, aside] of moved) renameSync(aside, live);
    },
  };
}
