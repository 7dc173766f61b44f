import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appendAudit } from '../core/audit/log';
import { createBackup } from './backup';
import { blobStoreFor } from './backup-format';
import { backupsDir, runStartupBackup } from './backup-startup';
import { emptyDataFolder, seededDataFolder, type DataFolder } from './backup-testing';
import * as thread from './backup-thread';

// createBackup and runStartupBackup reach the worker through finishCopyInWorker; a test can point
// that at a worker file that misbehaves.
let workerOverride: string | undefined;
vi.mock('./backup-thread', async (importOriginal) => {
  const actual = await importOriginal<typeof thread>();
  type Args = Parameters<typeof actual.finishCopyInWorker>;
  return { ...actual, finishCopyInWorker: (job: Args[0], options: Args[1] = {}) => actual.finishCopyInWorker(job, { ...options, workerFile: workerOverride ?? options.workerFile }) };
});

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

describe('backupWorkerFile', () => {
  it('runs the worker from source through the tsx bootstrap, and from the bundle as the file beside it', () => {
    const path = (url: string) => fileURLToPath(pathToFileURL(url));
    expect(thread.backupWorkerFile(pathToFileURL('/repo/main/db/backup-thread.ts').href)).toBe(path('/repo/main/db/backup-worker-dev.mjs'));
    expect(thread.backupWorkerFile(pathToFileURL('/opt/app/resources/app.asar/dist/main/main.cjs').href)).toBe(path('/opt/app/resources/app.asar/dist/main/backup-worker.cjs'));
    expect(existsSync(thread.backupWorkerFile())).toBe(true);
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
    const failed = { code: 'BACKUP_NOT_VERIFIED', message: expect.stringMatching(/^备份未通过校验，未保存：校验备份的后台线程意外中止（.+）$/) as unknown };
    const task = { op: 'verify', file: 'x.db', store: 'files' } as const;
    await expect(thread.runBackupTask(task, badWorker('process.exit(3);\n'))).rejects.toMatchObject(failed);
    await expect(thread.runBackupTask(task, badWorker("throw new Error('boom');\n"))).rejects.toMatchObject(failed);
    await expect(thread.runBackupTask(task, join(tmpdir(), 'no-such-worker.cjs'))).rejects.toMatchObject(failed);
  });

  it('keeps the main thread responsive while a biggish backup is verified', async () => {
    folder = emptyDataFolder();
    const db = folder.ctx.db;
    // ~24 MB of rows and an audit chain of 20,000 entries: seconds of integrity_check and hashing.
    db.exec('CREATE TABLE ballast (n INTEGER PRIMARY KEY, label TEXT NOT NULL, data BLOB NOT NULL) STRICT; CREATE INDEX ballast_label ON ballast (label)');
    const insert = db.prepare('INSERT INTO ballast (label, data) VALUES (?, ?)');
    db.transaction(() => {
      for (let n = 0; n < 6000; n++) insert.run(`行${n % 977}-${n}`, randomBytes(4000));
      for (let n = 1; n <= 20_000; n++) {
        appendAudit(db, { at: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(), actor: '测试', action: 'case.update', entity: 'case', entityId: String(n), summary: `修改 ${n}`, before: { n: n - 1 }, after: { n } });
      }
    })();
    const file = join(folder.dataDir, 'out', 'big.db');
    await createBackup(db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() });

    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    try {
      await expect(thread.verifyBackupInWorker(file, blobStoreFor(file))).resolves.toEqual({ dataProblem: undefined });
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(2);
  }, 60_000);
});

describe('createBackup in the worker', () => {
  it('lets the app go on writing while the worker copies, and the copy is one consistent moment', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'out', 'busy.db');
    let settled = false;
    const made = createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() }).finally(() => (settled = true));
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
    await expect(createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() })).rejects.toMatchObject({ code: 'BACKUP_NOT_VERIFIED' });
    expect(readdirSync(join(folder.dataDir, 'out'))).toEqual([]);

    const result = await runStartupBackup({ dataDir: folder.dataDir, databasePath: folder.databasePath, now: new Date() });
    expect(result.problem).toMatch(/^自动备份未完成：备份未通过校验，未保存：校验备份的后台线程意外中止/);
    expect(result.made).toEqual([]);
    expect(readdirSync(backupsDir(folder.dataDir)).filter((name) => name.endsWith('.db'))).toEqual([]);
  });
});
