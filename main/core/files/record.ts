import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { sha256, writeFileAtomic } from './atomic';

export interface FileToWrite {
  /** Relative to the root folder, with / or the platform's separator, e.g. "documents/2025/000001-x.pdf". */
  path: string;
  bytes: Uint8Array;
}

export interface WrittenFile {
  /** As given, normalised to forward slashes: what to store in the database. */
  path: string;
  sha256: string;
  size: number;
}

/** Normalises a stored relative path to forward slashes, so records read the same on every OS. */
export function storedPath(path: string): string {
  return path.split(sep).join('/').replace(/\\/g, '/');
}

/**
 * The absolute path of a file recorded relative to `root`. A path that would land outside the
 * root (../, an absolute path, a drive letter) is refused: records never point elsewhere.
 */
export function resolveInside(root: string, path: string): string {
  const native = path.replace(/[\\/]/g, sep);
  const full = normalize(join(root, native));
  const rel = relative(root, full);
  if (
    path.trim() === '' ||
    isAbsolute(native) ||
    /^[a-zA-Z]:/.test(path) ||
    rel === '' ||
    rel.startsWith('..') ||
    isAbsolute(rel)
  ) {
    throw new AppError('UNSAFE_PATH', `文件路径“${path}”不在数据文件夹内，已拒绝写入`);
  }
  return full;
}

/**
 * Writes files and records them so that a record never exists without its whole file:
 *
 *   1. each file is written whole (temp file, fsync, rename, fsync of the folder);
 *   2. then `record` runs in one transaction (e.g. the numbered row with the files' hashes);
 *   3. if the transaction fails, the files just written are removed again.
 *
 * A crash after 1 and before 2 commits leaves whole files that nothing records; a crash during 1
 * leaves only temp files. sweepOrphanFiles cleans both up on the next start. What cannot happen is
 * a record pointing at a missing or half-written file. Call it outside any open transaction: an
 * outer rollback after this returns would undo the record and leave the files as orphans.
 * Existing files are never overwritten: an issued file is immutable.
 */
export function writeFilesThenRecord<T>(
  db: Db,
  root: string,
  files: readonly FileToWrite[],
  record: (written: WrittenFile[]) => T,
): T {
  const targets = files.map((file) => ({ file, full: resolveInside(root, file.path) }));
  const seen = new Set<string>();
  for (const { file, full } of targets) {
    if (existsSync(full) || seen.has(full))
      throw new AppError('FILE_EXISTS', `文件“${storedPath(file.path)}”已存在，不能覆盖已出具的文件`);
    seen.add(full);
  }
  const done: string[] = [];
  const removeDone = () => {
    for (const full of done) rmSync(full, { force: true });
  };
  try {
    for (const { full, file } of targets) {
      writeFileAtomic(full, file.bytes);
      done.push(full);
    }
  } catch (error) {
    removeDone();
    throw error;
  }
  const written = targets.map(({ file }) => ({
    path: storedPath(file.path),
    sha256: sha256(file.bytes),
    size: file.bytes.length,
  }));
  try {
    return db.transaction(() => record(written))();
  } catch (error) {
    // Not flushed: if this removal is lost in a crash, the sweep finds an unrecorded file.
    removeDone();
    throw error;
  }
}
