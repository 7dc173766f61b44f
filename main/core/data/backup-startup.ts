import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { copyFile, open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Db } from '../../db/open';
import {
  backupsToDelete,
  officeDate,
  parseBackupName,
  plannedBackups,
  type BackupKind,
  type BackupName,
} from './retention';
import { fsyncDir, tempPathFor, writeFileAtomic } from '../files/atomic';
import { sweepOrphanFiles } from '../files/sweep';
import { BACKUPS_DIR, blobStoreFor, sharedFileHashes } from './backup-format';

export { BACKUPS_DIR } from './backup-format';
import { createBackupHoldingLock, type BackupThread } from './backup';
import { withDataLock } from './backup-lock';

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_DIR);
}

export interface BackupListing extends BackupName {
  file: string;
  bytes: number;
}

/** Our backups in a folder (by name), newest written first; other files are not ours and are left alone. */
export function listBackups(dir: string): BackupListing[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map(parseBackupName)
    .filter((backup): backup is BackupName => backup !== undefined)
    .map((backup) => {
      const stat = statSync(join(dir, backup.name));
      return { ...backup, file: join(dir, backup.name), bytes: stat.size, modified: stat.mtimeMs };
    })
    .sort((a, b) => b.modified - a.modified || (a.name < b.name ? 1 : -1))
    .map(({ modified: _modified, ...backup }) => backup);
}

export interface StartupBackupResult {
  /** When this ran (ISO instant). */
  at: string;
  made: string[];
  deleted: string[];
  /** One Chinese sentence if something went wrong; start-up goes on regardless. */
  problem: string | undefined;
}

export const STATUS_FILE = 'status.json';

/** The last automatic backup's outcome, for the settings page and the home page. */
export function readStartupStatus(dataDir: string): StartupBackupResult | undefined {
  try {
    return JSON.parse(readFileSync(join(backupsDir(dataDir), STATUS_FILE), 'utf8')) as StartupBackupResult;
  } catch {
    return undefined;
  }
}

/**
 * Copies a finished (verified, closed) backup under another name, flushed before it appears.
 * Asynchronous (libuv's thread pool): a copy of a large database must not freeze the app.
 */
async function copyBackup(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    await copyFile(from, temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, to);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDir(dirname(to));
}

/**
 * Deletes shared-store files no kept backup refers to. If any backup cannot be read, nothing is
 * deleted: a file wrongly kept costs disk, a file wrongly deleted costs a restore.
 */
function pruneStore(dir: string): void {
  const store = blobStoreFor(join(dir, 'x'));
  if (!existsSync(store)) return;
  const referenced = new Set<string>();
  for (const backup of listBackups(dir)) {
    const db = new Database(backup.file, { readonly: true, fileMustExist: true });
    try {
      // Only the hashes: a manual backup in this folder carries all the documents inside it.
      for (const hash of sharedFileHashes(db)) referenced.add(hash);
    } finally {
      db.close();
    }
  }
  for (const name of readdirSync(store)) if (!referenced.has(name)) rmSync(join(store, name), { force: true });
}

async function backupOnce(
  db: Db,
  dataDir: string,
  now: Date,
  result: StartupBackupResult,
  thread: BackupThread | undefined,
): Promise<void> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  sweepOrphanFiles(dir); // temp files of a backup a crash interrupted
  const today = officeDate(now);
  const plan = plannedBackups(listBackups(dir), today);
  const make = async (kind: BackupKind) => {
    const file = join(dir, `${kind}-${today}.db`);
    await createBackupHoldingLock(db, { dataDir, file, kind, now, shareFiles: true, thread });
    result.made.push(file);
  };
  if (plan.daily) await make('daily');
  if (plan.weekly) {
    const daily = join(dir, `daily-${today}.db`);
    if (plan.daily) {
      await copyBackup(daily, join(dir, `weekly-${today}.db`));
      result.made.push(join(dir, `weekly-${today}.db`));
    } else await make('weekly');
  }
  for (const name of backupsToDelete(listBackups(dir), today)) {
    rmSync(join(dir, name), { force: true });
    result.deleted.push(join(dir, name));
  }
  pruneStore(dir);
}

export interface AutomaticBackupOptions {
  dataDir: string;
  databasePath: string;
  now: Date;
  db?: Db;
  /** Where the copy is verified (see BackupThread); the benchmark's before/after only. */
  thread?: BackupThread;
}

/**
 * The automatic backup, once a day (at start-up, and from backup-schedule.ts while the app stays
 * open): a verified daily backup (and a weekly one once a week) into <dataDir>/backups, keeping
 * the newest 7 daily and 4 weekly. Never throws: a failure is reported in the result and in
 * backups/status.json, and the app goes on. Pass the app's open database, or none to use a
 * connection of its own (WAL lets both work at once).
 */
export async function runStartupBackup(options: AutomaticBackupOptions): Promise<StartupBackupResult> {
  const result: StartupBackupResult = { at: options.now.toISOString(), made: [], deleted: [], problem: undefined };
  if (!existsSync(options.databasePath)) return result;
  try {
    // The whole run holds the data folder, its own connection included, as an automatic backup:
    // the user's 立即备份 or restore waits for it instead of being refused (backup-lock.ts), and a
    // waiting restore swaps the database only once nothing here has it open.
    await withDataLock(
      options.dataDir,
      async () => {
        const own = options.db ? undefined : new Database(options.databasePath, { fileMustExist: true });
        try {
          await backupOnce(options.db ?? (own as Db), options.dataDir, options.now, result, options.thread);
        } finally {
          own?.close();
        }
      },
      'automatic',
    );
  } catch (error) {
    result.problem = `自动备份未完成：${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    writeFileAtomic(
      join(backupsDir(options.dataDir), STATUS_FILE),
      Buffer.from(JSON.stringify(result, null, 2), 'utf8'),
    );
  } catch {
    // The status file is a convenience; the result is returned to the caller anyway.
  }
  return result;
}
