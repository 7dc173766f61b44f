import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditChain } from '../core/audit/log';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { appendAudit } from '../core/audit/log';
import { createBackup } from './backup';
import { dumpDatabase, emptyDataFolder, folderFingerprint, issueTestDocument, seededDataFolder, type DataFolder } from './backup-testing';
import { openDatabase } from './open';
import { finishInterruptedRestore, restoreBackup, type RestoreResult } from './restore';
import { recordRestore } from './backup-audit';
import { stagingDir } from './restore-stage';

let folder: DataFolder | undefined;
afterEach(() => folder?.ctx.db.close());

const NOW = new Date('2025-06-03T02:00:00Z');
const LIVE_FILES = ['fashen.db', 'fashen.db-wal', 'fashen.db-shm', 'backups', 'out'];

async function backupOf(source: DataFolder, name = 'b.db'): Promise<string> {
  const file = join(source.dataDir, 'out', name);
  await createBackup(source.ctx.db, { dataDir: source.dataDir, file, kind: 'manual', now: new Date('2025-06-02T02:00:00Z') });
  return file;
}

/** Restores the way the CLI does: close, swap, reopen. */
function restoreInto(target: DataFolder, file: string): RestoreResult {
  return restoreBackup({
    dataDir: target.dataDir,
    databasePath: target.databasePath,
    file,
    now: NOW,
    db: target.ctx.db,
    swap: (complete) => {
      target.ctx.db.close();
      try {
        complete();
      } finally {
        target.ctx.db = openDatabase(target.databasePath);
      }
    },
  });
}

function snapshot(target: DataFolder) {
  return { db: dumpDatabase(target.ctx.db), files: folderFingerprint(target.dataDir, LIVE_FILES) };
}

describe('restore', () => {
  it('brings back exactly the backed-up data and files, keeps the current data aside, and records it', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    const atBackup = snapshot(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    issueTestDocument(folder.ctx, 2);
    const beforeRestore = snapshot(folder);

    const result = restoreInto(folder, file);
    expect(result.info).toMatchObject({ file, madeAt: '2025-06-02T02:00:00.000Z', cases: 1 });
    expect(snapshot(folder)).toEqual(atBackup);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);

    recordRestore(folder.ctx.db, result, NOW, '测试');
    expect(verifyAuditChain(folder.ctx.db).ok).toBe(true);
    expect(folder.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'data.restore'").pluck().get()).toContain('从备份恢复数据');

    // The data as it was just before is one restore away.
    expect(result.keptAside).toMatch(/backups[/\\]before-restore-2025-06-03-100000\.db$/);
    restoreInto(folder, result.keptAside ?? '');
    expect(snapshot(folder)).toEqual(beforeRestore);
  });

  it('restores into an empty data folder (a new PC) from a backup carried on a USB stick', async () => {
    const source = await seededDataFolder();
    const stick = join(emptyDataFolder().dataDir, 'stick.db');
    copyFileSync(await backupOf(source), stick);
    const target = emptyDataFolder();
    target.ctx.db.close();
    const result = restoreBackup({ dataDir: target.dataDir, databasePath: target.databasePath, file: stick, now: NOW, db: undefined, swap: (complete) => complete() });
    expect(result.keptAside).toBeUndefined();
    target.ctx.db = openDatabase(target.databasePath);
    expect(snapshot(target)).toEqual(snapshot(source));
    source.ctx.db.close();
    folder = target;
  });

  it('finishes a restore a crash interrupted half-way through the swap', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    const atBackup = snapshot(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    // Crash just after the current folders were moved aside, before the database was swapped.
    const crash = () => {
      const documents = join(folder!.dataDir, 'documents');
      if (existsSync(documents)) {
        mkdirSync(join(stagingDir(folder!.dataDir), 'replaced'), { recursive: true });
        renameSync(documents, join(stagingDir(folder!.dataDir), 'replaced', 'documents'));
      }
      throw new Error('power cut');
    };
    expect(() => restoreBackup({ dataDir: folder!.dataDir, databasePath: folder!.databasePath, file, now: NOW, db: folder!.ctx.db, swap: crash })).toThrow('power cut');
    folder.ctx.db.close();
    expect(finishInterruptedRestore(folder.dataDir, folder.databasePath)).toBe(true);
    folder.ctx.db = openDatabase(folder.databasePath);
    expect(snapshot(folder)).toEqual(atBackup);
    expect(finishInterruptedRestore(folder.dataDir, folder.databasePath)).toBe(false);
  });

  it('gives up and changes nothing while another connection still has the database open', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const before = snapshot(folder);
    const other = new Database(folder.databasePath);
    other.prepare('SELECT COUNT(*) FROM cases').get();
    expect(() => restoreInto(folder!, file)).toThrow(expect.objectContaining({ code: 'DATABASE_IN_USE' }));
    other.close();
    expect(snapshot(folder)).toEqual(before);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
  });
});

