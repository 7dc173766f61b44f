import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyAuditChain } from '../audit/log';
import { loadMigrations, migrate, schemaVersion } from '../../db/migrate';
import { appendAudit } from '../audit/log';
import { AppError } from '../../../shared/errors';
import { createBackup } from './backup';
import {
  dumpDatabase,
  emptyDataFolder,
  folderFingerprint,
  issueTestDocument,
  seededDataFolder,
  type DataFolder,
} from '../../cli/testing/backup';
import { openDatabase } from '../../db/open';
import {
  finishInterruptedRestore,
  inspectBackup,
  restoreBackup,
  restoreBackupInWorker,
  type RestoreOptions,
  type RestoreResult,
} from './restore';
import { recordRestore } from './backup-audit';
import { isDataBusy } from './backup-lock';
import { stageRestore, stagingDir } from './restore-stage';
import type * as thread from './backup-thread';
import type { BackupJob } from './backup-job';

// The app's restore stages in the backup worker (stageRestoreInWorker); these tests see each
// staging that goes there, and can point it at a worker file that dies.
let workerOverride: string | undefined;
/** For the copy of the current data kept aside (finishCopyInWorker) only. */
let copyWorkerOverride: string | undefined;
const stagedInWorker: string[] = [];
vi.mock('./backup-thread', async (importOriginal) => {
  const actual = await importOriginal<typeof thread>();
  return {
    ...actual,
    stageRestoreInWorker: (dataDir: string, file: string, workerFile?: string) => {
      stagedInWorker.push(file);
      return actual.stageRestoreInWorker(dataDir, file, workerOverride ?? workerFile);
    },
    finishCopyInWorker: (job: BackupJob, options: { source?: string; workerFile?: string } = {}) =>
      actual.finishCopyInWorker(job, { ...options, workerFile: copyWorkerOverride ?? options.workerFile }),
  };
});

let folder: DataFolder | undefined;
afterEach(() => {
  workerOverride = undefined;
  copyWorkerOverride = undefined;
  stagedInWorker.length = 0;
  folder?.ctx.db.close();
});

/** Where a restore checks and stages the backup: on this thread (the CLI) or in the backup worker (the app). */
type Way = 'cli' | 'app';
const WAYS: Way[] = ['cli', 'app'];

const NOW = new Date('2025-06-03T02:00:00Z');
const LIVE_FILES = ['fashen.db', 'fashen.db-wal', 'fashen.db-shm', 'backups', 'out'];

async function backupOf(source: DataFolder, name = 'b.db'): Promise<string> {
  const file = join(source.dataDir, 'out', name);
  await createBackup(source.ctx.db, {
    dataDir: source.dataDir,
    file,
    kind: 'manual',
    now: new Date('2025-06-02T02:00:00Z'),
  });
  return file;
}

/** Restores the way the CLI (restoreBackup) or the app (restoreBackupInWorker) does: close, swap, reopen. */
async function restoreInto(
  target: DataFolder,
  file: string,
  way: Way = 'cli',
  onStep?: RestoreOptions['onStep'],
): Promise<RestoreResult> {
  const options: RestoreOptions = {
    ...(onStep ? { onStep } : {}),
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
  };
  if (way === 'cli') return restoreBackup(options);
  const result = await restoreBackupInWorker(options);
  expect(stagedInWorker).toContain(file);
  return result;
}

function snapshot(target: DataFolder) {
  return { db: dumpDatabase(target.ctx.db), files: folderFingerprint(target.dataDir, LIVE_FILES) };
}

