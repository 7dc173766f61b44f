// The anchor: the audit chain's length and newest hash, kept in a small file beside the database
// (audit-anchor.json in the data folder), outside it. The chain alone shows an edited row, but not
// rows cut off its end, a database put back to an older copy, or a well-formed row appended by
// hand: the anchor does, unless whoever did it also rewrote this file (README, "Your data").
//
// The file is brought up to date after each write transaction is over (committed or rolled
// back), from what the database then holds, and replaced atomically. better-sqlite3 runs a
// transaction synchronously, so a microtask queued by appendAudit runs once it is over.

import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../../db/open';
import { writeFileAtomic } from '../files/atomic';
import { sql } from '../../db/sql';

export const ANCHOR_FILE = 'audit-anchor.json';

export interface AnchorState {
  rows: number;
  head: string;
}

export interface AnchorFile extends AnchorState {
  format: 1;
  /** When the file was last written (for the report only). */
  updatedAt: string;
}

const GENESIS = '0'.repeat(64);

/** The anchor file of a database file (beside it, in the data folder). */
export function anchorPath(databasePath: string): string {
  return join(dirname(databasePath), ANCHOR_FILE);
}

/** The anchor as written; undefined if there is none, 'unreadable' if it is not ours. */
export function readAnchorFile(databasePath: string): AnchorFile | undefined | 'unreadable' {
  const path = anchorPath(databasePath);
  if (!existsSync(path)) return undefined;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<AnchorFile>;
    if (
      value.format !== 1 ||
      typeof value.rows !== 'number' ||
      typeof value.head !== 'string' ||
      !/^[0-9a-f]{64}$/.test(value.head)
    )
      return 'unreadable';
    return { format: 1, rows: value.rows, head: value.head, updatedAt: String(value.updatedAt ?? '') };
  } catch {
    return 'unreadable';
  }
}

function headOf(db: Db): AnchorState {
  const row = sql.get<{ rows: number; head: string | null }>(
    db,
    'SELECT COUNT(*) AS rows, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS head FROM audit_log',
  )!;
  return { rows: row.rows, head: row.head ?? GENESIS };
}

/**
 * Writes the anchor from what the database at `databasePath` holds now (committed). Another
 * program on the same folder may have written a newer one meanwhile: an anchor further along the
 * same chain is kept.
 */
export function writeAnchor(db: Db, databasePath: string): void {
  const now = headOf(db);
  const existing = readAnchorFile(databasePath);
  if (
    existing !== undefined &&
    existing !== 'unreadable' &&
    existing.rows > now.rows &&
    sql.get(db, 'SELECT 1 FROM audit_log WHERE hash = ?', existing.head) !== undefined
  )
    return;
  const file: AnchorFile = { format: 1, ...now, updatedAt: new Date().toISOString() };
  writeFileAtomic(anchorPath(databasePath), Buffer.from(`${JSON.stringify(file)}\n`, 'utf8'));
}

const scheduled = new WeakSet<Db>();
const held = new WeakSet<Db>();

/**
 * While a batch (`fashen demo`) keeps one transaction open over many commands, their anchor updates
 * would each open a reader and write the file for a chain that has not moved: the batch writes the
 * anchor once it commits. Returns the release.
 */
export function holdAnchorUpdates(db: Db): () => void {
  held.add(db);
  return () => held.delete(db);
}

/** After the transaction that appended to the chain is over: the anchor follows. In-memory databases have none. */
export function scheduleAnchorUpdate(db: Db): void {
  if (db.memory || scheduled.has(db) || held.has(db)) return;
  scheduled.add(db);
  const path = db.name;
  queueMicrotask(() => {
    scheduled.delete(db);
    // A folder removed meanwhile (a test's temporary folder) gets no anchor; nor is it recreated.
    if (!existsSync(dirname(path))) return;
    try {
      if (db.open && !db.inTransaction) writeAnchor(db, path);
      else {
        const reader = new Database(path, { readonly: true, fileMustExist: true });
        try {
          writeAnchor(reader, path);
        } finally {
          reader.close();
        }
      }
    } catch (error) {
      // The check reports a lagging anchor; the user's command has already succeeded.
      console.warn('[fashen] could not update the audit anchor:', error);
    }
  });
}
