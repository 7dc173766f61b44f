// What the CLI bundle (build/scripts/build-cli.mjs) is built from, and whether the current bundle
// is still up to date: the newest modification time and the number of the TypeScript sources under
// main/ and shared/ (tests excluded), plus the build script itself. A few milliseconds for ~300
// files, so every command checks it; a changed, added or removed source triggers a rebuild.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CLI_DIST = join('dist', 'cli');
export const CURRENT_FILE = 'current.json';
const SOURCE_DIRS = ['main', 'shared'];
const BUILD_SCRIPT = join('build', 'scripts', 'build-cli.mjs');

/**
 * { newest, count } of the files under `dirs` of root that `include` accepts (by their path relative
 * to the folder), plus `extraFiles` (newest only; a missing one is skipped); undefined when a folder
 * is missing (no checkout). The renderer's build (build/scripts/build-renderer.mjs) stamps its
 * sources the same way.
 */
export function filesStamp(root, dirs, include, extraFiles = []) {
  let newest = 0;
  let count = 0;
  for (const top of dirs) {
    let names;
    try {
      names = readdirSync(join(root, top), { recursive: true });
    } catch {
      return undefined;
    }
    for (const name of names) {
      if (!include(name)) continue;
      const stats = statSync(join(root, top, name));
      if (!stats.isFile()) continue;
      count += 1;
      newest = Math.max(newest, stats.mtimeMs);
    }
  }
  for (const file of extraFiles) {
    try {
      newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
    } catch {
      // Not there (not a checkout): the stamp is what the folders say.
    }
  }
  return { newest, count };
}

/** { newest, count } of the CLI's sources under root, or undefined when root has no sources (no checkout). */
export function sourcesStamp(root) {
  return filesStamp(
    root,
    SOURCE_DIRS,
    (name) => (name.endsWith('.ts') && !name.endsWith('.test.ts')) || name.endsWith('.cjs'),
    [BUILD_SCRIPT],
  );
}

/** The current bundle's entry file, or undefined when there is none or it is older than the sources. */
export function freshBundle(root) {
  let current;
  try {
    current = JSON.parse(readFileSync(join(root, CLI_DIST, CURRENT_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const entry = join(root, CLI_DIST, current.build, 'fashen.mjs');
  const stamp = sourcesStamp(root);
  if (stamp && (stamp.newest > current.newest || stamp.count !== current.count)) return undefined;
  return entry;
}
