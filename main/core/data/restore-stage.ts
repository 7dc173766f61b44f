import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Db } from '../../db/open';
import { loadMigrations, migrate, schemaVersion } from '../../db/migrate';
import { AppError, isAppError } from '../../../shared/errors';
import { fsyncFile, writeFileAtomic } from '../files/atomic';
import { resolveInside } from '../files/record';
import {
  BACKED_UP_FOLDERS,
  FILES_TABLE,
  META_TABLE,
  blobStoreFor,
  dropManifestTables,
  manifestBytes,
  readManifest,
  readMeta,
} from './backup-format';
import { backupTarget, manifestCheck } from './backup-verify';
import { runIntegrityChecks } from './integrity';
import { INTEGRITY_CHECKS, tableExists } from './integrity-checks';
import type { BackupDetails } from '../../../shared/contract/data';
import { refuseIfBusy } from './backup-lock';
import { holdAnchorUpdates } from '../audit/anchor';
import { recordRestore } from './backup-audit';
import type { RestoreRecord } from './backup-thread-protocol';
import { describeIntegrityLines, isCorruption, sqliteCode, technicalLines } from '../../db/sqlite-errors';

/** Inside the data folder: the restored database and files are prepared here before the swap. */
export const STAGING_DIR = 'restore-staging';
export const STAGED_DB = 'fashen.db';
export const STAGED_DATA = 'data';

/** What a staged backup holds: exactly what 设置 shows before a restore (madeAt is null for a plain database file). */
export type BackupInfo = BackupDetails;

const UNCHANGED = '未做任何改动';
const SQLITE_HEADER = 'SQLite format 3\0';

export function stagingDir(dataDir: string): string {
  return join(dataDir, STAGING_DIR);
}

export function discardStaging(dataDir: string): void {
  rmSync(stagingDir(dataDir), { recursive: true, force: true });
}

/** What is left of a finished restore (the replaced database…) while it is deleted: restore-staging-old-<n>. */
const LEFTOVER_PREFIX = `${STAGING_DIR}-old-`;

/**
 * After a live swap: the staging folder (holding the replaced database, hundreds of MB at 100,000
 * cases, whose deletion takes a while) is renamed out of the way at once and deleted in the
 * background (resolves when it is gone), so the main thread does not wait for the disk. A leftover a crash or exit
 * interrupted is deleted at the next start (removeStagingLeftovers).
 */
export function discardStagingInBackground(dataDir: string): Promise<void> {
  const staging = stagingDir(dataDir);
  if (!existsSync(staging)) return Promise.resolve();
  const leftover = join(dataDir, `${LEFTOVER_PREFIX}${process.pid}-${Date.now()}`);
  try {
    renameSync(staging, leftover);
  } catch {
    discardStaging(dataDir);
    return Promise.resolve();
  }
  return rm(leftover, { recursive: true, force: true }).catch((error: unknown) => {
    console.warn('[fashen] could not delete the replaced data of a restore:', error);
  });
}

