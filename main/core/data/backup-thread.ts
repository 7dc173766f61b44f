// Runs the slow part of a backup (backup-job.ts) in a worker thread, so the app keeps answering
// (HTTP door, IPC) while a large database is copied and verified. One short-lived worker per task,
// with its own better-sqlite3 connections: one reading the live database for the copy (WAL lets
// the app go on writing), one to the copy, and a read-only one for the verification. 检查数据 and
// the check and staging of a backup before a restore (restore-stage.ts) run there the same way.
// Two tasks on one data folder never overlap: backups, inspections and restores hold its lock
// (backup-lock.ts) on the main thread for as long as their worker runs, so a staging never shares
// restore-staging/ with another, and a backup and a restore never race.

import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notVerified, type BackupJob, type FinishedCopy } from './backup-job';
import type { IntegrityReport } from './integrity';
import { reviveError, type RestoreRecord, type WorkerReply, type WorkerTask } from './backup-thread-protocol';
import { discardStaging, notChecked, type BackupInfo } from './restore-stage';
import { AppError } from '../../../shared/errors';

/**
 * The worker's entry file, found next to the code that starts it:
 * - from source (tsx for `npx fashen`, vitest, the benchmark) this module is backup-thread.ts and
 *   the entry is backup-worker-dev.mjs beside it, which registers tsx in the new thread first;
 * - in the Electron app this code is bundled into dist/main/main.cjs (import.meta.url is defined
 *   as that file's URL by build-main.mjs) and the entry is dist/main/backup-worker.cjs, emitted by
 *   the same build as its own bundle. In the installed app both are inside app.asar, which
 *   Electron's worker threads read like the main thread does (better-sqlite3's .node file is
 *   unpacked beside it, as for the main thread); pack-check.mjs asserts the file is there.
 * From source, FASHEN_BACKUP_WORKER_FILE may name a bundle of the worker instead: the test suite
 * makes one per run (vitest.config.ts), as registering tsx in each of its ~150 worker threads cost
 * more than many of the tests. A bundled app never reads it.
 */
export function backupWorkerFile(moduleUrl: string = import.meta.url, env: NodeJS.ProcessEnv = process.env): string {
  const url = new URL(moduleUrl);
  const fromSource = /\.[cm]?tsx?$/.test(url.pathname);
  const bundled = env['FASHEN_BACKUP_WORKER_FILE']?.trim();
  if (fromSource && bundled) return bundled;
  return fileURLToPath(new URL(fromSource ? './backup-worker-dev.mjs' : './backup-worker.cjs', url));
}

/**
 * The worker died or could not start: for the user, the backup could not be verified (a backup
 * or 检查数据), or the backup to restore could not be checked (stage: refused, nothing changed).
 */
function workerFailed(cause: unknown, op: WorkerTask['op'] = 'finish'): Error {
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (op === 'record') return new AppError('RESTORE_FAILED', `记录恢复的后台线程意外中止（${detail}），未做任何改动。`);
  return op === 'stage' ? notChecked(detail) : notVerified(`校验备份的后台线程意外中止（${detail}）`);
}

type Success = Extract<WorkerReply, { ok: true }>;

/**
 * Runs one task in a fresh worker. Settles only once the thread has ended, so the copy is closed
 * (and can be renamed, also on Windows) by the time the caller continues. Never rejects with
 * anything but the task's own error (an AppError keeps its code and Chinese message) or
 * BACKUP_NOT_VERIFIED (BACKUP_NOT_CHECKED for a staging); a crashing worker cannot take the app
 * down with it.
 */
export function runBackupTask(task: WorkerTask, workerFile: string = backupWorkerFile()): Promise<Success> {
  return new Promise((resolve, reject) => {
    let reply: WorkerReply | undefined;
    let failure: unknown;
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: task });
    } catch (error) {
      reject(workerFailed(error, task.op));
      return;
    }
    worker.on('message', (message: WorkerReply) => {
      reply ??= message;
    });
    worker.on('error', (error) => {
      failure ??= error;
    });
    worker.on('exit', (code) => {
      if (reply?.ok) resolve(reply);
      else if (reply) reject(reviveError(reply.error));
      else reject(workerFailed(failure ?? new Error(`退出码 ${code}`), task.op));
    });
  });
}

/**
 * finishCopy (manifest, verification, flush) in a worker thread; with `source` (the live database
 * file, WAL mode), the worker first makes the copy itself (copyLiveDatabase).
 */
export async function finishCopyInWorker(
  job: BackupJob,
  options: { source?: string; workerFile?: string } = {},
): Promise<FinishedCopy> {
  const reply = await runBackupTask({ op: 'finish', job, source: options.source }, options.workerFile);
  if (reply.op !== 'finish') throw workerFailed(new Error(`unexpected reply ${reply.op}`));
  return reply.value;
}

/** verifyBackupFile (read-only, its own connection) in a worker thread. */
export async function verifyBackupInWorker(
  file: string,
  store: string,
  workerFile?: string,
): Promise<{ dataProblem: string | undefined }> {
  const reply = await runBackupTask({ op: 'verify', file, store }, workerFile);
  if (reply.op !== 'verify') throw workerFailed(new Error(`unexpected reply ${reply.op}`));
  return reply.value;
}

/**
 * 检查数据 in a worker thread: the same checks as `npx fashen check`, on a read-only connection to
 * the live database (WAL gives it a consistent snapshot while the app goes on answering).
 */
export async function checkDataFolderInWorker(
  databasePath: string,
  dataDir: string,
  workerFile?: string,
): Promise<IntegrityReport> {
  const reply = await runBackupTask({ op: 'check', databasePath, dataDir }, workerFile);
  if (reply.op !== 'check') throw workerFailed(new Error(`unexpected reply ${reply.op}`));
  return reply.value;
}

/**
 * stageRestore in a worker thread: copies the backup `file` into dataDir's restore-staging/,
 * checks it (quick_check, schema and version, integrity_check, the audit hash chain, every file's
 * hash), unpacks its files and migrates it, while the app goes on answering. Resolves with what it
 * holds; refuses with the same AppError (code and Chinese message) as stageRestore, and then
 * leaves no staging behind, also when the worker dies part-way.
 *
 * The caller holds the data folder's lock (withDataLock) until it is done with the staging: see
 * inspectBackup and restoreBackupInWorker in restore.ts.
 */
export async function stageRestoreInWorker(dataDir: string, file: string, workerFile?: string): Promise<BackupInfo> {
  try {
    const reply = await runBackupTask({ op: 'stage', dataDir: resolve(dataDir), file: resolve(file) }, workerFile);
    if (reply.op !== 'stage') throw workerFailed(new Error(`unexpected reply ${reply.op}`), 'stage');
    return reply.value;
  } catch (error) {
    // The worker cleans up after its own refusals; this is for one that died half-way (it has
    // ended by now, so nothing holds the staged files open).
    discardStaging(dataDir);
    throw error;
  }
}

/**
 * A restore's audit record, appended in a worker thread to the database staged for it (before the
 * swap): the first write to a database from before sealing (migration 011) seals every record it
 * holds, seconds at 100,000 cases, which must not stall the app. Nothing is swapped yet; on a
 * failure the caller discards the staging.
 */
export async function recordInStagingInWorker(
  dataDir: string,
  record: RestoreRecord,
  workerFile?: string,
): Promise<void> {
  const reply = await runBackupTask({ op: 'record', dataDir: resolve(dataDir), record }, workerFile);
  if (reply.op !== 'record') throw workerFailed(new Error(`unexpected reply ${reply.op}`), 'record');
}
