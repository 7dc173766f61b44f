// Where the fonts' cut copies (font-subsets.ts) are kept, and how the folder stays small: one
// record (<key>.json) and one copy (<key>-<made>.otf) per face of a font, in the per-user font
// cache's subsets/ folder. Records are written whole (writeFileAtomic); copies are never
// rewritten in place, a newer copy gets a new name and the record then names it.

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isTempFile, writeFileAtomic } from '../files/atomic';
import { fontCacheDir } from './font-cache';

/** Raised when what a copy holds or how it is made changes: older copies are then made again. */
export const SUBSET_VERSION = 2;
/** Records kept: beyond this the oldest go, with their copies (an office has a handful of fonts). */
const MAX_RECORDS = 16;
/** Age past which a temporary file or a copy no record names is a leftover (a build takes seconds). */
const LEFTOVER_MS = 60 * 60 * 1000;

/** What the cache holds for one face of one font file. */
export interface SubsetRecord {
  readonly version: number;
  /** The face's PostScript name, which the copy must carry too. */
  readonly postscriptName: string | null;
  /** The copy's file name in the folder, or absent when it could not be made. */
  readonly file?: string;
  /** Characters beyond the base that the copy holds (or was asked to hold). */
  readonly extra: string;
  /** Why no copy can be made of this font (HarfBuzz cannot cut it, the copy failed its check). */
  readonly failed?: string;
}

/** The folder of copies, or null when they are off (FASHEN_FONT_SUBSETS=0) or there is no cache folder. */
export function subsetFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['FASHEN_FONT_SUBSETS']?.trim() === '0') return null;
  const dir = fontCacheDir(env);
  return dir ? join(dir, 'subsets') : null;
}

export function recordFile(folder: string, key: string): string {
  return join(folder, `${key}.json`);
}

/** A new copy's file name: unique across processes building the same face at the same moment. */
export function newCopyName(key: string): string {
  return `${key}-${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.otf`;
}

export function readRecord(file: string): SubsetRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<SubsetRecord>;
    if (record.version !== SUBSET_VERSION || typeof record.extra !== 'string') return null;
    return record as SubsetRecord;
  } catch {
    return null;
  }
}

/** Writes a record whole; throws when the folder cannot be written (the caller gives up for this run). */
export function writeRecord(file: string, record: SubsetRecord): void {
  writeFileAtomic(file, Buffer.from(JSON.stringify(record), 'utf8'));
}

function ageOf(path: string, now: number): number {
  try {
    return now - statSync(path).mtimeMs;
  } catch {
    return 0; // Gone already, or unreadable: left alone.
  }
}

/**
 * Keeps the folder small before a copy is made: temporary files and copies no record names (a
 * process stopped mid-build, two processes replacing one record at once) older than an hour go,
 * and past MAX_RECORDS the least recently written records go with their copies. Never throws.
 */
export function pruneFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    const now = Date.now();
    const names = readdirSync(folder);
    const records = names
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ name, age: ageOf(join(folder, name), now) }))
      .sort((a, b) => a.age - b.age);
    for (const { name } of records.slice(MAX_RECORDS)) rmSync(join(folder, name), { force: true });
    const named = new Set(
      records
        .slice(0, MAX_RECORDS)
        .map(({ name }) => readRecord(join(folder, name))?.file)
        .filter((file): file is string => file !== undefined),
    );
    for (const name of names) {
      // The worker's temporary copies end in .tmp; a record's, written by writeFileAtomic, as isTempFile says.
      const leftover = name.endsWith('.tmp') || isTempFile(name) || (name.endsWith('.otf') && !named.has(name));
      if (leftover && ageOf(join(folder, name), now) > LEFTOVER_MS) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // A folder that cannot be listed or cleaned: the copies still work, the cleaning waits.
  }
}
