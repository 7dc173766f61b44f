import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './open';
import { appRoot } from '../platform/app-root';
import { AppError } from '../../shared/errors';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export function migrationsDir(): string {
  return join(appRoot(), 'main', 'db', 'migrations');
}

/**
 * Reads the numbered .sql files; a duplicate number is a programming error caught by tests. Numbers
 * may leave gaps (work on separate branches reserves ranges, e.g. 020 before 008–019 are merged):
 * migrate() applies every migration not yet recorded, so a later-merged lower number still runs.
 */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    const previous = index === 0 ? 0 : (migrations[index - 1]?.version ?? 0);
    if (migration.version <= previous) {
      throw new Error(`migrations must have distinct numbers from 001 up; found ${migration.version} twice`);
    }
  });
  return migrations;
}

export function schemaVersion(db: Db): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies every pending migration in one transaction, so a failure leaves the database as it was.
 * A database written by a newer app is refused, never "upgraded" backwards.
 */
export function migrate(db: Db, migrations: Migration[] = loadMigrations()): { from: number; to: number } {
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new AppError(
      'DB_FROM_NEWER_VERSION',
      `该数据库由更新版本的法审工作台写入（数据结构版本 ${from}），当前程序只支持到版本 ${latest}。请先升级程序再打开，数据未做任何改动。`,
    );
  }
  const applied = new Set(
    from === 0 ? [] : (db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]),
  );
  const pending = migrations.filter((migration) => !applied.has(migration.version));
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  })();
  return { from, to: latest };
}
