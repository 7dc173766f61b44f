// `npm start`: builds the renderer and the main process, then starts the desktop app from the
// repo root. Arguments after `--` go to the app (e.g. `npm start -- --data-dir ./.data`).
// Where the Electron binary is missing (it could not be downloaded), says so plainly and points
// to browser mode instead of failing with a stack trace.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** The Electron binary's path, or undefined when the package or its download is missing. */
function findElectronBinary() {
  try {
    // The electron package's main export is the path of the binary its postinstall downloaded;
    // it throws when that download never happened.
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

function explainMissingElectron() {
  console.error(
    [
      '',
      '本机没有安装 Electron 运行程序（安装依赖时未能下载），因此无法启动桌面版。',
      '  · 在能联网的电脑上，于项目文件夹中运行：npm install electron',
      '  · 或者使用浏览器版，功能完全相同：npm run serve',
      '',
      'The Electron binary is not installed on this machine (it could not be downloaded during',
      'npm install), so the desktop app cannot start.',
      '  · On a machine with network access, run in the project folder: npm install electron',
      '  · Or use browser mode, which is the same app: npm run serve',
      '',
    ].join('\n'),
  );
}

/** Runs a Node script to completion; exits this process if it fails. */
function runNode(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: ${label} failed (${result.error?.message ?? `exit code ${String(result.status)}`})`);
    process.exit(result.status ?? 1);
  }
}

const electronBinary = findElectronBinary();
if (!electronBinary) {
  explainMissingElectron();
  process.exit(1);
}

const viteCli = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
runNode('renderer build (vite build)', [viteCli, 'build', '--logLevel', 'warn']);
runNode('main build (build-main.mjs)', [join(root, 'build', 'scripts', 'build-main.mjs'), '--dev']);

const env = { ...process.env };
// Set by some tools; it would make the binary behave as plain Node and never open a window.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`start: could not run ${electronBinary}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
