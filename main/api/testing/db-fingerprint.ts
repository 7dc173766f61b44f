// Test-only: proves a refused command changed nothing — every table's rows, read through a second,
// read-only connection to the data folder a test backend serves.

import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ApiError } from '../../../shared/contract/envelope';
import { DATABASE_FILE } from '../backend';

export function dbFingerprint(dataDir: string): string {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      hash
        .update(table)
        .update(
          JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all(), (_key, value: unknown) =>
            Buffer.isBuffer(value) ? value.toString('hex') : value,
          ),
        );
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

interface Failing {
  dataDir: string;
  fail(method: string, input: unknown): Promise<ApiError>;
}

/** Calls a method that must be refused, checks the database is exactly as before, and returns the refusal. */
export async function refusedUnchanged(env: Failing, method: string, input: unknown): Promise<ApiError> {
  const before = dbFingerprint(env.dataDir);
  const error = await env.fail(method, input);
  if (dbFingerprint(env.dataDir) !== before) throw new Error(`${method} was refused but changed the database`);
  return error;
}
