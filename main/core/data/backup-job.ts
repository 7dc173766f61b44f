// The long part of making a backup: copy the live database (copyLiveDatabase, reading only), then
// work on the copy: add the manifest, verify it. Plain functions over file paths, so the same code
// runs on the main thread (createBackupSync, just before a restore) and in the backup worker
// (backup-worker.ts, for every other backup), where it cannot freeze the app.

import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/open';
import { schemaVersion } from '../../db/migrate';
import { AppError, isAppError } from '../../../shared/errors';
import { GENESIS_HASH } from '../audit/log';
import type { BackupKind } from './retention';
import { fsyncFile, isTempFile, sha256, writeFileAtomic } from '../files/atomic';
import { storedPath } from '../files/record';
import { listFiles } from '../files/sweep';
import { BACKED_UP_FOLDERS, BACKUP_FORMAT, createManifestTables, writeMeta, type BackupMeta } from './backup-format';
import { backupTarget, FIDELITY_CHECKS, manifestCheck } from './backup-verify';
import { dataFolderTarget, runIntegrityChecks, type IntegrityReport } from './integrity';
import { INTEGRITY_CHECKS } from './integrity-checks';

/** Everything the work on a copy needs, as plain data (it crosses to the worker thread). */
export interface BackupJob {
  /** The fresh copy (a temp file beside the final backup). */
  copy: string;
  dataDir: string;
  /** The shared store beside the backup (blobStoreFor). */
  store: string;
  kind: BackupKind;
  /** ISO instant. */
  madeAt: string;
  appVersion: string;
  /** Keep file contents in the shared store instead of inside the backup. */
  shareFiles: boolean;
}

/** What the work on a copy found; the copy is verified, flushed and ready to be renamed into place. */
export interface FinishedCopy {
  meta: BackupMeta;
  files: number;
  /** A problem in the data itself (the copy is faithful and kept); see BackupResult. */
  dataProblem: string | undefined;
}

/** The one message for a backup that cannot be trusted: it is thrown away, never kept. */
export function notVerified(detail: string): AppError {
  return new AppError('BACKUP_NOT_VERIFIED', `备份未通过校验，未保存：${detail}`);
}

/** SQLite saying the copy is not a sound database file. */
function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/** A damaged copy reads as the same message as a failed integrity_check, whichever step finds it. */
function corruptionAsNotVerified(error: unknown): unknown {
  if (isAppError(error) || !isCorruption(error)) return error;
  return notVerified(`数据库文件：数据库文件已损坏（${error instanceof Error ? error.message : String(error)}）`);
}

/** The data folder's files a backup carries, relative to it, with forward slashes. */
export function dataFiles(dataDir: string): string[] {
  return BACKED_UP_FOLDERS.flatMap((folder) => listFiles(dataDir, join(dataDir, folder)))
    .filter((path) => !isTempFile(path))
    .map(storedPath)
    .sort();
}

function ensureBlob(store: string, hash: string, bytes: Buffer): void {
  const blob = join(store, hash);
  if (existsSync(blob) && sha256(readFileSync(blob)) === hash) return;
  writeFileAtomic(blob, bytes);
}

function auditHead(db: Db): { rows: number; head: string } {
  const row = db
    .prepare('SELECT COUNT(*) AS rows, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS head FROM audit_log')
    .get() as { rows: number; head: string | null };
  return { rows: row.rows, head: row.head ?? GENESIS_HASH };
}

/** Adds the description and the data folder's files to the copy (its own read-write connection). */
function addManifest(job: BackupJob): { meta: BackupMeta; files: number } {
  const copy = new Database(job.copy, { fileMustExist: true });
  try {
    // One self-contained file: a backup must not depend on a -wal file lying beside it.
    copy.pragma('journal_mode = DELETE');
    createManifestTables(copy);
    const audit = auditHead(copy);
    const meta: BackupMeta = {
      format: BACKUP_FORMAT,
      kind: job.kind,
      madeAt: job.madeAt,
      appVersion: job.appVersion,
      schemaVersion: schemaVersion(copy),
      auditRows: audit.rows,
      auditHead: audit.head,
    };
    const paths = dataFiles(job.dataDir);
    copy.transaction(() => {
      writeMeta(copy, meta);
      const insert = copy.prepare('INSERT INTO fashen_backup_files (path, sha256, size, content) VALUES (?, ?, ?, ?)');
      for (const path of paths) {
        const bytes = readFileSync(join(job.dataDir, path));
        const hash = sha256(bytes);
        if (job.shareFiles) ensureBlob(job.store, hash, bytes);
        insert.run(path, hash, bytes.length, job.shareFiles ? null : bytes);
      }
    })();
    return { meta, files: paths.length };
  } finally {
    copy.close();
  }
}

/**
 * Verifies a finished backup file as it is on the disk, through a read-only connection of its
 * own: integrity_check, every check `npx fashen check` runs, and every file's hash. Throws
 * BACKUP_NOT_VERIFIED if the backup is not a faithful copy; a problem in the data itself (a
 * broken audit chain) is returned instead, because the copy is still the best there is.
 */
export function verifyBackupFile(file: string, store: string): { dataProblem: string | undefined } {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw corruptionAsNotVerified(error);
  }
  try {
    const report = runIntegrityChecks(backupTarget(db, store), [...INTEGRITY_CHECKS, manifestCheck(store)]);
    const unfaithful = report.results.find((check) => !check.ok && FIDELITY_CHECKS.has(check.id));
    if (unfaithful && !unfaithful.ok) throw notVerified(`${unfaithful.title}：${unfaithful.problem}`);
    return { dataProblem: report.firstProblem };
  } finally {
    db.close();
  }
}

/**
 * Copies a live database (WAL mode) to `copy` through a connection of this thread's own, with
 * SQLite's online backup in one step: one read transaction, so the copy is one consistent moment
 * (WAL included) and is never restarted by the app writing meanwhile, which WAL allows during the
 * copy. Only where a long step cannot stall the app: in the backup worker.
 */
export async function copyLiveDatabase(source: string, copy: string): Promise<void> {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('query_only = ON');
    // The first step only opens the backup; the progress answer makes the next one copy every page.
    await db.backup(copy, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

/**
 * The whole work on a fresh copy: manifest, verification, and a flush to the disk, so the caller
 * only has to rename it into place (commitTempFile). Synchronous and slow on a large database:
 * run it through finishCopyInWorker (backup-thread.ts) unless nothing else may run meanwhile.
 */
export function finishCopy(job: BackupJob): FinishedCopy {
  try {
    const { meta, files } = addManifest(job);
    const { dataProblem } = verifyBackupFile(job.copy, job.store);
    // Flushed before the rename, so a backup that is there under its name is a whole one.
    fsyncFile(job.copy);
    return { meta, files, dataProblem };
  } catch (error) {
    throw corruptionAsNotVerified(error);
  }
}

/**
 * 检查数据 on the live data folder, through a read-only connection of this thread's own (the app's
 * connection goes on writing; WAL gives this one a consistent snapshot). For the backup worker.
 */
export function checkLiveDataFolder(databasePath: string, dataDir: string): IntegrityReport {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return runIntegrityChecks(dataFolderTarget(db, dataDir));
  } finally {
    db.close();
  }
}
