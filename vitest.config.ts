import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const NODE_TESTS = ['main', 'shared', 'build', 'tests'];

/** Every `*.test.ts` file under `dir`, as a path relative to the repository. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => relative(import.meta.dirname, join(entry.parentPath, entry.name)));
}

/**
 * Node test files that replace modules or globals (vi.mock, vi.spyOn, vi.stub…, fake timers): they
 * get a fresh module graph each. The others share their worker's modules (`isolate: false`):
 * re-importing the contract, pdfkit and fontkit for each of some 200 files cost more CPU than
 * many of the tests themselves. Found by reading the files, so a new test that mocks is isolated
 * without anyone remembering to list it.
 */
const MOCKS = /\bvi\.(mock|doMock|spyOn|stub[A-Za-z]*|useFakeTimers)\b/;
const mocking = NODE_TESTS.flatMap(testFiles).filter((file) => MOCKS.test(readFileSync(file, 'utf8')));

/**
 * Where tests/setup/worker-bundles.ts puts this run's bundle of the backup worker: set here, in the
 * process that runs the global setup, and handed to the test workers through `env` below.
 */
const WORKER_BUNDLE = join(import.meta.dirname, 'dist', 'test-workers', String(process.pid), 'backup-worker.cjs');
process.env['FASHEN_BACKUP_WORKER_FILE'] = WORKER_BUNDLE;
/**
 * This run's temporary folder: the tests' TMPDIR (and TEMP/TMP), so every folder a test or a
 * process it starts makes with os.tmpdir() — some 500 offices, backups, LibreOffice profiles — is
 * inside it, and tests/setup/worker-bundles.ts removes it at the end of the run (left behind, they
 * filled a developer's disk). One folder per run, whichever process evaluates this file and however
 * often (vitest does more than once). The font cache folder is in it too.
 */
const RUN_TMP_DIR = join(tmpdir(), `fashen-test-run-${process.pid}`);
const RUN_CACHE_DIR = join(RUN_TMP_DIR, 'cache');
mkdirSync(RUN_CACHE_DIR, { recursive: true });
process.env['FASHEN_TEST_RUN_DIR'] = RUN_TMP_DIR;

// Config files are the one place a default export is required (by vitest itself).
export default defineConfig({
  test: {
    // Timeouts only stop a hung test; they never measure speed (that is `npm run bench`). A test that
    // loads the whole demo took 66 s on a 2-core machine at a load average of 20, so the guard is
    // generous: a slow machine must not fail a correct test.
    testTimeout: 240_000,
    // The font checks' cache (main/core/documents/font-cache.ts) goes to a folder of this run, not
    // the user's ~/.cache: no test depends on what an earlier run left there.
    // Fonts' cut copies (font-subsets.ts) are off: a copy made in the background mid-test would
    // change which font file a later PDF of the same test embeds. font-subsets.test.ts turns them on.
    // The backup's worker threads run from a bundle made once for the run (tests/setup/worker-bundles.ts).
    env: {
      FASHEN_CACHE_DIR: process.env['FASHEN_CACHE_DIR'] ?? RUN_CACHE_DIR,
      FASHEN_FONT_SUBSETS: '0',
      FASHEN_BACKUP_WORKER_FILE: WORKER_BUNDLE,
      TMPDIR: RUN_TMP_DIR,
      TEMP: RUN_TMP_DIR,
      TMP: RUN_TMP_DIR,
    },
    globalSetup: ['tests/setup/worker-bundles.ts'],
    hookTimeout: 240_000,
    // Test files run in parallel worker threads (cheaper to start than the default child
    // processes). Every file works in its own temporary folders and databases, never in the
    // working directory, so files are independent. At least two at a time: much of a test's time
    // is spent waiting for the disk (fsync) and for child processes, so even a 2-core machine
    // gains from a second file running meanwhile (vitest's default there would be one).
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism()),
    // `extends: true`: in vitest 4 an inline project does not inherit the root options (the timeouts
    // above) unless it says so; without it every test silently ran with the 5 s default.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: NODE_TESTS.map((dir) => `${dir}/**/*.test.ts`),
          exclude: [...configDefaults.exclude, ...mocking],
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'node-isolated', include: mocking, environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['renderer/test/setup.ts'],
        },
      },
    ],
  },
});
