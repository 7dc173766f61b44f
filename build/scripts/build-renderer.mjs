// `npm run build:renderer` (vite build of the renderer into dist/renderer/), and, with --if-stale,
// the same only when dist/renderer/ was not built from the sources as they are now: the e2e tests
// run it first, and in CI the renderer was built a few minutes earlier by `npm ci`'s prepare step.
// "As they are now" is the newest modification time and the number of files under renderer/ and
// shared/ (tests excluded) plus the build's own configuration, recorded in dist/renderer.stamp.json.
//
// Usage: node build/scripts/build-renderer.mjs [--if-stale]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesStamp } from '../../bin/cli-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const STAMP_FILE = join(root, 'dist', 'renderer.stamp.json');
const SOURCE_DIRS = ['renderer', 'shared'];
const CONFIG_FILES = ['vite.config.ts', 'package-lock.json', 'build/scripts/build-renderer.mjs'];
/** Everything the bundle is built from: not the renderer's tests and their setup folder. */
const isSource = (name) => !/\.test\.tsx?$/.test(name) && !name.split(/[\\/]/).includes('test');

function isFresh(stamp) {
  if (!stamp) return false;
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) return false;
  try {
    const built = JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
    return built.newest === stamp.newest && built.count === stamp.count;
  } catch {
    return false;
  }
}

const stamp = filesStamp(root, SOURCE_DIRS, isSource, CONFIG_FILES);
if (process.argv.includes('--if-stale') && isFresh(stamp)) {
  console.log('renderer: dist/renderer is up to date with its sources, not rebuilt');
} else {
  const { build } = await import('vite');
  process.chdir(root); // vite.config.ts's paths are relative to the repository
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP_FILE, `${JSON.stringify(stamp)}\n`);
}
