import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDir, ensurePrivateFile } from './private-files';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * The one place every pragma is set. WAL lets the UI read while a command writes;
 * synchronous=FULL because office PCs get switched off at the wall; foreign keys are off by
 * default in SQLite and we rely on them.
 */
export function openDatabase(path: string, options: { migrate?: boolean } = {}): Db {
  if (path !== ':memory:') {
    ensurePrivateDir(dirname(path));
    ensurePrivateFile(path);
    for (const side of [`${path}-wal`, `${path}-shm`]) if (existsSync(side)) ensurePrivateFile(side);
  }
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (options.migrate !== false) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
