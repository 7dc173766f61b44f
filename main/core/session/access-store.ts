import type { Db } from '../../db/open';
import type { StaffAccess } from '../../../shared/contract/session';
import { sql } from '../../db/sql';

// The only SQL about staff_access (migration 013): secrets' hashes, the admin flag, the lock.

export interface AccessRow {
  staffId: number;
  name: string;
  active: boolean;
  roles: string[];
  admin: boolean;
  secretHash: string | null;
  failedAttempts: number;
  lockedUntil: string | null;
}

interface RawRow {
  id: number;
  name: string;
  active: number;
  roles: string;
  admin: number | null;
  secret_hash: string | null;
  failed_attempts: number | null;
  locked_until: string | null;
}

const SELECT = `SELECT s.id, s.name, s.active, s.roles, a.admin, a.secret_hash, a.failed_attempts, a.locked_until
  FROM staff s LEFT JOIN staff_access a ON a.staff_id = s.id`;

function toRow(raw: RawRow): AccessRow {
  const roles = JSON.parse(raw.roles) as string[];
  return {
    staffId: raw.id,
    name: raw.name,
    active: raw.active === 1,
    roles,
    // Unless the office says otherwise, the head (行政执法机关负责人) administers.
    admin: raw.admin === null ? roles.includes('head') : raw.admin === 1,
    secretHash: raw.secret_hash,
    failedAttempts: raw.failed_attempts ?? 0,
    lockedUntil: raw.locked_until,
  };
}

export function accessRow(db: Db, staffId: number): AccessRow | undefined {
  const raw = sql.get<RawRow>(db, `${SELECT} WHERE s.id = ?`, staffId);
  return raw && toRow(raw);
}

export function allAccessRows(db: Db): AccessRow[] {
  return sql.all<RawRow>(db, `${SELECT} ORDER BY s.active DESC, s.id`).map(toRow);
}

/** No one holds a secret that lets them administer: the first administrator is still to be set up. */
export function needsFirstAdmin(db: Db): boolean {
  return !allAccessRows(db).some((row) => row.active && row.admin && row.secretHash !== null);
}

export function toStaffAccess(row: AccessRow, now: Date): StaffAccess {
  const locked = row.lockedUntil !== null && row.lockedUntil > now.toISOString();
  return {
    staffId: row.staffId,
    name: row.name,
    active: row.active,
    admin: row.admin,
    hasSecret: row.secretHash !== null,
    lockedUntil: locked ? row.lockedUntil : null,
  };
}

function ensureRow(db: Db, staffId: number): void {
  sql.run(db, 'INSERT INTO staff_access (staff_id) VALUES (?) ON CONFLICT (staff_id) DO NOTHING', staffId);
}

export function storeSecretHash(db: Db, staffId: number, hash: string, at: string): void {
  ensureRow(db, staffId);
  sql.run(
    db,
    'UPDATE staff_access SET secret_hash = ?, secret_set_at = ?, failed_attempts = 0, locked_until = NULL WHERE staff_id = ?',
    hash,
    at,
    staffId,
  );
}

export function storeAdmin(db: Db, staffId: number, admin: boolean): void {
  ensureRow(db, staffId);
  sql.run(db, 'UPDATE staff_access SET admin = ? WHERE staff_id = ?', admin ? 1 : 0, staffId);
}

export function storeFailure(db: Db, staffId: number, failedAttempts: number, lockedUntil: string | null): void {
  ensureRow(db, staffId);
  sql.run(
    db,
    'UPDATE staff_access SET failed_attempts = ?, locked_until = ? WHERE staff_id = ?',
    failedAttempts,
    lockedUntil,
    staffId,
  );
}

export function clearFailures(db: Db, staffId: number): void {
  sql.run(db, 'UPDATE staff_access SET failed_attempts = 0, locked_until = NULL WHERE staff_id = ?', staffId);
}