describe('restore', () => {
  it.each(WAYS)(
    'brings back exactly the backed-up data and files, keeps the current data aside, and records it (%s)',
    async (way) => {
      folder = await seededDataFolder();
      const file = await backupOf(folder);
      const atBackup = snapshot(folder);
      await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
      issueTestDocument(folder.ctx, 2);
      const beforeRestore = snapshot(folder);

      const result = await restoreInto(folder, file, way);
      expect(result.info).toMatchObject({ file, madeAt: '2025-06-02T02:00:00.000Z', cases: 1 });
      expect(snapshot(folder)).toEqual(atBackup);
      expect(existsSync(stagingDir(folder.dataDir))).toBe(false);

      recordRestore(folder.ctx.db, result, NOW, '测试', '测试');
      expect(verifyAuditChain(folder.ctx.db).ok).toBe(true);
      expect(
        folder.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'data.restore'").pluck().get(),
      ).toContain('从备份恢复数据');

      // The data as it was just before is one restore away.
      expect(result.keptAside).toMatch(/backups[/\\]before-restore-2025-06-03-100000\.db$/);
      await restoreInto(folder, result.keptAside ?? '', way);
      expect(snapshot(folder)).toEqual(beforeRestore);
    },
  );

  it('restores into an empty data folder (a new PC) from a backup carried on a USB stick', async () => {
    const source = await seededDataFolder();
    const stick = join(emptyDataFolder().dataDir, 'stick.db');
    copyFileSync(await backupOf(source), stick);
    const target = emptyDataFolder();
    target.ctx.db.close();
    const result = restoreBackup({
      dataDir: target.dataDir,
      databasePath: target.databasePath,
      file: stick,
      now: NOW,
      db: undefined,
      swap: (complete) => complete(),
    });
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
    expect(() =>
      restoreBackup({
        dataDir: folder!.dataDir,
        databasePath: folder!.databasePath,
        file,
        now: NOW,
        db: folder!.ctx.db,
        swap: crash,
      }),
    ).toThrow('power cut');
    folder.ctx.db.close();
    expect(finishInterruptedRestore(folder.dataDir, folder.databasePath)).toBe(true);
    folder.ctx.db = openDatabase(folder.databasePath);
    expect(snapshot(folder)).toEqual(atBackup);
    expect(finishInterruptedRestore(folder.dataDir, folder.databasePath)).toBe(false);
  });

  it('finishes a restore a crash interrupted once the old database was moved aside, and deletes an unfinished clean-up at start', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    const atBackup = snapshot(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    // The app's swap moves the database in use into the staging folder before the staged one
    // takes its place: a crash between the two leaves no database where it belongs.
    const crash = () => {
      folder!.ctx.db.close();
      renameSync(folder!.databasePath, join(stagingDir(folder!.dataDir), 'replaced.db'));
      throw new Error('power cut');
    };
    await expect(
      restoreBackupInWorker({
        dataDir: folder.dataDir,
        databasePath: folder.databasePath,
        file,
        now: NOW,
        db: folder.ctx.db,
        swap: crash,
      }),
    ).rejects.toThrow('power cut');
    expect(existsSync(folder.databasePath)).toBe(false);
    // The background deletion of an earlier restore's leftovers was cut short too.
    const leftover = join(folder.dataDir, 'restore-staging-old-1-2');
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'replaced.db'), 'old data');
    expect(finishInterruptedRestore(folder.dataDir, folder.databasePath)).toBe(true);
    expect(existsSync(leftover)).toBe(false);
    folder.ctx.db = openDatabase(folder.databasePath);
    expect(snapshot(folder)).toEqual(atBackup);
    expect(readdirSync(folder.dataDir).filter((name) => name.startsWith('restore-staging'))).toEqual([]);
  });

  it.each(WAYS)(
    'gives up and changes nothing while another connection still has the database open (%s)',
    async (way) => {
      folder = await seededDataFolder();
      const file = await backupOf(folder);
      await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
      const before = snapshot(folder);
      const other = new Database(folder.databasePath);
      other.prepare('SELECT COUNT(*) FROM cases').get();
      await expect(restoreInto(folder, file, way)).rejects.toMatchObject({ code: 'DATABASE_IN_USE' });
      other.close();
      expect(snapshot(folder)).toEqual(before);
      expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
    },
  );
});

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

