// The app's restore, checked and staged in the backup worker: refused, changing nothing, when the
// worker dies; one backup, inspection or restore at a time on a data folder; the event loop kept
// answering while the backup is checked and the current data copied aside.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededDataFolder, type DataFolder } from '../../cli/testing/backup';
import { inspectBackup } from './restore';
import { isDataBusy } from './backup-lock';
import { stageRestore, stagingDir } from './restore-stage';
import { backupOf, cleanUp, restoreInto, snapshot } from './testing/restore-fixture';
import { workerSpy } from './testing/restore-worker-spy';

// The app's restore stages in the backup worker (stageRestoreInWorker): these tests see each staging
// that goes there (testing/restore-worker-spy.ts).
vi.mock('./backup-thread', async (importOriginal) =>
  (await import('./testing/restore-worker-spy')).spiedThread(importOriginal),
);

let folder: DataFolder | undefined;
afterEach(() => cleanUp(folder));

describe('the app’s restore, checked in the backup worker', () => {
  it('refuses, changing nothing, when the worker checking the backup dies', async () => {
    folder = await seededDataFolder();
    const file = await backupOf(folder);
    const before = snapshot(folder);
    const dir = mkdtempSync(join(tmpdir(), 'fashen-bad-worker-'));
    workerSpy.workerOverride = join(dir, 'worker.mjs');
    writeFileSync(workerSpy.workerOverride, 'process.exit(1);\n');
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
    expect(workerSpy.staged).toEqual([file]);
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
    workerSpy.copyWorkerOverride = join(dir, 'worker.mjs');
    writeFileSync(workerSpy.copyWorkerOverride, 'process.exit(1);\n');
    const result = await restoreInto(folder, file, 'app');
    expect(result.keptAside).toMatch(/backups[/\\]before-restore-2025-06-03-100000\.db$/);
    expect(readdirSync(join(folder.dataDir, 'backups')).filter((name) => name.includes('.tmp'))).toEqual([]);
    workerSpy.copyWorkerOverride = undefined;
    await restoreInto(folder, result.keptAside ?? '', 'app');
    expect(snapshot(folder)).toEqual(beforeRestore);
  });
});
