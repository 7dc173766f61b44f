import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { appendAudit } from '../audit/log';
import { AppError } from '../../../shared/errors';
import { createBackup } from './backup';
import { blobStoreFor } from './backup-format';
import { backupsDir, runStartupBackup } from './backup-startup';
import { emptyDataFolder, seededDataFolder, type DataFolder } from '../../cli/testing/backup';
import * as thread from './backup-thread';
import { stageRestore, stagingDir } from './restore-stage';

// createBackup and runStartupBackup reach the worker through finishCopyInWorker; a test can point
// that at a worker file that misbehaves.
let workerOverride: string | undefined;
vi.mock('./backup-thread', async (importOriginal) => {
  const actual = await importOriginal<typeof thread>();
  type Args = Parameters<typeof actual.finishCopyInWorker>;
  return {
    ...actual,
    finishCopyInWorker: (job: Args[0], options: Args[1] = {}) =>
      actual.finishCopyInWorker(job, { ...options, workerFile: workerOverride ?? options.workerFile }),
  };
});

const TEST_MADE = '2025-06-02T02:00:00.000Z';

let folder: DataFolder | undefined;
afterEach(() => {
  workerOverride = undefined;
  folder?.ctx.db.close();
  folder = undefined;
});

/** A worker entry file that misbehaves in the given way. */
function badWorker(source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fashen-bad-worker-')), 'worker.mjs');
  writeFileSync(file, source);
  return file;
}

/** Overwrites the middle half of a file with random bytes, page-aligned: a damaged disk or copy. */
function corruptMiddle(file: string): void {
  const size = statSync(file).size;
  const start = Math.floor(size / 4 / 4096) * 4096;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, randomBytes(Math.max(4096, Math.floor(size / 2))), 0, undefined, start);
  } finally {
    closeSync(fd);
  }
}

/** A backup of ~24 MB of rows and an audit chain of 20,000 entries: seconds of integrity_check and hashing. */
async function biggishBackup(target: DataFolder): Promise<string> {
  const db = target.ctx.db;
  // Ballast in a table the app has (a restore refuses a database with tables the migrations do not create).
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (let n = 0; n < 6000; n++) insert.run(`行${n % 977}-${n}`, randomBytes(2000).toString('hex'));
    for (let n = 1; n <= 20_000; n++) {
      appendAudit(db, {
        at: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
        actor: '测试',
        action: 'case.update',
        entity: 'case',
        entityId: String(n),
        summary: `修改 ${n}`,
        before: { n: n - 1 },
        after: { n },
      });
    }
  })();
  const file = join(target.dataDir, 'out', 'big.db');
  await createBackup(db, { dataDir: target.dataDir, file, kind: 'manual', now: new Date() });
  return file;
}

describe('backupWorkerFile', () => {
  it('runs the worker from source through the tsx bootstrap, and from the bundle as the file beside it', () => {
    const path = (url: string) => fileURLToPath(pathToFileURL(url));
    expect(thread.backupWorkerFile(pathToFileURL('/repo/main/core/data/backup-thread.ts').href, {})).toBe(
      path('/repo/main/core/data/backup-worker-dev.mjs'),
    );
    expect(thread.backupWorkerFile(pathToFileURL('/opt/app/resources/app.asar/dist/main/main.cjs').href, {})).toBe(
      path('/opt/app/resources/app.asar/dist/main/backup-worker.cjs'),
    );
    // The test suite's bundle of the worker, from source only: an app never takes another file.
    const env = { FASHEN_BACKUP_WORKER_FILE: '/tmp/run/backup-worker.cjs' };
    expect(thread.backupWorkerFile(pathToFileURL('/repo/main/core/data/backup-thread.ts').href, env)).toBe(
      '/tmp/run/backup-worker.cjs',
    );
    expect(thread.backupWorkerFile(pathToFileURL('/opt/app/resources/app.asar/dist/main/main.cjs').href, env)).toBe(
      path('/opt/app/resources/app.asar/dist/main/backup-worker.cjs'),
    );
    expect(existsSync(thread.backupWorkerFile())).toBe(true);
  });

  it('verifies a backup through the tsx bootstrap too (npx fashen from source, the benchmark)', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'out', 'good.db');
    await createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() });
    const fromSource = thread.backupWorkerFile(import.meta.url.replace(/\.test\.ts$/, '.ts'), {});
    expect(fromSource.endsWith('backup-worker-dev.mjs')).toBe(true);
    await expect(thread.verifyBackupInWorker(file, blobStoreFor(file), fromSource)).resolves.toEqual({
      dataProblem: undefined,
    });
  });
});