describe('the app’s restore, checked in the backup worker', () => {
  it('refuses, changing nothing, when the worker checking the backup dies', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    const before = snapshot(folder);
    const dir = mkdtempSync(join(tmpdir(), 'fashen-bad-worker-'));
    workerOverride = join(dir, 'worker.mjs');
    writeFileSync(workerOverride, 'process.exit(1);\n');
    const refused = { code: 'BACKUP_NOT_CHECKED', message: '检查备份的后台线程意外中止（退出码 1），未做任何改动。' };
    await expect(restoreInto(folder, file, 'app')).rejects.toMatchObject(refused);
    await expect(inspectBackup(folder.dataDir, file)).rejects.toMatchObject(refused);
    expect(snapshot(folder)).toEqual(before);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
    expect(existsSync(join(folder.dataDir, 'backups'))).toBe(false);
  });

  it('is refused while a backup runs, and no backup, inspection or other restore starts while it is staged', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    const atBackup = snapshot(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const busy = { code: 'DATA_BUSY', message: '另一项备份或恢复正在进行，请稍后再试' };

    // A backup is running (its worker is copying): the restore is refused before it stages anything.
    const backingUp = backupOf(folder, 'running.db');
    await expect(restoreInto(folder, file, 'app')).rejects.toMatchObject(busy);
    await expect(inspectBackup(folder.dataDir, file)).rejects.toMatchObject(busy);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
    await backingUp;
    expect(isDataBusy(folder.dataDir)).toBe(false);

    // A restore is being staged in the worker: everything else on this data folder waits its turn.
    const restoring = restoreInto(folder, file, 'app');
    expect(isDataBusy(folder.dataDir)).toBe(true);
    await expect(backupOf(folder, 'during.db')).rejects.toMatchObject(busy);
    await expect(inspectBackup(folder.dataDir, file)).rejects.toMatchObject(busy);
    await expect(restoreInto(folder, file, 'app')).rejects.toMatchObject(busy);
    expect(() => stageRestore(folder!.dataDir, file)).toThrow(expect.objectContaining(busy));
    const result = await restoring;
    expect(isDataBusy(folder.dataDir)).toBe(false);
    expect(result.keptAside).toMatch(/before-restore-/);
    expect(snapshot(folder)).toEqual(atBackup);
    expect(existsSync(join(folder.dataDir, 'out', 'during.db'))).toBe(false);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
  });

  it('inspects in the worker without changing anything; a second inspection meanwhile is refused and spoils nothing', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const before = snapshot(folder);
    const first = inspectBackup(folder.dataDir, file);
    await expect(inspectBackup(folder.dataDir, file)).rejects.toMatchObject({ code: 'DATA_BUSY' });
    await expect(first).resolves.toMatchObject({ file, madeAt: '2025-06-02T02:00:00.000Z', cases: 1 });
    expect(stagedInWorker).toEqual([file]);
    expect(snapshot(folder)).toEqual(before);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
    expect(isDataBusy(folder.dataDir)).toBe(false);
  });

  it('keeps the event loop answering while the backup is checked and the current data copied aside; only the swap is synchronous', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const target = folder;
    const orgs = () => target.ctx.db.prepare('SELECT COUNT(*) FROM organizations').pluck().get() as number;
    const before = orgs();
    // At each step, the main thread is asked for something else (a read of the data in use), as
    // the HTTP door or the window would. It must be answered before the next step begins.
    const events: string[] = [];
    const result = await restoreInto(folder, file, 'app', (step) => {
      events.push(step);
      if (step !== 'swapping') setImmediate(() => events.push(`answered during ${step}: ${orgs()} orgs`));
    });
    expect(events).toEqual([
      'staging',
      `answered during staging: ${before} orgs`,
      'keeping-aside',
      `answered during keeping-aside: ${before} orgs`,
      'swapping',
    ]);
    expect(orgs()).toBe(before - 1);
    // The copy made in the worker is the data as it was: one restore away.
    await restoreInto(folder, result.keptAside ?? '', 'app');
    expect(orgs()).toBe(before);
  });

  it('keeps the current data aside on this thread after all when the worker copying it dies', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const beforeRestore = snapshot(folder);
    const dir = mkdtempSync(join(tmpdir(), 'fashen-bad-worker-'));
    copyWorkerOverride = join(dir, 'worker.mjs');
    writeFileSync(copyWorkerOverride, 'process.exit(1);\n');
    const result = await restoreInto(folder, file, 'app');
    expect(result.keptAside).toMatch(/backups[/\\]before-restore-2025-06-03-100000\.db$/);
    expect(readdirSync(join(folder.dataDir, 'backups')).filter((name) => name.includes('.tmp'))).toEqual([]);
    copyWorkerOverride = undefined;
    await restoreInto(folder, result.keptAside ?? '', 'app');
    expect(snapshot(folder)).toEqual(beforeRestore);
  });
});
