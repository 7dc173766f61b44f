import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Every temporary file we write ends with this, so a sweep after a crash can find and remove
 * them all without guessing: a file with this suffix was never finished, whatever it contains.
 */
export const TEMP_SUFFIX = '.fashen-tmp';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A temp file, or the journal SQLite keeps beside a temp database while writing it. */
export function isTempFile(name: string): boolean {
  return /\.fashen-tmp(-journal|-wal|-shm)?$/.test(name);
}

/** A fresh temporary name beside `path` (same folder, so the final rename stays on one disk). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/**
 * Flushes a folder's entry list, so a rename inside it survives a power cut. Windows cannot open
 * a folder this way (and NTFS journals renames itself), so there the call is skipped.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a finished file's contents to the disk (before it is renamed into place). */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes all bytes to a new file and flushes them to the disk; the file must not exist yet. */
export function writeDurable(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `path` with `bytes` so that, whatever happens, the file is either the old one or the
 * whole new one: write a temp file beside it, flush it, rename it over the target (atomic on one
 * file system), flush the folder. A crash leaves at most a temp file, which sweepTempFiles removes.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    writeDurable(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDir(dirname(path));
}

/** Moves a finished temp file (already flushed) into place and flushes the folder. */
export function commitTempFile(temp: string, path: string): void {
  renameSync(temp, path);
  fsyncDir(dirname(path));
}
