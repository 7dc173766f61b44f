import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { backupFileName } from './retention';
import { fsyncDir, writeFileAtomic } from '../files/atomic';
import { BACKED_UP_FOLDERS } from './backup-format';
import { keepDamagedAside } from './damaged-database';
import { isCorruption } from '../../db/sqlite-errors';
import { createBackupHoldingLock, createBackupSync, freeBackupPath } from './backup';
import { backupsDir } from './backup-startup';
import { withDataLock } from './backup-lock';
import { recordInStagingInWorker, stageRestoreInWorker } from './backup-thread';
import {
  discardStaging,
  discardStagingInBackground,
  removeStagingLeftovers,
  stageRestore,
  STAGED_DATA,
  STAGED_DB,
  stagingDir,
  type BackupInfo,
} from './restore-stage';

export { stageRestore, discardStaging, type BackupInfo } from './restore-stage';

/** Written (atomically) once staging is complete and the current data is kept aside. */
const READY = 'READY';
/** In the staging folder during a swap: the database that was in use (see completePendingRestore). */
const REPLACED_DB = 'replaced.db';

export interface RestoreOptions {
  dataDir: string;
  databasePath: string;
  /** The backup to restore. */
  file: string;
  now: Date;
  /** The database in use, kept aside as a verified backup first; undefined if there is none yet. */
  db: Db | undefined;
  /**
   * Closes the database in use, runs `complete` (which swaps the files), and opens the restored
   * one. The CLI closes and reopens its own connection; the app's backend does the same for all.
   */
  swap: (complete: () => void) => void;
  /** Told as each step begins (the benchmark and tests watch the event loop during each). */
  onStep?: (step: RestoreStep) => void;
}

/**
 * staging: the backup is checked and unpacked; keeping-aside: the current data is backed up;
 * recording: the restore's audit record goes into the staged database; swapping: the files are swapped.
 */
export type RestoreStep = 'staging' | 'keeping-aside' | 'recording' | 'swapping';

/** restoreBackupInWorker's options: a worker file (tests) and who restores, for the audit record. */
export interface AppRestoreOptions extends RestoreOptions {
  workerFile?: string;
  /**
   * Writes the restore's audit record (recordRestore) into the staged database, in the worker,
   * before the swap; the result then says `recorded`. The caller brings the anchor file up to date
   * after the swap (scheduleAnchorUpdate).
   */
  record?: { door: string; actor: string };
}

export interface RestoreResult {
  info: BackupInfo;
  /** The verified backup of the data as it was just before the restore. */
  keptAside: string | undefined;
  /** Instead of keptAside: the data was too damaged to back up, and was copied as it was to here. */
  damagedAside?: string;
  /** The audit record is already in the restored database (AppRestoreOptions.record). */
  recorded?: boolean;
}

function inUse(detail: string): AppError {
  return new AppError('DATABASE_IN_USE', `${detail}，请关闭后再恢复。未做任何改动。`);
}

/** Moves the live folders that will be replaced into staging/replaced; undoes it all on failure. */
function moveFoldersAside(dataDir: string, staging: string): () => void {
  const moved: Array<[string, string]> = [];
  const undo = () => {
    for (const [live, aside] of moved.reverse()) renameSync(aside, live);
  };
  try {
    for (const folder of BACKED_UP_FOLDERS) {
      const live = join(dataDir, folder);
      const aside = join(staging, 'replaced', folder);
      if (!existsSync(join(staging, STAGED_DATA, folder)) || !existsSync(live)) continue;
      rmSync(aside, { recursive: true, force: true });
      mkdirSync(dirname(aside), { recursive: true });
      renameSync(live, aside);
      moved.push([live, aside]);
    }
  } catch (error) {
    undo();
    throw inUse(`无法移动“${(error as { path?: string }).path ?? '数据文件夹'}”（可能有文书正在其他程序中打开）`);
  }
  return undo;
}

/**
 * The swap itself: current folders aside, the staged database in, the staged folders in. Every
 * step can be repeated, so a crash part-way is finished on the next start (mode 'recover'). In
 * live mode nothing is changed unless every step can go ahead: a folder held open by another
 * program, or a database another connection still has open (its -wal file would survive our
 * close), puts everything back and refuses.
 */
