import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isTempFile } from './atomic';
import { storedPath } from './record';

export interface SweepOptions {
  /**
   * Whether a finished file (path relative to the root, forward slashes) is recorded in the
   * database. Without it only temp files are removed.
   */
  isRecorded?: (path: string) => boolean;
  /** Where unrecorded files are moved (never deleted: they may matter to a person). */
  quarantineDir?: string;
}

export interface SweepResult {
  /** Unfinished temp files, removed. */
  removedTemps: string[];
  /** Finished files nothing records, moved into the quarantine folder. */
  quarantined: string[];
}

/** Every file under `dir`, as paths relative to `root`; a missing folder has none. */
export function listFiles(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(root, full));
    else if (entry.isFile()) found.push(relative(root, full));
  }
  return found;
}

function freeName(path: string): string {
  if (!existsSync(path)) return path;
  for (let n = 2; ; n++) {
    const candidate = `${path}.${n}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Run on start-up, before anything writes: removes temp files a crash left behind, and (given
 * isRecorded) moves aside finished files that no record points to, i.e. a crash came between
 * writing a file and recording it. After the sweep, every file under the root is a recorded one.
 */
export function sweepOrphanFiles(root: string, options: SweepOptions = {}): SweepResult {
  const result: SweepResult = { removedTemps: [], quarantined: [] };
  for (const rel of listFiles(root)) {
    const full = join(root, rel);
    if (isTempFile(rel)) {
      rmSync(full, { force: true });
      result.removedTemps.push(storedPath(rel));
      continue;
    }
    if (!options.isRecorded || options.isRecorded(storedPath(rel))) continue;
    const quarantineDir = options.quarantineDir ?? join(root, '..', 'orphaned-files');
    const target = freeName(join(quarantineDir, rel));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(full, target);
    result.quarantined.push(storedPath(rel));
  }
  return result;
}
