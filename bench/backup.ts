// The daily backup at the benchmark's scale: how long it takes, and how long the main thread (the
// one answering the HTTP door and IPC) is stalled while it runs, measured with
// perf_hooks.monitorEventLoopDelay. 'main' is how it used to be (online backup stepped on the main
// thread, then manifest and verification there too; kept as BackupThread 'main' for this figure
// only); 'worker' is what the app does now (copy, manifest and verification in a worker thread).
import { rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BackupThread } from '../main/core/data/backup';
import { backupsDir, runStartupBackup } from '../main/core/data/backup-startup';

const LABELS: Record<BackupThread, string> = {
  main: 'daily backup, verified on the main thread (before)',
  worker: 'daily backup, copied + verified in a worker (now)',
};

export async function benchDailyBackup(dataDir: string, databasePath: string): Promise<void> {
  for (const thread of ['main', 'worker'] as const) {
    // A first backup of the day and of the week: daily + weekly (a copy of the daily), as at the first start.
    rmSync(backupsDir(dataDir), { recursive: true, force: true });
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const result = await runStartupBackup({ dataDir, databasePath, now: new Date(), thread });
    const took = performance.now() - started;
    delay.disable();
    if (result.problem) console.log(`${LABELS[thread]}: FAILED: ${result.problem}`);
    console.log(
      `${LABELS[thread].padEnd(52)} ${(took / 1000).toFixed(1).padStart(5)} s   longest main-thread stall ${(delay.max / 1e6).toFixed(0).padStart(5)} ms   p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms`,
    );
  }
}
