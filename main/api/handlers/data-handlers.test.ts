import { afterEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../../shared/contract/envelope';
import { dataMethods } from '../../../shared/contract/data';
import type { ApiContext } from '../context';
import { validateInput } from '../validate';
import { isAppError } from '../../../shared/errors';
import { verifyAuditChain } from '../../core/audit/log';
import { openDatabase } from '../../db/open';
import { dumpDatabase, seededDataFolder, type DataFolder } from '../../cli/testing/backup';
import type * as thread from '../../core/data/backup-thread';
import { dataHandlers, type ReopenHook } from './data-handlers';

// Inspecting and restoring check the backup in the backup worker: these tests see each staging
// that goes there, and can point it at a worker file that dies.
let workerOverride: string | undefined;
const stagedInWorker: string[] = [];
vi.mock('../../core/data/backup-thread', async (importOriginal) => {
  const actual = await importOriginal<typeof thread>();
  return {
    ...actual,
    stageRestoreInWorker: (dataDir: string, file: string, workerFile?: string) => {
      stagedInWorker.push(file);
      return actual.stageRestoreInWorker(dataDir, file, workerOverride ?? workerFile);
    },
  };
});

type DataMethod = keyof typeof dataMethods;
let folder: DataFolder | undefined;
afterEach(() => {
  workerOverride = undefined;
  stagedInWorker.length = 0;
  folder?.ctx.db.close();
});

/** What HandlerTable.dispatch does for an async handler, for these methods only. */
async function dispatch(ctx: ApiContext, method: DataMethod, input: unknown): Promise<Envelope<unknown>> {
  try {
    const parsed = validateInput(dataMethods[method].input, input);
    return { ok: true, value: await dataHandlers[method](parsed as never, ctx) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}

async function ok<T>(ctx: ApiContext, method: DataMethod, input: unknown): Promise<T> {
  const envelope = await dispatch(ctx, method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

async function refused(ctx: ApiContext, method: DataMethod, input: unknown) {
  const envelope = await dispatch(ctx, method, input);
  if (envelope.ok) throw new Error(`expected ${method} to be refused`);
  return envelope.error;
}

function withReopen(ctx: ApiContext): ApiContext & ReopenHook {
  const hooked = ctx as ApiContext & ReopenHook;
  hooked.reopenDatabase = (whileClosed) => {
    hooked.db.close();
    try {
      whileClosed();
    } finally {
      hooked.db = openDatabase(hooked.databasePath);
    }
  };
  return hooked;
}

describe('data.backupNow', () => {
  it('backs up into the backups folder, lists it, and records who did it', async () => {
    folder = await seededDataFolder();
    const made = await ok<{ file: string; dataProblem: string | null }>(folder.ctx, 'data.backupNow', {});
    expect(made.file).toMatch(/backups[/\\]manual-2025-06-02-100000\.db$/);
    expect(made.dataProblem).toBeNull();
    const list = await ok<{ items: Array<{ name: string; kind: string }> }>(folder.ctx, 'data.listBackups', {});
    expect(list.items).toEqual([expect.objectContaining({ name: 'manual-2025-06-02-100000.db', kind: 'manual' })]);
    expect(folder.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'data.backup'").pluck().get()).toMatch(
      /（程序）$/,
    );
  });

  it('backs up to a chosen folder (a USB stick), never overwriting', async () => {
    folder = await seededDataFolder();
    const stick = mkdtempSync(join(tmpdir(), 'fashen-usb-'));
    await ok(folder.ctx, 'data.backupNow', { dir: stick });
    await ok(folder.ctx, 'data.backupNow', { dir: stick });
    expect(readdirSync(stick).sort()).toEqual([
      '法审工作台备份-2025-06-02-1000-2.db',
      '法审工作台备份-2025-06-02-1000.db',
    ]);
  });

  it.each([
    [{ dir: 'relative/folder' }, /应为完整路径/],
    [{ dir: '../../etc' }, /应为完整路径/],
    [{ dir: '' }, /请选择备份保存的文件夹/],
    [{ dir: '/tmp/a\u0000b' }, /不可见字符/],
    [{ dir: '/nonexistent/usb' }, /找不到文件夹/],
    [{ dir: 5 }, /请选择备份保存的文件夹/],
    [{ other: 1 }, /不认识的字段/],
  ])('refuses %j in Chinese', async (input, message) => {
    folder = await seededDataFolder();
    expect((await refused(folder.ctx, 'data.backupNow', input)).message).toMatch(message);
  });

  it.runIf(process.getuid?.() !== 0)('a folder it may not write to is a message, not a crash', async () => {
    folder = await seededDataFolder();
    const locked = mkdtempSync(join(tmpdir(), 'fashen-ro-'));
    chmodSync(locked, 0o555);
    const error = await refused(folder.ctx, 'data.backupNow', { dir: locked });
    expect(error).toMatchObject({
      code: 'BACKUP_WRITE_FAILED',
      message: expect.stringMatching(/^无法写入“.*”：没有权限。$/),
    });
    chmodSync(locked, 0o755);
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('data.inspectBackup and data.restore', () => {
  it('inspects a backup in the backup worker without changing anything', async () => {
    folder = await seededDataFolder();
    const made = await ok<{ file: string }>(folder.ctx, 'data.backupNow', {});
    const before = dumpDatabase(folder.ctx.db);
    expect(await ok(folder.ctx, 'data.inspectBackup', { file: made.file })).toMatchObject({
      file: made.file,
      cases: 1,
      madeAt: '2025-06-02T02:00:00.000Z',
    });
    expect(stagedInWorker).toEqual([made.file]);
    expect(dumpDatabase(folder.ctx.db)).toEqual(before);
    expect(existsSync(join(folder.dataDir, 'restore-staging'))).toBe(false);
  });

  it('keeps answering other commands while a backup is inspected, and takes no backup meanwhile', async () => {
    folder = await seededDataFolder();
    const made = await ok<{ file: string }>(folder.ctx, 'data.backupNow', {});
    let settled = false;
    const inspected = dispatch(folder.ctx, 'data.inspectBackup', { file: made.file }).finally(() => (settled = true));
    // The staging is in the worker: this thread is free, but the data folder is taken.
    expect(await refused(folder.ctx, 'data.backupNow', {})).toMatchObject({
      code: 'DATA_BUSY',
      message: '另一项备份或恢复正在进行，请稍后再试',
    });
    let answered = 0;
    while (!settled) {
      await folder.call('orgs.create', { name: `检查备份时新建的单位${answered}`, kind: 'court' });
      answered++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await inspected).toMatchObject({ ok: true, value: { file: made.file, cases: 1 } });
    expect(answered).toBeGreaterThan(1);
    expect(existsSync(join(folder.dataDir, 'restore-staging'))).toBe(false);
  });

  it('refuses, in Chinese and changing nothing, when the worker checking the backup dies', async () => {
    folder = await seededDataFolder();
    const ctx = withReopen(folder.ctx);
    const made = await ok<{ file: string }>(ctx, 'data.backupNow', {});
    const before = dumpDatabase(ctx.db);
    workerOverride = join(mkdtempSync(join(tmpdir(), 'fashen-bad-worker-')), 'worker.mjs');
    writeFileSync(workerOverride, 'process.exit(1);\n');
    for (const method of ['data.inspectBackup', 'data.restore'] as const) {
      expect(await refused(ctx, method, { file: made.file })).toEqual({
        code: 'BACKUP_NOT_CHECKED',
        message: '检查备份的后台线程意外中止（退出码 1），未做任何改动。',
      });
    }
    expect(stagedInWorker).toEqual([made.file, made.file]);
    expect(dumpDatabase(ctx.db)).toEqual(before);
    expect(readdirSync(folder.dataDir).sort()).toEqual([
      'audit-anchor.json',
      'backups',
      'documents',
      'fashen.db',
      'fashen.db-shm',
      'fashen.db-wal',
    ]);
  });

  it('restores through the backend’s reopen hook and records it in the restored history', async () => {
    folder = await seededDataFolder();
    const ctx = withReopen(folder.ctx);
    const made = await ok<{ file: string }>(ctx, 'data.backupNow', {});
    await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
    const done = await ok<{ keptAside: string }>(ctx, 'data.restore', { file: made.file });
    expect(stagedInWorker).toEqual([made.file]);
    expect(done.keptAside).toMatch(/before-restore-/);
    expect(ctx.db.prepare('SELECT name FROM organizations').pluck().all()).toEqual(['某区公安分局']);
    expect(ctx.db.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toBe('data.restore');
    expect(verifyAuditChain(ctx.db).ok).toBe(true);
    expect(await ok(ctx, 'data.check', {})).toMatchObject({ ok: true, firstProblem: null });
  });

  it('without the hook, restore says how to do it instead, and changes nothing', async () => {
    folder = await seededDataFolder();
    const made = await ok<{ file: string }>(folder.ctx, 'data.backupNow', {});
    const before = dumpDatabase(folder.ctx.db);
    expect(await refused(folder.ctx, 'data.restore', { file: made.file })).toMatchObject({
      code: 'RESTORE_UNAVAILABLE',
      message: expect.stringContaining('npx fashen restore'),
    });
    expect(dumpDatabase(folder.ctx.db)).toEqual(before);
  });

  it('refuses a file that is not a backup, in Chinese, leaving nothing behind', async () => {
    folder = await seededDataFolder();
    const ctx = withReopen(folder.ctx);
    const text = join(folder.dataDir, 'a.txt');
    writeFileSync(text, 'x');
    for (const method of ['data.inspectBackup', 'data.restore'] as const) {
      expect((await refused(ctx, method, { file: text })).message).toMatch(/不是法审工作台的备份文件.*未做任何改动/);
      expect((await refused(ctx, method, { file: 'backups/x.db' })).message).toMatch(/应为完整路径/);
    }
    expect(readdirSync(folder.dataDir).sort()).toEqual([
      'a.txt',
      'audit-anchor.json',
      'documents',
      'fashen.db',
      'fashen.db-shm',
      'fashen.db-wal',
    ]);
  });
});

describe('data.check', () => {
  it('reports the first broken link', async () => {
    folder = await seededDataFolder();
    folder.ctx.db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'x' WHERE id = 1");
    const result = await ok<{ ok: boolean; firstProblem: string; checks: unknown[] }>(folder.ctx, 'data.check', {});
    expect(result.ok).toBe(false);
    expect(result.firstProblem).toMatch(/^审计记录链：第 1 条/);
    expect(result.checks).toContainEqual(expect.objectContaining({ id: 'audit-chain', ok: false }));
  });
});

describe('data.choosePath', () => {
  it('says no dialog is available in browser mode, so the screen asks for a typed path', async () => {
    folder = await seededDataFolder();
    expect(await ok(folder.ctx, 'data.choosePath', { purpose: 'backup-folder' })).toEqual({
      available: false,
      path: null,
    });
  });

  it('asks the desktop for the path, and passes a cancel on as null', async () => {
    folder = await seededDataFolder();
    const asked: string[] = [];
    const answers = ['E:\\备份', null];
    const ctx: ApiContext = {
      ...folder.ctx,
      desktop: {
        showItemInFolder: () => undefined,
        choosePath: (purpose) => (asked.push(purpose), Promise.resolve(answers.shift() ?? null)),
      },
    };
    expect(await ok(ctx, 'data.choosePath', { purpose: 'backup-folder' })).toEqual({
      available: true,
      path: 'E:\\备份',
    });
    expect(await ok(ctx, 'data.choosePath', { purpose: 'backup-file' })).toEqual({ available: true, path: null });
    expect(asked).toEqual(['backup-folder', 'backup-file']);
    expect((await refused(ctx, 'data.choosePath', { purpose: 'anything' })).message).toContain('没有这种选择');
  });
});
