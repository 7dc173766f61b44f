// Office profiles in the database: one row per profile, one immutable row per saved version.

import { ruleProfileSchema, type RuleProfile } from '../../../shared/domain/profile';
import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

export interface StoredVersion {
  profile: RuleProfile;
  version: number;
  note: string;
  createdAt: string;
  createdBy: string;
}

export interface StoredProfileHead {
  id: string;
  basedOnId: string;
  basedOnVersion: number;
  latest: StoredVersion;
}

interface VersionRow {
  profile_id: string;
  version: number;
  profile_json: string;
  note: string;
  created_at: string;
  created_by: string;
}

function toVersion(row: VersionRow): StoredVersion {
  // Parsed again on the way out: a row edited behind the app's back fails loudly, not silently.
  const profile = ruleProfileSchema.parse(JSON.parse(row.profile_json));
  return { profile, version: row.version, note: row.note, createdAt: row.created_at, createdBy: row.created_by };
}

export function storedVersion(db: Db, id: string, version: number | null): StoredVersion | null {
  const row =
    version === null
      ? sql.get<VersionRow>(
          db,
          'SELECT * FROM office_profile_versions WHERE profile_id = ? ORDER BY version DESC LIMIT 1',
          id,
        )
      : sql.get<VersionRow>(
          db,
          'SELECT * FROM office_profile_versions WHERE profile_id = ? AND version = ?',
          id,
          version,
        );
  return row ? toVersion(row) : null;
}

export function storedVersionList(db: Db, id: string): Array<Omit<StoredVersion, 'profile'>> {
  const rows = sql.all<Pick<VersionRow, 'version' | 'note' | 'created_at' | 'created_by'>>(
    db,
    'SELECT version, note, created_at, created_by FROM office_profile_versions WHERE profile_id = ? ORDER BY version DESC',
    id,
  );
  return rows.map((row) => ({
    version: row.version,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  }));
}

export function storedProfiles(db: Db): StoredProfileHead[] {
  const heads = sql.all<{
    id: string;
    based_on_id: string;
    based_on_version: number;
  }>(db, 'SELECT id, based_on_id, based_on_version FROM office_profiles ORDER BY created_at, id');
  return heads.flatMap((head) => {
    const latest = storedVersion(db, head.id, null);
    return latest ? [{ id: head.id, basedOnId: head.based_on_id, basedOnVersion: head.based_on_version, latest }] : [];
  });
}

export function isStoredProfileId(db: Db, id: string): boolean {
  return sql.get(db, 'SELECT 1 FROM office_profiles WHERE id = ?', id) !== undefined;
}

export function insertStoredProfile(
  db: Db,
  head: { id: string; basedOnId: string; basedOnVersion: number; at: string; by: string },
): void {
  sql.run(
    db,
    'INSERT INTO office_profiles (id, based_on_id, based_on_version, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
    head.id,
    head.basedOnId,
    head.basedOnVersion,
    head.at,
    head.by,
  );
}

export function insertStoredVersion(db: Db, profile: RuleProfile, note: string, at: string, by: string): void {
  sql.run(
    db,
    'INSERT INTO office_profile_versions (profile_id, version, profile_json, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    profile.id,
    profile.version,
    JSON.stringify(profile),
    note,
    at,
    by,
  );
}

export function pinnedCaseCount(db: Db, id: string): number {
  return sql.get<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM case_profile_pins WHERE profile_id = ?', id)!.n;
}