describe('verifyBackupInWorker', () => {
  it('passes a good backup', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'out', 'good.db');
    await createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() });
    await expect(thread.verifyBackupInWorker(file, blobStoreFor(file))).resolves.toEqual({ dataProblem: undefined });
  });

  it('fails a backup whose bytes were overwritten in the middle, with the Chinese message', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'out', 'damaged.db');
    await createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() });
    corruptMiddle(file);
    await expect(thread.verifyBackupInWorker(file, blobStoreFor(file))).rejects.toMatchObject({
      code: 'BACKUP_NOT_VERIFIED',
      message: expect.stringMatching(/^备份未通过校验，未保存：数据库文件：/) as unknown,
    });
  });

  it('reports a worker that dies or cannot start as a failed verification, and the app goes on', async () => {
    const failed = {
      code: 'BACKUP_NOT_VERIFIED',
      message: expect.stringMatching(/^备份未通过校验，未保存：校验备份的后台线程意外中止（.+）$/) as unknown,
    };
    const task = { op: 'verify', file: 'x.db', store: 'files' } as const;
    await expect(thread.runBackupTask(task, badWorker('process.exit(3);\n'))).rejects.toMatchObject(failed);
    await expect(thread.runBackupTask(task, badWorker("throw new Error('boom');\n"))).rejects.toMatchObject(failed);
    await expect(thread.runBackupTask(task, join(tmpdir(), 'no-such-worker.cjs'))).rejects.toMatchObject(failed);
  });

  it('keeps the main thread responsive while a biggish backup is verified', async () => {
    folder = emptyDataFolder();
    const file = await biggishBackup(folder);

    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    try {
      await expect(thread.verifyBackupInWorker(file, blobStoreFor(file))).resolves.toEqual({ dataProblem: undefined });
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(2);
  });
});

describe('createBackup in the worker', () => {
  it('lets the app go on writing while the worker copies, and the copy is one consistent moment', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'out', 'busy.db');
    let settled = false;
    const made = createBackup(folder.ctx.db, {
      dataDir: folder.dataDir,
      file,
      kind: 'manual',
      now: new Date(),
    }).finally(() => (settled = true));
    let written = 0;
    while (!settled) {
      await folder.call('orgs.create', { name: `写入中的单位${written}`, kind: 'court' });
      written++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await made;
    expect(written).toBeGreaterThan(0);
    // Verified (audit chain whole, integrity_check ok) by the worker; whatever it caught of the writes is whole.
    expect(result.dataProblem).toBeUndefined();
    await expect(thread.verifyBackupInWorker(file, blobStoreFor(file))).resolves.toEqual({ dataProblem: undefined });
  });
});

describe('a backup whose worker fails', () => {
  it('is discarded, and the automatic backup reports it in Chinese without stopping the app', async () => {
    folder = await seededDataFolder();
    workerOverride = badWorker('process.exit(1);\n');
    const file = join(folder.dataDir, 'out', 'never.db');
    await expect(
      createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() }),
    ).rejects.toMatchObject({ code: 'BACKUP_NOT_VERIFIED' });
    expect(readdirSync(join(folder.dataDir, 'out'))).toEqual([]);

    const result = await runStartupBackup({
      dataDir: folder.dataDir,
      databasePath: folder.databasePath,
      now: new Date(),
    });
    expect(result.problem).toMatch(/^自动备份未完成：备份未通过校验，未保存：校验备份的后台线程意外中止/);
    expect(result.made).toEqual([]);
    expect(readdirSync(backupsDir(folder.dataDir)).filter((name) => name.endsWith('.db'))).toEqual([]);
  });
});

