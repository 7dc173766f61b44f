import { defineConfig } from 'vitest/config';

// Config files are the one place a default export is required (by vitest itself).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
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
