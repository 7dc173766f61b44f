// Test-only (main/core/data/restore*.test.ts): the backup worker as the app's restore stages and
// copies in it, with each staging that goes there seen, and a worker file that dies put in where a
// test asks. Each test file's vi.mock('./backup-thread') returns spiedThread; this module takes only
// the thread's types, so that the mock's factory can load it while backup-thread is being mocked.

import type * as thread from '../backup-thread';
import type { BackupJob } from '../backup-job';

export const workerSpy: {
  /** Where the restore's staging runs instead of the real worker file. */
  workerOverride: string | undefined;
  /** For the copy of the current data kept aside (finishCopyInWorker) only. */
  copyWorkerOverride: string | undefined;
  /** The backup files staged in the worker, in order. */
  readonly staged: string[];
} = { workerOverride: undefined, copyWorkerOverride: undefined, staged: [] };

export function resetWorkerSpy(): void {
  workerSpy.workerOverride = undefined;
  workerSpy.copyWorkerOverride = undefined;
  workerSpy.staged.length = 0;
}

/** The backup thread's module as vi.mock's factory returns it, given the factory's importOriginal. */
export async function spiedThread(importOriginal: () => Promise<typeof thread>): Promise<typeof thread> {
  const actual = await importOriginal();
  return {
    ...actual,
    stageRestoreInWorker: (dataDir: string, file: string, workerFile?: string) => {
      workerSpy.staged.push(file);
      return actual.stageRestoreInWorker(dataDir, file, workerSpy.workerOverride ?? workerFile);
    },
    finishCopyInWorker: (job: BackupJob, options: { source?: string; workerFile?: string } = {}) =>
      actual.finishCopyInWorker(job, { ...options, workerFile: workerSpy.copyWorkerOverride ?? options.workerFile }),
  };
}