describe('stageRestoreInWorker', () => {
  /** What stageRestore on this thread (the CLI's way) makes of `file`: its answer or its refusal. */
  function stagedHere(dataDir: string, file: string): { info?: unknown; error?: unknown } {
    try {
      return { info: stageRestore(dataDir, file) };
    } catch (error) {
      return { error };
    }
  }

  it('checks and stages a backup in the worker exactly as on this thread', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'out', 'good.db');
    await createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date(TEST_MADE) });
    const here = stagedHere(folder.dataDir, file);
    const stagedHereFiles = readdirSync(join(stagingDir(folder.dataDir), 'data', 'documents'), {
      recursive: true,
    }).sort();

    const info = await thread.stageRestoreInWorker(folder.dataDir, file);
    expect(info).toEqual(here.info);
    expect(info).toMatchObject({ file, madeAt: TEST_MADE, cases: 1, files: 2 });
    // The same staged database (migrated, the backup's own tables dropped) and the same unpacked files.
    expect(readdirSync(join(stagingDir(folder.dataDir), 'data', 'documents'), { recursive: true }).sort()).toEqual(
      stagedHereFiles,
    );
    const staged = new Database(join(stagingDir(folder.dataDir), 'fashen.db'), { readonly: true });
    try {
      expect(staged.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'fashen_backup%'").pluck().get()).toBe(
        0,
      );
      expect(staged.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      staged.close();
    }
  });

  it('refuses what stageRestore refuses, as the same AppError, and leaves no staging behind', async () => {
    folder = await seededDataFolder();
    const out = join(folder.dataDir, 'out');
    const good = join(out, 'good.db');
    await createBackup(folder.ctx.db, { dataDir: folder.dataDir, file: good, kind: 'manual', now: new Date() });
    const spoilt = (name: string, sql: string) => {
      const file = join(out, name);
      writeFileSync(file, readFileSync(good));
      const db = new Database(file);
      db.exec(sql);
      db.close();
      return file;
    };
    const damaged = join(out, 'damaged.db');
    writeFileSync(damaged, readFileSync(good));
    corruptMiddle(damaged);
    writeFileSync(join(out, 'notes.db'), '这不是数据库');
    const files = [
      join(out, 'nope.db'),
      out,
      join(out, 'notes.db'),
      damaged,
      spoilt('foreign.db', 'DROP TABLE schema_migrations'),
      spoilt('newer.db', "INSERT INTO schema_migrations VALUES (999, 'future', 'x')"),
      spoilt('edited.db', "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = '李四' WHERE id = 2"),
      spoilt('forged.db', "UPDATE fashen_backup_files SET content = CAST('forged' AS BLOB) WHERE path LIKE '%.pdf'"),
    ];
    const codes = new Set<string>();
    for (const file of files) {
      const here = stagedHere(folder.dataDir, file).error;
      expect(here, file).toBeInstanceOf(AppError);
      const there = await thread.stageRestoreInWorker(folder.dataDir, file).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(there, file).toBeInstanceOf(AppError);
      expect({ code: (there as AppError).code, message: (there as AppError).message }).toEqual({
        code: (here as AppError).code,
        message: (here as AppError).message,
      });
      expect((there as AppError).message).toMatch(/未做任何改动。$/);
      expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
      codes.add((there as AppError).code);
    }
    expect([...codes].sort()).toEqual([
      'BACKUP_CORRUPT',
      'BACKUP_FOREIGN',
      'BACKUP_FROM_NEWER_VERSION',
      'BACKUP_NOT_DATABASE',
      'BACKUP_NOT_FOUND',
      'BACKUP_REFUSED',
    ]);
  });

  it('refuses, changing nothing, when the worker dies part-way or cannot start', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'out', 'good.db');
    await createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() });
    const halfWay = badWorker(
      "import { workerData } from 'node:worker_threads';\nimport { mkdirSync, writeFileSync } from 'node:fs';\nimport { join } from 'node:path';\n" +
        "mkdirSync(join(workerData.dataDir, 'restore-staging', 'data'), { recursive: true });\nwriteFileSync(join(workerData.dataDir, 'restore-staging', 'fashen.db'), 'half');\nprocess.exit(7);\n",
    );
    const failed = {
      code: 'BACKUP_NOT_CHECKED',
      message: expect.stringMatching(/^检查备份的后台线程意外中止（.+），未做任何改动。$/) as unknown,
    };
    await expect(thread.stageRestoreInWorker(folder.dataDir, file, halfWay)).rejects.toMatchObject(failed);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
    await expect(
      thread.stageRestoreInWorker(folder.dataDir, file, badWorker("throw new Error('boom');\n")),
    ).rejects.toMatchObject(failed);
    await expect(
      thread.stageRestoreInWorker(folder.dataDir, file, join(tmpdir(), 'no-such-worker.cjs')),
    ).rejects.toMatchObject(failed);
    expect(existsSync(stagingDir(folder.dataDir))).toBe(false);
  });

  it('keeps the main thread responsive while a biggish backup is checked and staged', async () => {
    folder = emptyDataFolder();
    const file = await biggishBackup(folder);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    try {
      await expect(thread.stageRestoreInWorker(folder.dataDir, file)).resolves.toMatchObject({
        file,
        auditRows: 20_000,
      });
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(2);
    expect(existsSync(join(stagingDir(folder.dataDir), 'fashen.db'))).toBe(true);
  });
});
