import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import type { BackupKind } from './retention';
import { commitTempFile, tempPathFor } from '../files/atomic';
import { appVersion } from '../../platform/app-version';
import { blobStoreFor, type BackupMeta } from './backup-format';
import { finishCopy, type BackupJob, type FinishedCopy } from './backup-job';
import { finishCopyInWorker } from './backup-thread';
import { withDataLock } from './backup-lock';
import { madeByFor } from './backup-summary';

export { dataFiles } from './backup-job';

/**
 * Where the slow part (copy, manifest, integrity_check, file hashes on the copy) runs: 'worker'
 * (the default) keeps the app answering; 'main' is the old way (online backup stepped on this
 * thread, then the rest here too), blocking it for seconds on a large database, kept only for the
 * benchmark's before/after figure.
 */
export type BackupThread = 'worker' | 'main';

export interface BackupOptions {
  dataDir: string;
  /** Where the backup goes; must not exist yet (see freeBackupPath). */
  file: string;
  kind: BackupKind;
  now: Date;
  /** Keep file contents in the shared store beside the backup (automatic backups) instead of inside it. */
  shareFiles?: boolean;
  /** createBackup only; 'worker' unless said otherwise. */
  thread?: BackupThread;
  /** The person who asked for a manual backup (its description records it; automatic ones say 自动). */
  madeBy?: string;
}

export interface BackupResult {
  file: string;
  meta: BackupMeta;
  files: number;
  bytes: number;
  /**
   * A problem in the data itself (e.g. a broken audit chain). The backup is still a faithful copy
   * and is kept: it is the evidence, and the best copy there is.
   */
  dataProblem: string | undefined;
}

/** `dir/name`, or `dir/name-2.db`, `-3`, … if taken: a backup never overwrites another. */
export function freeBackupPath(dir: string, name: string): string {
  let candidate = join(dir, name);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, name.replace(/\.db$/, `-${n}.db`));
  return candidate;
}

function jobFor(temp: string, options: BackupOptions): BackupJob {
  return {
    copy: temp,
    dataDir: options.dataDir,
    store: blobStoreFor(options.file),
    kind: options.kind,
    madeAt: options.now.toISOString(),
    appVersion: appVersion(),
    shareFiles: options.shareFiles === true,
    madeBy: madeByFor(options.kind, options.madeBy),
  };
}

/** Moves the verified, flushed copy into place under its name. */
function commit(temp: string, options: BackupOptions, finished: FinishedCopy): BackupResult {
  commitTempFile(temp, options.file);
  return { file: options.file, ...finished, bytes: statSync(options.file).size };
}

function isWalFile(db: Db): boolean {
  return !db.memory && db.pragma('journal_mode', { simple: true }) === 'wal';
}

function begin(options: BackupOptions): string {
  if (existsSync(options.file)) throw new AppError('BACKUP_EXISTS', `备份文件“${options.file}”已存在，不会覆盖`);
  mkdirSync(dirname(options.file), { recursive: true });
  return tempPathFor(options.file);
}

function discard(temp: string): void {
  for (const path of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) rmSync(path, { force: true });
}

/**
 * A verified backup through SQLite's online backup, made in a worker thread so the app keeps
 * answering: the copy is one consistent moment, WAL included, while the app goes on working. Then,
 * still in the worker, the data folder's files are added, `integrity_check` and the file hashes
 * are verified on the copy through a read-only connection, and only then does the backup appear
 * under its name. A worker that fails or dies counts as a failed verification: the copy is
 * discarded.
 */
export function createBackup(db: Db, options: BackupOptions): Promise<BackupResult> {
  return withDataLock(options.dataDir, () => createBackupHoldingLock(db, options));
}

/** createBackup's work, for a caller that already holds the data folder's lock (the automatic backup, a restore). */
export async function createBackupHoldingLock(
  db: Db,
  options: BackupOptions & { workerFile?: string },
): Promise<BackupResult> {
  const temp = begin(options);
  try {
    const job = jobFor(temp, options);
    if (options.thread === 'main') {
      await db.backup(temp);
      return commit(temp, options, finishCopy(job));
    }
    // In WAL mode the worker copies through a connection of its own (the app goes on writing);
    // otherwise its reads would block the app's writes, so the copy is made here, step by step.
    if (isWalFile(db))
      return commit(
        temp,
        options,
        await finishCopyInWorker(job, { source: resolve(db.name), workerFile: options.workerFile }),
      );
    await db.backup(temp);
    return commit(temp, options, await finishCopyInWorker(job, { workerFile: options.workerFile }));
  } catch (error) {
    discard(temp);
    throw error;
  }
}

/**
 * The same backup made in one step (SQLite's VACUUM INTO, as consistent as the online backup) and
 * verified on this thread: for keeping the current data aside just before a restore, when
 * nothing may run in between.
 */
export function createBackupSync(db: Db, options: BackupOptions): BackupResult {
  const temp = begin(options);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    return commit(temp, options, finishCopy(jobFor(temp, options)));
  } catch (error) {
    discard(temp);
    throw error;
  }
}
