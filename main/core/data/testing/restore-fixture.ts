// Test-only (main/core/data/restore*.test.ts): a backup of a test data folder, restored into it the
// way the CLI or the app does, and what a restore must bring back or leave alone: the database's
// rows and the data folder's files.

import { expect } from 'vitest';
import { join } from 'node:path';
import { createBackup } from '../backup';
import { dumpDatabase, folderFingerprint, type DataFolder } from '../../../cli/testing/backup';
import { openDatabase } from '../../../db/open';
import { restoreBackup, restoreBackupInWorker, type RestoreOptions, type RestoreResult } from '../restore';
import { resetWorkerSpy, workerSpy } from './restore-worker-spy';

/** Where a restore checks and stages the backup: on this thread (the CLI) or in the backup worker (the app). */
export type Way = 'cli' | 'app';
export const WAYS: Way[] = ['cli', 'app'];

export const NOW = new Date('2025-06-03T02:00:00Z');
const LIVE_FILES = ['fashen.db', 'fashen.db-wal', 'fashen.db-shm', 'backups', 'out'];

/** After each test: the worker spy reset, the test's data folder (if any) closed. */
export function cleanUp(folder: DataFolder | undefined): void {
  resetWorkerSpy();
  folder?.ctx.db.close();
}

export async function backupOf(source: DataFolder, name = 'b.db'): Promise<string> {
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
export async function restoreInto(
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
  expect(workerSpy.staged).toContain(file);
  return result;
}

export function snapshot(target: DataFolder) {
  return { db: dumpDatabase(target.ctx.db), files: folderFingerprint(target.dataDir, LIVE_FILES) };
}