describe('restore refuses, and changes nothing', () => {
  type Spoil = (file: string, dir: string) => string;
  const tamper = (sql: string): Spoil => (file) => {
    const db = new Database(file);
    db.exec(sql);
    db.close();
    return file;
  };
  const cases: Array<[string, Spoil, RegExp]> = [
    ['a missing file', (_file, dir) => join(dir, 'nope.db'), /找不到备份文件/],
    ['a folder', (_file, dir) => dir, /不是一个文件/],
    ['a text file', (_file, dir) => (writeFileSync(join(dir, 'notes.db'), '这不是数据库'), join(dir, 'notes.db')), /不是法审工作台的备份文件/],
    [
      'a corrupt file',
      (file) => {
        const bytes = readFileSync(file);
        for (let i = 4096; i < bytes.length; i += 97) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
        writeFileSync(file, bytes);
        return file;
      },
      /已损坏/,
    ],
    ['some other SQLite database', (_file, dir) => tamper('CREATE TABLE notes (x TEXT)')(join(dir, 'other.db'), dir), /不是法审工作台的数据库/],
    ['a file that claims to be ours but lacks tables', tamper('PRAGMA foreign_keys = OFF; DROP TABLE case_handlers'), /不是完整的法审工作台数据库（缺少数据表：case_handlers）/],
    ['a backup from a newer version', tamper("INSERT INTO schema_migrations VALUES (999, 'future', 'x')"), /更新版本.*请先升级程序/],
    ['a backup whose audit log was edited', tamper("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = '李四' WHERE id = 2"), /审计记录链：第 2 条/],
    ['a backup whose audit log lost a row', tamper('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 1'), /审计记录链/],
    ['a backup with a swapped document file', tamper("UPDATE fashen_backup_files SET content = CAST('forged' AS BLOB) WHERE path LIKE '%.pdf'"), /哈希不符/],
    ['a backup missing a document file', tamper("DELETE FROM fashen_backup_files WHERE path LIKE '%.pdf'"), /PDF 文件不见了/],
    [
      'a backup with a file outside the data folders',
      tamper("INSERT INTO fashen_backup_files SELECT '../../evil.txt', sha256, size, content FROM fashen_backup_files LIMIT 1"),
      /不可用/,
    ],
  ];

  it.each(cases)('%s', async (_label, spoil, message) => {
    folder = await seededDataFolder();
    const file = spoil(await backupOf(folder), join(folder.dataDir, 'out'));
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const before = snapshot(folder);
    const error = (() => {
      try {
        restoreInto(folder!, file);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/未做任何改动。$/);
    expect(snapshot(folder)).toEqual(before);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
    expect(existsSync(join(folder.dataDir, 'backups'))).toBe(false);
  });

  it('accepts an older version’s backup and brings it up to date', async () => {
    const old = emptyDataFolder();
    old.ctx.db.close();
    old.ctx.db = openDatabase(join(old.dataDir, 'old.db'), { migrate: false });
    const all = loadMigrations();
    migrate(old.ctx.db, all.slice(0, -1));
    appendAudit(old.ctx.db, { at: NOW.toISOString(), actor: '旧版', action: 'x', entity: 'x', entityId: '1', summary: '旧版本的记录', before: undefined, after: undefined });
    const file = await backupOf(old);
    old.ctx.db.close();
    folder = await seededDataFolder();
    const result = restoreInto(folder, file);
    expect(result.info.schemaVersion).toBe(all.length - 1);
    expect(schemaVersion(folder.ctx.db)).toBe(all.length);
    expect(folder.ctx.db.prepare('SELECT summary FROM audit_log').pluck().all()).toEqual(['旧版本的记录']);
  });
});