export function completePendingRestore(
  dataDir: string,
  databasePath: string,
  mode: 'live' | 'recover',
  /** Deletes the staging folder (the replaced data) at the end; the app's does it in the background. */
  cleanUp: (dataDir: string) => void = discardStaging,
): boolean {
  const staging = stagingDir(dataDir);
  if (!existsSync(join(staging, READY))) {
    discardStaging(dataDir); // an unfinished staging: the restore never began
    return false;
  }
  const giveUp = (undo: () => void, error: AppError): never => {
    undo();
    discardStaging(dataDir);
    throw error;
  };
  const undo = moveFoldersAside(dataDir, staging);
  const stagedDb = join(staging, STAGED_DB);
  if (existsSync(stagedDb)) {
    if (mode === 'live' && existsSync(`${databasePath}-wal`))
      giveUp(undo, inUse('数据库正被其他程序使用（例如另一个法审工作台窗口或命令行）'));
    // The old database's WAL must never be replayed onto the restored file. In recover mode it
    // holds nothing the kept-aside backup lacks: that backup was made before READY was written.
    rmSync(`${databasePath}-wal`, { force: true });
    rmSync(`${databasePath}-shm`, { force: true });
    // The replaced database goes into the staging folder first, deleted with it: renaming the
    // staged file over it would unlink hundreds of MB right here, a stall of the app.
    const replaced = join(staging, REPLACED_DB);
    try {
      if (existsSync(databasePath)) renameSync(databasePath, replaced);
      renameSync(stagedDb, databasePath);
    } catch (error) {
      if (!existsSync(databasePath) && existsSync(replaced)) renameSync(replaced, databasePath);
      if (mode === 'live') giveUp(undo, inUse(`无法替换数据库文件（${(error as Error).message}）`));
      throw error;
    }
    fsyncDir(dirname(databasePath));
  }
  for (const folder of BACKED_UP_FOLDERS) {
    const staged = join(staging, STAGED_DATA, folder);
    if (existsSync(staged)) renameSync(staged, join(dataDir, folder));
  }
  fsyncDir(dataDir);
  cleanUp(dataDir);
  return true;
}

/** Before the database is opened at start-up: finishes a restore a crash interrupted. */
export function finishInterruptedRestore(dataDir: string, databasePath: string): boolean {
  removeStagingLeftovers(dataDir);
  return completePendingRestore(dataDir, databasePath, 'recover');
}

/** How the current data was kept aside: a verified backup, or (too damaged to back up) a raw copy. */
type KeptAside = Pick<RestoreResult, 'keptAside' | 'damagedAside'>;

/** The current data as a verified backup in backups/before-restore-….db, on this thread (VACUUM INTO). */
function keepAsideHere(options: RestoreOptions, file: string): KeptAside {
  const db = options.db;
  if (!db) return { keptAside: undefined };
  try {
    return {
      keptAside: createBackupSync(db, { dataDir: options.dataDir, file, kind: 'before-restore', now: options.now })
        .file,
    };
  } catch (error) {
    // Data too damaged to back up is what the restore is for: it is kept as it is instead.
    if (!isCorruption(error)) throw error;
    return {
      keptAside: undefined,
      damagedAside: keepDamagedAside(options.dataDir, options.databasePath, options.now, 'copy').file,
    };
  }
}

/**
 * The same, copied and verified in the backup worker while the event loop goes on (a large
 * database takes seconds). Nothing writes to the data meanwhile: the app's restore runs alone
 * (registry.ts), under the data folder's lock. Should the worker fail (damaged data, which the
 * online copy reads without noticing until it is verified; a worker that dies), it is done again
 * here, exactly as restoreBackup does: the same safety copy, or the same refusal.
 */
async function keepAsideInWorker(options: AppRestoreOptions, file: string): Promise<KeptAside> {
  const db = options.db;
  if (!db) return { keptAside: undefined };
  try {
    const made = await createBackupHoldingLock(db, {
      dataDir: options.dataDir,
      file,
      kind: 'before-restore',
      now: options.now,
      ...(options.workerFile ? { workerFile: options.workerFile } : {}),
    });
    return { keptAside: made.file };
  } catch {
    return keepAsideHere(options, file);
  }
}

function safetyCopyPath(options: RestoreOptions): string {
  return freeBackupPath(backupsDir(options.dataDir), backupFileName('before-restore', options.now));
}

/**
 * After staging and keeping the current data aside: mark the staging ready, swap. The mark is
 * written only once the copy kept aside is complete, so a crash before it leaves the data as it was.
 */
