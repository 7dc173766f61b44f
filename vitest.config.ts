import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Config files are the one place a default export is required (by vitest itself).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // The font checks' cache (main/core/documents/font-cache.ts) goes to a folder of this run, not
    // the user's ~/.cache: no test depends on what an earlier run left there.
    env: { FASHEN_CACHE_DIR: process.env['FASHEN_CACHE_DIR'] ?? mkdtempSync(join(tmpdir(), 'fashen-test-cache-')) },
    hookTimeout: 60_000,
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
          include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'build/**/*.test.ts', 'tests/**/*.test.ts'],
          environment: 'node',
        },
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
