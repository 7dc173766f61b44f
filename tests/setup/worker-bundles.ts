// Vitest global setup: bundles the worker threads once per run (build-cli.mjs's bundleWorkers)
// into the folder vitest.config.ts names in FASHEN_BACKUP_WORKER_FILE, so the backups the tests
// make are verified by the same kind of bundled worker the app runs, without registering tsx in
// each new thread; the folder, and the run's temporary folder, are removed at the end of the run.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleWorkers } from '../../build/scripts/build-cli.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

function folder(): string {
  const file = process.env['FASHEN_BACKUP_WORKER_FILE'];
  if (!file) throw new Error('vitest.config.ts sets FASHEN_BACKUP_WORKER_FILE');
  return dirname(file);
}

export async function setup(): Promise<void> {
  await bundleWorkers(ROOT, folder());
}

export function teardown(): void {
  rmSync(folder(), { recursive: true, force: true });
  // The run's temporary folder (the tests' TMPDIR, with the font cache), made by vitest.config.ts.
  const run = process.env['FASHEN_TEST_RUN_DIR'];
  if (run) rmSync(run, { recursive: true, force: true });
}
