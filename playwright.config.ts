import { defineConfig } from '@playwright/test';

// End-to-end tests drive browser mode with Debian's Chromium (never a downloaded browser).
// Each test starts its own server on a free port with its own temporary data folder (fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  // Timeouts only stop a test that hangs; every wait is for an event (a row, a heading, a notice).
  // Issuing a paper renders its first PDF in a fresh server: at a load average of 15 on two cores
  // that took over 10 s, and a correct test failed on the clock. Speed is `npm run bench`'s job.
  timeout: 240_000,
  expect: { timeout: 45_000 },
  fullyParallel: true,
  workers: 2,
  // CI retries a failed test once so one timing hiccup on a loaded machine does not sink a submission;
  // the list reporter marks such a test "flaky", and a flaky test is a bug to fix, not to live with.
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'America/Los_Angeles', // deliberately not the office's zone: the screens must show office time whatever the PC says
    viewport: { width: 1366, height: 860 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
