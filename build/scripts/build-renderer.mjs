// `npm run build:renderer` (vite build of the renderer into dist/renderer/), and, with --if-stale,
// the same only when dist/renderer/ was not built from the sources as they are now: the e2e tests
// run it first, and in CI the renderer was built a few minutes earlier by `npm ci`'s prepare step.
// "As they are now" is the newest modification time and the number of files under renderer/ and
// shared/ (tests excluded) plus the build's own configuration, recorded in dist/renderer.stamp.json.
//
// Usage: node build/scripts/build-renderer.mjs [--if-stale]

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const STAMP_FILE = join(root, 'dist', 'renderer.stamp.json');
const SOURCE_DIRS = ['renderer', 'shared'];
const CONFIG_FILES = ['vite.config.ts', 'package-lock.json', 'build/scripts/build-renderer.mjs'];
const isTest = (name) => /\.test\.tsx?$/.test(name) || name.split(/[\\/]/).includes('test');

function sourcesStamp() {
  let newest = 0;
  let count = 0;
  for (const dir of SOURCE_DIRS)
    for (const name of readdirSync(join(root, dir), { recursive: true })) {
      const path = join(root, dir, name);
      if (isTest(name) || !statSync(path).isFile()) continue;
      count += 1;
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  for (const file of CONFIG_FILES) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return { newest, count };
}

function isFresh(stamp) {
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) return false;
  try {
    const built = JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
    return built.newest === stamp.newest && built.count === stamp.count;
  } catch {
    return false;
  }
}

const stamp = sourcesStamp();
if (process.argv.includes('--if-stale') && isFresh(stamp)) {
  console.log('renderer: dist/renderer is up to date with its sources, not rebuilt');
} else {
  const { build } = await import('vite');
  process.chdir(root); // vite.config.ts's paths are relative to the repository
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP_FILE, `${JSON.stringify(stamp)}\n`);
}