function markReadyAndSwap(
  options: RestoreOptions,
  info: BackupInfo,
  aside: KeptAside,
  cleanUp?: (dataDir: string) => void,
): RestoreResult {
  try {
    writeFileAtomic(
      join(stagingDir(options.dataDir), READY),
      Buffer.from(
        JSON.stringify({ from: info.file, keptAside: aside.keptAside, damagedAside: aside.damagedAside }),
        'utf8',
      ),
    );
  } catch (error) {
    discardStaging(options.dataDir);
    throw error;
  }
  options.onStep?.('swapping');
  options.swap(() => completePendingRestore(options.dataDir, options.databasePath, 'live', cleanUp));
  return { info, keptAside: aside.keptAside, ...(aside.damagedAside ? { damagedAside: aside.damagedAside } : {}) };
}

/**
 * After staging: keep the current data aside as a verified backup, mark the staging ready, swap.
 * All on this thread and in one go (the CLI's restore, with the app closed).
 */
function keepAsideAndSwap(options: RestoreOptions, info: BackupInfo): RestoreResult {
  let aside: KeptAside;
  try {
    options.onStep?.('keeping-aside');
    aside = keepAsideHere(options, safetyCopyPath(options));
  } catch (error) {
    discardStaging(options.dataDir);
    throw error;
  }
  return markReadyAndSwap(options, info, aside);
}

/**
 * Restores a backup: check it (stageRestore), keep the current data aside as a verified backup in
 * backups/before-restore-….db, mark the staging ready, then swap. A backup that fails a check is
 * refused before anything is touched; a crash after the mark is finished on the next start.
 *
 * Entirely on the calling thread: `npx fashen restore` uses this, with the app closed and nothing
 * else to serve, so blocking it while a large backup is checked costs nothing. The app uses
 * restoreBackupInWorker.
 */
export function restoreBackup(options: RestoreOptions): RestoreResult {
  return keepAsideAndSwap(options, stageRestore(options.dataDir, options.file));
}

/**
 * restoreBackup for the app (恢复到此备份, 从其他位置恢复): the long parts run in the backup worker,
 * so the app keeps answering (a large database takes seconds): checking and staging the backup
 * (stageRestoreInWorker), then copying and verifying the current data kept aside
 * (keepAsideInWorker). Only writing the mark and the swap (close, rename, reopen) run here. The
 * data folder's lock is held throughout: no backup starts while the backup is
 * staged or the files are swapped; a running backup of the user's makes the restore refuse
 * (DATA_BUSY) before anything is done, a running automatic one is waited for (backup-lock.ts). Refusals are restoreBackup's, with the same codes and messages.
 */
export function restoreBackupInWorker(options: AppRestoreOptions): Promise<RestoreResult> {
  return withDataLock(options.dataDir, async () => {
    options.onStep?.('staging');
    const info = await stageRestoreInWorker(options.dataDir, options.file, options.workerFile);
    let aside: KeptAside;
    try {
      options.onStep?.('keeping-aside');
      aside = await keepAsideInWorker(options, safetyCopyPath(options));
      if (options.record) {
        options.onStep?.('recording');
        await recordInStagingInWorker(
          options.dataDir,
          {
            info,
            keptAside: aside.keptAside,
            damagedAside: aside.damagedAside,
            at: options.now.toISOString(),
            ...options.record,
          },
          options.workerFile,
        );
      }
    } catch (error) {
      discardStaging(options.dataDir);
      throw error;
    }
    // The replaced data (the old database, hundreds of MB) is deleted off the main thread, and
    // awaited: when the restore is answered, nothing of it is left in the data folder.
    let deleted: Promise<void> = Promise.resolve();
    const result = markReadyAndSwap(options, info, aside, (dataDir) => {
      deleted = discardStagingInBackground(dataDir);
    });
    await deleted;
    return { ...result, ...(options.record ? { recorded: true } : {}) };
  });
}

/**
 * What a backup holds, after every check a restore makes (从其他位置恢复 shows it before asking):
 * staged in the backup worker under the data folder's lock, then discarded. Changes nothing.
 */
export function inspectBackup(dataDir: string, file: string, workerFile?: string): Promise<BackupInfo> {
  return withDataLock(dataDir, async () => {
    try {
      return await stageRestoreInWorker(dataDir, file, workerFile);
    } finally {
      discardStaging(dataDir);
    }
  });
}