/** At start-up: the leftovers of restores whose background deletion did not finish. */
export function removeStagingLeftovers(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  for (const name of readdirSync(dataDir))
    if (name.startsWith(LEFTOVER_PREFIX)) rmSync(join(dataDir, name), { recursive: true, force: true });
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function refuse(code: string, message: string): never {
  throw new AppError(code, `${message}，${UNCHANGED}。`);
}

/**
 * A damaged or cut-off backup: one Chinese line (which pages, in words); SQLite's own lines go to
 * the log and into the error's details, never into the message.
 */
function refuseDamaged(what: string, technical: string): never {
  console.warn(`[fashen] backup refused as damaged: ${technical}`);
  throw new AppError(
    'BACKUP_CORRUPT',
    `备份文件已损坏或不完整（${what || '无法读取'}，可能复制时中断或 U 盘出错），${UNCHANGED}。`,
    { technical },
  );
}

/**
 * The thread staging a backup (backup-worker.ts) died or could not start: the backup could not be
 * checked, so it is refused like one that fails a check, and nothing has changed.
 */
export function notChecked(detail: string): AppError {
  return new AppError('BACKUP_NOT_CHECKED', `检查备份的后台线程意外中止（${detail}），${UNCHANGED}。`);
}

function checkSource(file: string): void {
  if (!existsSync(file)) refuse('BACKUP_NOT_FOUND', `找不到备份文件“${file}”`);
  if (!statSync(file).isFile()) refuse('BACKUP_NOT_FOUND', `“${file}”不是一个文件`);
  if (readHeader(file) !== SQLITE_HEADER)
    refuse('BACKUP_NOT_DATABASE', `“${file}”不是法审工作台的备份文件（不是数据库文件）`);
}

const KIND_NAMES: Record<string, string> = { table: '数据表', index: '索引', trigger: '触发器', view: '视图' };

/** Schema entries as comparable text: type, name, table and SQL with its whitespace collapsed. */
function schemaEntries(db: Db): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT IN ('${META_TABLE}', '${FILES_TABLE}')`,
    )
    .all() as Array<{ type: string; name: string; tbl_name: string; sql: string | null }>;
  return new Map(
    rows.map((row) => [
      `${row.type} ${row.name}`,
      `${row.tbl_name}|${(row.sql ?? '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([(),;])\s*/g, '$1')
        .trim()}`,
    ]),
  );
}

/**
 * How this database's schema (tables, indexes, triggers, views) differs from what the app's
 * migrations create for `version`: a trigger added to a backup (one that zeroes every fine on the
 * next write), an append-only guard dropped, a table missing. Empty if it is exactly the same.
 */
export function schemaDifferences(db: Db, version: number): string[] {
  const fresh = new Database(':memory:');
  try {
    migrate(fresh, loadMigrations().slice(0, version));
    const want = schemaEntries(fresh);
    const have = schemaEntries(db);
    const name = (key: string) => {
      const [type = '', entry = ''] = key.split(' ');
      return `${KIND_NAMES[type] ?? type} ${entry}`;
    };
    const differences: string[] = [];
    for (const [key, sql] of want) {
      const found = have.get(key);
      if (found === undefined) differences.push(`缺少${name(key)}`);
      else if (found !== sql) differences.push(`${name(key)}与应有的不同`);
    }
    for (const key of have.keys()) if (!want.has(key)) differences.push(`多出${name(key)}`);
    return differences;
  } finally {
    fresh.close();
  }
}

/** Everything that decides whether this file may replace our data; throws the first refusal. */
function verify(db: Db, file: string): void {
  const quick = db.prepare('PRAGMA quick_check(20)').pluck().all() as string[];
  if (quick.length !== 1 || quick[0] !== 'ok') refuseDamaged(describeIntegrityLines(quick), technicalLines(quick));
  if (!tableExists(db, 'schema_migrations') || !tableExists(db, 'audit_log'))
    refuse('BACKUP_FOREIGN', `“${file}”不是法审工作台的数据库`);
  const version = schemaVersion(db);
  const latest = loadMigrations().at(-1)?.version ?? 0;
  if (version > latest)
    refuse(
      'BACKUP_FROM_NEWER_VERSION',
      `该备份由更新版本的法审工作台制作（数据结构版本 ${version}），当前程序只支持到版本 ${latest}，请先升级程序`,
    );
  const differences = schemaDifferences(db, version);
  const missingTables = differences.filter((d) => d.startsWith('缺少数据表'));
  if (missingTables.length > 0)
    refuse(
      'BACKUP_FOREIGN',
      `“${file}”不是完整的法审工作台数据库（缺少数据表：${missingTables.map((d) => d.slice('缺少数据表 '.length)).join('、')}）`,
    );
  const store = blobStoreFor(file);
  const report = runIntegrityChecks(backupTarget(db, store), [...INTEGRITY_CHECKS, manifestCheck(store)]);
  if (!report.ok) refuse('BACKUP_REFUSED', `备份未通过检查（${report.firstProblem ?? ''}）`);
  // After the checks, which only read (no trigger fires), so that a chain broken by dropping its
  // guard is reported as the broken chain it is.
  if (differences.length > 0)
    refuse(
      'BACKUP_SCHEMA_ALTERED',
      `备份的数据库结构与本程序（数据结构版本 ${version}）应有的不同，可能被人为改动过（${differences.slice(0, 3).join('；')}${differences.length > 3 ? ` 等 ${differences.length} 处` : ''}），不能恢复`,
    );
}

/** Writes the backup's files under staging/data, refusing any path outside the backed-up folders. */
function extractFiles(db: Db, file: string, target: string): number {
  const store = blobStoreFor(file);
  for (const folder of BACKED_UP_FOLDERS) mkdirSync(join(target, folder), { recursive: true });
  const entries = readManifest(db);
  for (const entry of entries) {
    const inFolder = BACKED_UP_FOLDERS.some((folder) => entry.path.startsWith(`${folder}/`));
    const bytes = manifestBytes(entry, store);
    if (!inFolder || !bytes) refuse('BACKUP_REFUSED', `备份中的文件“${entry.path}”不可用`);
    writeFileAtomic(resolveInside(target, entry.path), bytes);
  }
  return entries.length;
}

function summarize(db: Db, file: string, files: number): BackupInfo {
  const meta = readMeta(db);
  const count = (table: string) =>
    tableExists(db, table) ? Number(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()) : 0;
  return {
    file,
    madeAt: meta?.madeAt ?? null,
    appVersion: meta?.appVersion ?? null,
    schemaVersion: schemaVersion(db),
    auditRows: count('audit_log'),
    cases: count('cases'),
    files,
  };
}

/**
 * Checks a backup and prepares it for the swap, without touching the data in use: the file is
 * copied into the staging folder, and the copy must pass integrity_check, be a Fashen database
 * no newer than this app, have an intact audit chain, and carry every file it lists whole. Then
 * the files are unpacked, the backup's own tables dropped and older schemas migrated. A refusal
 * is one Chinese sentence and leaves nothing behind.
 *
 * On the calling thread, and slow on a large database (seconds): for the CLI, which has nothing
 * else to serve. The app stages in the backup worker (stageRestoreInWorker, backup-thread.ts).
 */
export function stageRestore(dataDir: string, source: string): BackupInfo {
  refuseIfBusy(dataDir);
  return stageBackupFile(dataDir, resolve(source));
}

/**
 * The work of stageRestore on plain file paths, without the busy check (the lock lives on the
 * main thread, see backup-lock.ts): what the backup worker runs for stageRestoreInWorker. The
 * caller holds the data folder's lock or, on the CLI, has nothing running beside it.
 */
export function stageBackupFile(dataDir: string, source: string): BackupInfo {
  const file = resolve(source);
  checkSource(file);
  const staging = stagingDir(dataDir);
  discardStaging(dataDir);
  mkdirSync(staging, { recursive: true });
  const stagedDb = join(staging, STAGED_DB);
  let db: Db | undefined;
  try {
    copyFileSync(file, stagedDb);
    db = new Database(stagedDb);
    verify(db, file);
    const files = extractFiles(db, file, join(staging, STAGED_DATA));
    const info = summarize(db, file, files);
    dropManifestTables(db);
    migrate(db);
    db.pragma('journal_mode = DELETE');
    db.close();
    db = undefined;
    fsyncFile(stagedDb);
    return info;
  } catch (error) {
    db?.close();
    discardStaging(dataDir);
    if (isAppError(error)) throw error;
    if (isCorruption(error)) refuseDamaged('', `${sqliteCode(error) ?? ''}: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * Appends a restore's audit record to the staged database (in the backup worker, before the swap),
 * so the restored data's own history shows where it came from from the moment it is in place —
 * also when a crash interrupts the swap and the next start finishes it. The anchor file follows
 * once the database is in place (the caller writes it after the swap).
 */
export function recordInStagedDatabase(dataDir: string, record: RestoreRecord): void {
  const stagedDb = join(stagingDir(dataDir), STAGED_DB);
  const db = new Database(stagedDb, { fileMustExist: true });
  const release = holdAnchorUpdates(db);
  try {
    recordRestore(
      db,
      {
        info: record.info,
        keptAside: record.keptAside,
        ...(record.damagedAside ? { damagedAside: record.damagedAside } : {}),
      },
      new Date(record.at),
      record.door,
      record.actor,
    );
  } finally {
    release();
    db.close();
  }
  fsyncFile(stagedDb);
}
