import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { createBackup } from '../core/data/backup';
import { asDamagedDatabase, restoreHint } from '../core/data/damaged-database';
import { openDatabase } from '../db/open';
import { stageRestore } from '../core/data/restore-stage';
import { seededDataFolder, type DataFolder } from './testing/backup';
import { describeIntegrityLines } from '../db/sqlite-errors';
import { checkCommand } from './check';
import { restoreCommand } from './restore';
import { backupCommand } from './backup';
import { expectOneChineseLine, runCommand } from './testing/backup';

let folder: DataFolder | undefined;
afterEach(() => {
  try {
    folder?.ctx.db.close();
  } catch {
    // already closed
  }
  folder = undefined;
});

/** English SQLite words that must never reach a user's message. */
const SQLITE_WORDS = /Tree|page \d|btree|malformed|SQLITE_|database disk|\*\*\*/;

/** A seeded data folder with one verified backup in backups/, then its database cut short. */
async function damagedFolder(): Promise<{ folder: DataFolder; backup: string }> {
  const made = await seededDataFolder();
  folder = made;
  const backup = join(made.dataDir, 'backups', 'daily-2025-06-02.db');
  await createBackup(made.ctx.db, {
    dataDir: made.dataDir,
    file: backup,
    kind: 'daily',
    now: new Date('2025-06-02T02:00:00Z'),
  });
  made.ctx.db.close();
  truncateSync(made.databasePath, 3 * 4096 + 100);
  return { folder: made, backup };
}

describe('SQLite’s integrity lines in words', () => {
  it('names damaged pages, indexes and tables by kind', () => {
    expect(
      describeIntegrityLines([
        '*** in database main ***',
        'Tree 57 page 75: btreeInitPage() returns error code 11',
        'Tree 57 page 74: free space corruption',
        'Tree 9 page 77: x',
      ]),
    ).toBe('第 74、75、77 页损坏');
    expect(
      describeIntegrityLines([
        '*** in database main ***',
        'Tree 300 page 405 cell 0: overflow list length is 0 but should be 1',
      ]),
    ).toBe('第 405 页损坏');
    expect(
      describeIntegrityLines([
        'wrong # of entries in index cases_by_status',
        'row 3 missing from index audit_by_entity',
      ]),
    ).toBe('索引 cases_by_status、audit_by_entity 与数据不一致');
    expect(describeIntegrityLines(['NULL value in cases.cause'])).toBe('数据表 cases 中有不合规的记录');
    expect(describeIntegrityLines(['something new'])).toBe('内部结构异常');
    expect(describeIntegrityLines(Array.from({ length: 8 }, (_v, i) => `Page ${i + 10}: never used`))).toBe(
      '第 10、11、12、13、14 等 8 页损坏',
    );
  });
});

describe('a damaged backup is refused in one Chinese line', () => {
  it.each([
    ['cut short', (file: string) => truncateSync(file, 5 * 4096 + 7)],
    [
      'with scrambled pages',
      (file: string) => {
        const bytes = readFileSync(file);
        for (let i = 4096; i < bytes.length; i += 97) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
        writeFileSync(file, bytes);
      },
    ],
  ])('%s', async (_label, spoil) => {
    const made = await seededDataFolder();
    folder = made;
    const file = join(made.dataDir, 'out', 'b.db');
    await createBackup(made.ctx.db, {
      dataDir: made.dataDir,
      file,
      kind: 'manual',
      now: new Date('2025-06-02T02:00:00Z'),
    });
    spoil(file);
    let error: unknown;
    try {
      stageRestore(made.dataDir, file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    const { code, message } = error as AppError;
    expect(code).toMatch(/^BACKUP_/);
    expect(message).not.toMatch(SQLITE_WORDS);
    expect(message).not.toContain('\n');
    expect(message).toMatch(/未做任何改动。$/);
  });
});

describe('a damaged database in use', () => {
  it('opening it is one Chinese line naming the newest backup and how to restore', async () => {
    const { folder: made, backup } = await damagedFolder();
    let error: unknown;
    try {
      const db = openDatabase(made.databasePath);
      db.prepare('SELECT COUNT(*) FROM audit_log').get();
      db.close();
    } catch (caught) {
      error = asDamagedDatabase(caught, made.dataDir, made.databasePath);
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      `数据库文件“${made.databasePath}”已损坏，无法打开，未做任何改动。${restoreHint(made.dataDir, made.databasePath)}。`,
    );
    expect((error as AppError).message).toContain(`npx fashen restore --in “${backup}”`);
    expect((error as AppError).message).toContain('设置 › 数据与系统');
    expect((error as AppError).message).not.toMatch(SQLITE_WORDS);
    expect(restoreHint(made.dataDir, made.databasePath, 'desktop')).not.toContain('npx');
  });

  it('npx fashen check says so in one line, with the restore hint; --verbose adds SQLite’s words', async () => {
    const { folder: made, backup } = await damagedFolder();
    const result = await runCommand(checkCommand, '--data-dir', made.dataDir);
    expectOneChineseLine(result, 1, /^发现问题：数据库文件：数据库文件已损坏/);
    expect(result.stderr).toContain(backup);
    expect(result.stderr).not.toMatch(SQLITE_WORDS);
    const verbose = await runCommand(checkCommand, '--verbose', '--data-dir', made.dataDir);
    expect(verbose.stderr).toContain('技术信息：');
  });

  it('npx fashen backup refuses it in one Chinese line', async () => {
    const { folder: made } = await damagedFolder();
    const result = await runCommand(backupCommand, '--out', join(made.dataDir, 'out'), '--data-dir', made.dataDir);
    expectOneChineseLine(result, 1, /^备份失败：数据库文件“.*”已损坏/);
    expect(result.stderr).not.toMatch(SQLITE_WORDS);
  });

  it('npx fashen restore replaces it, keeping the damaged file aside as it was', async () => {
    const { folder: made, backup } = await damagedFolder();
    const damagedBytes = readFileSync(made.databasePath);
    const result = await runCommand(restoreCommand, '--in', backup, '--data-dir', made.dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const aside = /已原样另存为：(.*)\n/.exec(result.stdout)?.[1] ?? '';
    expect(existsSync(aside)).toBe(true);
    expect(readFileSync(aside).equals(damagedBytes)).toBe(true);
    const db = new Database(made.databasePath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toMatch(
      /已损坏，已原样另存为/,
    );
    db.close();
  });
});

describe('backup to a place that cannot be written', () => {
  it.runIf(process.platform === 'linux')('npx fashen backup --out /proc says so in Chinese', async () => {
    folder = await seededDataFolder();
    const result = await runCommand(backupCommand, '--out', '/proc', '--data-dir', folder.dataDir);
    expectOneChineseLine(result, 1, /^备份失败：无法写入“\/proc\/.*”：该位置不可写（U 盘是否写保护或已拔出？）。\n/);
  });
});
