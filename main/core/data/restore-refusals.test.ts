// The backups a restore refuses — missing, not a file, not ours, corrupt, from a newer version, with
// an audit log, a schema, records or files changed behind the app's back — each refused with a
// Chinese reason and nothing changed, on this thread (the CLI) and in the backup worker (the app);
// and an older version's backup, accepted and brought up to date.

import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrations, migrate, schemaVersion } from '../../db/migrate';
import { appendAudit } from '../audit/log';
import { AppError } from '../../../shared/errors';
import { emptyDataFolder, seededDataFolder, type DataFolder } from '../../cli/testing/backup';
import { openDatabase } from '../../db/open';
import { stagingDir } from './restore-stage';
import { NOW, WAYS, backupOf, cleanUp, restoreInto, snapshot } from './testing/restore-fixture';

// The app's restore stages in the backup worker (stageRestoreInWorker): these tests see each staging
// that goes there (testing/restore-worker-spy.ts).
vi.mock('./backup-thread', async (importOriginal) =>
  (await import('./testing/restore-worker-spy')).spiedThread(importOriginal),
);

let folder: DataFolder | undefined;
afterEach(() => cleanUp(folder));

describe('restore refuses, and changes nothing', () => {
  type Spoil = (file: string, dir: string) => string;
  const tamper =
    (sql: string): Spoil =>
    (file) => {
      const db = new Database(file);
      db.exec(sql);
      db.close();
      return file;
    };
  const cases: Array<[string, Spoil, RegExp]> = [
    ['a missing file', (_file, dir) => join(dir, 'nope.db'), /找不到备份文件/],
    ['a folder', (_file, dir) => dir, /不是一个文件/],
    [
      'a text file',
      (_file, dir) => (writeFileSync(join(dir, 'notes.db'), '这不是数据库'), join(dir, 'notes.db')),
      /不是法审工作台的备份文件/,
    ],
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
    [
      'some other SQLite database',
      (_file, dir) => tamper('CREATE TABLE notes (x TEXT)')(join(dir, 'other.db'), dir),
      /不是法审工作台的数据库/,
    ],
    [
      'a file that claims to be ours but lacks tables',
      tamper('PRAGMA foreign_keys = OFF; DROP TABLE case_handlers'),
      /不是完整的法审工作台数据库（缺少数据表：case_handlers）/,
    ],
    [
      'a backup from a newer version',
      tamper("INSERT INTO schema_migrations VALUES (999, 'future', 'x')"),
      /更新版本.*请先升级程序/,
    ],
    [
      'a backup whose audit log was edited',
      tamper("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = '李四' WHERE id = 2"),
      /审计记录链：第 2 条/,
    ],
    [
      'a backup whose audit log lost a row',
      tamper('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 1'),
      /审计记录链/,
    ],
    // Issue #17 item 2: a valid backup with something added, dropped or edited behind the app's back.
    [
      'a backup with a trigger added that zeroes every fine on the next write',
      tamper('CREATE TRIGGER t AFTER INSERT ON audit_log BEGIN UPDATE cases SET fine_fen = 0; END;'),
      /备份的数据库结构与本程序（数据结构版本 \d+）应有的不同，可能被人为改动过（多出触发器 t）/,
    ],
    [
      'a backup whose audit log lost its append-only triggers',
      tamper('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete'),
      /数据库结构.*缺少触发器 audit_log_no_update；缺少触发器 audit_log_no_delete/,
    ],
    [
      'a backup with a view or an index added',
      tamper('CREATE VIEW v AS SELECT 1; CREATE INDEX i ON cases (fine_fen)'),
      /数据库结构.*多出/,
    ],
    [
      'a backup whose case data was edited',
      tamper('UPDATE cases SET fine_fen = 0'),
      /记录与审计链对照：案件 .*与第 \d+ 条审计记录所证的内容不符/,
    ],
    [
      'a backup with a swapped document file',
      tamper("UPDATE fashen_backup_files SET content = CAST('forged' AS BLOB) WHERE path LIKE '%.pdf'"),
      /哈希不符/,
    ],
    [
      'a backup missing a document file',
      tamper("DELETE FROM fashen_backup_files WHERE path LIKE '%.pdf'"),
      /PDF 文件不见了/,
    ],
    [
      'a backup with a file outside the data folders',
      tamper(
        "INSERT INTO fashen_backup_files SELECT '../../evil.txt', sha256, size, content FROM fashen_backup_files LIMIT 1",
      ),
      /不可用/,
    ],
  ];

  // The same refusal whether the backup is checked on this thread (CLI) or in the worker (app).
  it.each(
    cases.flatMap(([label, spoil, message]) => WAYS.map((way) => [`${label} (${way})`, spoil, message, way] as const)),
  )('%s', async (_label, spoil, message, way) => {
    folder = await seededDataFolder();
    const file = spoil(await backupOf(folder), join(folder.dataDir, 'out'));
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const before = snapshot(folder);
    const error = await restoreInto(folder, file, way).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error).toBeInstanceOf(AppError);
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
    appendAudit(old.ctx.db, {
      at: NOW.toISOString(),
      actor: '旧版',
      action: 'x',
      entity: 'x',
      entityId: '1',
      summary: '旧版本的记录',
      before: undefined,
      after: undefined,
    });
    const file = await backupOf(old);
    old.ctx.db.close();
    folder = await seededDataFolder();
    const result = await restoreInto(folder, file, 'app');
    expect(result.info.schemaVersion).toBe(all.at(-2)?.version);
    expect(schemaVersion(folder.ctx.db)).toBe(all.at(-1)?.version);
    expect(folder.ctx.db.prepare('SELECT summary FROM audit_log').pluck().all()).toEqual(['旧版本的记录']);
  });
});
