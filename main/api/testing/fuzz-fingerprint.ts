// Test-only (main/api/fuzz*.test.ts): a print of everything a refused call must leave alone — every
// table's rows and every file in the data folder — compared before and after each hostile call.

import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { listFiles } from '../../core/files/sweep';
import { DATABASE_FILE } from '../backend';

/** Every table's rows: what a failed call must leave alone in the database. */
function tablesPrint(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  // A refused sign-in or signature is written to the audit log and counts toward the lock, by design
  // (issue #14): those rows are the one trace a refusal leaves.
  const select = (table: string) =>
    table === 'audit_log'
      ? "SELECT * FROM audit_log WHERE action <> 'session.refused'"
      : table === 'staff_access'
        ? 'SELECT staff_id, admin, secret_hash, secret_set_at FROM staff_access'
        : `SELECT * FROM "${table}"`;
  for (const table of tables)
    hash
      .update(table)
      .update(
        JSON.stringify(db.prepare(select(table)).raw().all(), (_k, v: unknown) =>
          Buffer.isBuffer(v) ? v.toString('hex') : v,
        ),
      );
  return hash.digest('hex');
}

/**
 * The tables' print, read again only when another connection has committed since the last read:
 * SQLite's `data_version` (per reading connection) changes exactly then. Most hostile calls are
 * refused before they write, so most runs reuse the print instead of reading every table twice.
 */
const printed = new WeakMap<Database.Database, { version: number; print: string }>();
function cachedTablesPrint(db: Database.Database): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const known = printed.get(db);
  if (known?.version === version) return known.print;
  const print = tablesPrint(db);
  printed.set(db, { version, print });
  return print;
}

/** Everything a failed call must leave alone: every table's rows, and every file in the data folder. */
export function fingerprint(db: Database.Database, dataDir: string): string {
  const hash = createHash('sha256').update(cachedTablesPrint(db));
  for (const path of listFiles(dataDir)
    .filter((p) => !p.startsWith(DATABASE_FILE))
    .sort())
    hash.update(path);
  return hash.digest('hex');
}
