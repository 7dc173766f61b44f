// A restore brings back exactly the backed-up data and files and keeps the current data aside, on
// this thread (the CLI) and in the backup worker (the app); it finishes a restore a crash cut short,
// and changes nothing while another connection has the database open. What it refuses:
// restore-refusals.test.ts; the app's worker: restore-in-worker.test.ts.

import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditChain } from '../audit/log';
import { emptyDataFolder, issueTestDocument, seededDataFolder, type DataFolder } from '../../cli/testing/backup';
import { openDatabase } from '../../db/open';
import { finishInterruptedRestore, restoreBackup, restoreBackupInWorker } from './restore';
import { recordRestore } from './backup-audit';
import { stagingDir } from './restore-stage';
import { NOW, WAYS, backupOf, cleanUp, restoreInto, snapshot } from './testing/restore-fixture';

// The app's restore stages in the backup worker (stageRestoreInWorker): these tests see each staging
// that goes there (testing/restore-worker-spy.ts).
vi.mock('./backup-thread', async (importOriginal) =>
  (await import('./testing/restore-worker-spy')).spiedThread(importOriginal),
);

let folder: DataFolder | undefined;
afterEach(() => cleanUp(folder));

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
