// The backup worker thread: makes the copy of the live database and does the slow, synchronous
// work on it (backup-job.ts) off the main thread, so the app keeps answering while a large
// database is copied and verified. It also runs 检查数据 on the live folder and checks and stages
// a backup before a restore (restore-stage.ts). Started by backup-thread.ts; one task per worker,
// one reply, then the thread ends.
//
// Where the file is at run time: from source (tsx, vitest) through backup-worker-dev.mjs, which
// registers tsx first; in the Electron app as dist/main/backup-worker.cjs, its own esbuild entry
// next to main.cjs (build/scripts/build-main.mjs), packed inside app.asar beside it.

import { parentPort, workerData } from 'node:worker_threads';
import { checkLiveDataFolder, copyLiveDatabase, finishCopy, verifyBackupFile } from './backup-job';
import { serializeError, type WorkerReply, type WorkerTask } from './backup-thread-protocol';
import { recordInStagedDatabase, stageBackupFile } from './restore-stage';

async function run(task: WorkerTask): Promise<WorkerReply> {
  try {
    if (task.op === 'verify') return { ok: true, op: 'verify', value: verifyBackupFile(task.file, task.store) };
    if (task.op === 'check')
      return { ok: true, op: 'check', value: checkLiveDataFolder(task.databasePath, task.dataDir) };
    if (task.op === 'stage') return { ok: true, op: 'stage', value: stageBackupFile(task.dataDir, task.file) };
    if (task.op === 'record') {
      recordInStagedDatabase(task.dataDir, task.record);
      return { ok: true, op: 'record', value: null };
    }
    if (task.source !== undefined) await copyLiveDatabase(task.source, task.job.copy);
    return { ok: true, op: 'finish', value: finishCopy(task.job) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

const port = parentPort;
if (!port) throw new Error('backup-worker must run as a worker thread');
// No top-level await: this file is also bundled as CommonJS.
void run(workerData as WorkerTask).then((reply) => port.postMessage(reply));
