import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from './open';
import { schemaVersion } from './migrate';
import { AppError } from '../core/errors';
import { GENESIS_HASH } from '../core/audit/log';
import type { BackupKind } from '../core/data/retention';
import { commitTempFile, fsyncFile, isTempFile, sha256, tempPathFor, writeFileAtomic } from '../core/files/atomic';
import { storedPath } from '../core/files/record';
import { listFiles } from '../core/files/sweep';
import { appVersion } from '../runtime/app-version';
import { BACKED_UP_FOLDERS, BACKUP_FORMAT, blobStoreFor, createManifestTables, writeMeta, type BackupMeta } from './backup-format';
import { backupTarget, FIDELITY_CHECKS, manifestCheck } from './backup-verify';
import { runIntegrityChecks } from './integrity';
import { INTEGRITY_CHECKS } from './integrity-checks';
import { withDataLock } from './backup-lock';

export interface BackupOptions {
  dataDir: string;
  /** Where the backup goes; must not exist yet (see freeBackupPath). */
  file: string;
  kind: BackupKind;
  now: Date;
  /** Keep file contents in the shared store beside the backup (automatic backups) instead of inside it. */
  shareFiles?: boolean;
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
  const row = db.prepare('SELECT COUNT(*) AS rows, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS head FROM audit_log').get() as { rows: number; head: string | null };
  return { rows: row.rows, head: row.head ?? GENESIS_HASH };
}

/** Adds the manifest to a fresh copy, verifies it, and moves it into place. */
function finishBackup(temp: string, options: BackupOptions): BackupResult {
  const store = blobStoreFor(options.file);
  const copy = new Database(temp);
  let result: Omit<BackupResult, 'bytes'>;
  try {
    // One self-contained file: a backup must not depend on a -wal file lying beside it.
    copy.pragma('journal_mode = DELETE');
    createManifestTables(copy);
    const audit = auditHead(copy);
    const meta: BackupMeta = { format: BACKUP_FORMAT, kind: options.kind, madeAt: options.now.toISOString(), appVersion: appVersion(), schemaVersion: schemaVersion(copy), auditRows: audit.rows, auditHead: audit.head };
    const paths = dataFiles(options.dataDir);
    copy.transaction(() => {
      writeMeta(copy, meta);
      const insert = copy.prepare('INSERT INTO fashen_backup_files (path, sha256, size, content) VALUES (?, ?, ?, ?)');
      for (const path of paths) {
        const bytes = readFileSync(join(options.dataDir, path));
        const hash = sha256(bytes);
        if (options.shareFiles) ensureBlob(store, hash, bytes);
        insert.run(path, hash, bytes.length, options.shareFiles ? null : bytes);
      }
    })();
    const report = runIntegrityChecks(backupTarget(copy, store), [...INTEGRITY_CHECKS, manifestCheck(store)]);
    const unfaithful = report.results.find((check) => !check.ok && FIDELITY_CHECKS.has(check.id));
    if (unfaithful && !unfaithful.ok) throw new AppError('BACKUP_NOT_VERIFIED', `备份未通过校验，未保存：${unfaithful.title}：${unfaithful.problem}`);
    result = { file: options.file, meta, files: paths.length, dataProblem: report.firstProblem };
  } finally {
    copy.close();
  }
  // Flushed before the rename, so a backup that is there under its name is a whole one.
  fsyncFile(temp);
  commitTempFile(temp, options.file);
  return { ...result, bytes: statSync(options.file).size };
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
 * A verified backup through SQLite's online backup: the app keeps working while pages are copied,
 * and what is copied is one consistent moment, WAL included. Then the data folder's files are
 * added, `integrity_check` and the file hashes are verified on the copy, and only then does the
 * backup appear under its name.
 */
export function createBackup(db: Db, options: BackupOptions): Promise<BackupResult> {
  return withDataLock(options.dataDir, async () => {
    const temp = begin(options);
    try {
      await db.backup(temp);
      return finishBackup(temp, options);
    } catch (error) {
      discard(temp);
      throw error;
    }
  });
}

/**
 * The same backup made in one step (SQLite's VACUUM INTO, as consistent as the online backup):
 * for keeping the current data aside just before a restore, when nothing may run in between.
 */
export function createBackupSync(db: Db, options: BackupOptions): BackupResult {
  const temp = begin(options);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    return finishBackup(temp, options);
  } catch (error) {
    discard(temp);
    throw error;
  }
}
