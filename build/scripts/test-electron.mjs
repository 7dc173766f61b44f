// `npm run test:electron`: the desktop suite in tests/electron (Playwright's Electron support)
// against the real app. It needs the Electron binary, which npm cannot always download (it is an
// optional dependency), and a display. Where either is missing this script prints ONE line saying
// the suite was SKIPPED and why, and exits 0, so `npm test` passes on such machines without
// pretending the suite ran. Set FASHEN_REQUIRE_ELECTRON=1 (e.g. on a CI runner that has Electron)
// to turn a skip into a failure.
//
// Otherwise: builds the renderer and the main bundles as shipped (no source maps), then runs
// Playwright with tests/electron/playwright.electron.config.ts. Extra arguments go to Playwright,
// e.g. `npm run test:electron -- -g 出具文书`.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const mustRun = process.env.FASHEN_REQUIRE_ELECTRON === '1';

/** The Electron binary's path, or undefined when the package or its download is missing. */
function findElectronBinary() {
  try {
    // The electron package's main export is the path of the binary its postinstall downloaded.
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

function onPath(program) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, program)));
}

function skip(reason) {
  console.log(`test:electron: SKIPPED — ${reason}; the desktop suite in tests/electron did NOT run.`);
  if (mustRun) {
    console.error('test:electron: FASHEN_REQUIRE_ELECTRON=1, so a skip is a failure.');
    process.exit(1);
  }
  process.exit(0);
}

function runNode(label, args, options = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`test:electron: ${label} failed (exit code ${String(result.status)})`);
    process.exit(result.status ?? 1);
  }
}

const electronBinary = findElectronBinary();
if (!electronBinary) {
  skip(
    'the Electron binary is not installed here (npm could not download it; run `npm install electron` where the network allows)',
  );
}

// Electron on Linux needs an X or Wayland display; a headless runner can lend it one with Xvfb.
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const useXvfb = headlessLinux && onPath('xvfb-run');
if (headlessLinux && !useXvfb)
  skip('there is no display (DISPLAY is unset) and xvfb-run is not installed (apt-get install xvfb)');

const viteCli = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
runNode('renderer build (vite build)', [viteCli, 'build', '--logLevel', 'warn']);
runNode('main build (build-main.mjs)', [join(root, 'build', 'scripts', 'build-main.mjs')]);

const playwrightCli = join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const playwrightArgs = [
  playwrightCli,
  'test',
  '-c',
  join('tests', 'electron', 'playwright.electron.config.ts'),
  ...process.argv.slice(2),
];
const env = { ...process.env, FASHEN_ELECTRON_BINARY: electronBinary };
delete env.ELECTRON_RUN_AS_NODE;
console.log(`test:electron: running the desktop suite with ${electronBinary}${useXvfb ? ' under xvfb-run' : ''}`);
const result = useXvfb
  ? spawnSync('xvfb-run', ['-a', process.execPath, ...playwrightArgs], { cwd: root, stdio: 'inherit', env })
  : spawnSync(process.execPath, playwrightArgs, { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
