import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

// The data folder holds parties' personal data and the staff's secrets' hashes: on POSIX it is
// readable by its owner only (0700 folder, 0600 files), whoever else shares the computer. Windows
// keeps the per-user AppData folder's own permissions.

const POSIX = process.platform !== 'win32';

/** Creates the folder (and parents) owner-only; tightens a folder this app made earlier as 0755. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (POSIX && (statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

/**
 * Creates the file empty and owner-only if it is missing, and tightens it if it exists, so SQLite
 * opens a file nobody else can read (its -wal and -shm files take the database file's mode).
 */
export function ensurePrivateFile(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  if (POSIX && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
}
