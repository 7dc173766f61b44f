import { defineConfig } from '@playwright/test';

// The real desktop app under Playwright's Electron support (tests/electron/). Run it with
// `npm run test:electron` (build/scripts/test-electron.mjs), which builds the app first and says
// plainly when it cannot run here. Each test launches its own app on its own temporary data folder;
// one worker, because each launch is a whole Electron with its own GPU and renderer processes.
// Config files are the one place a default export is required (the lint exemption covers root-level
// config files only, hence the comment below).
// eslint-disable-next-line no-restricted-exports -- Playwright reads the config's default export
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
