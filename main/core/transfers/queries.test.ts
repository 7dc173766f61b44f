import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';

// The home page reads open transfers on every visit: those reads must use their indexes.
describe('transfer queries use their indexes', () => {
  const db = openDatabase(':memory:');
  const plan = (sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>)
      .map((row) => row.detail)
      .join(' | ');

  it('finds open transfers out, a case’s transfers and the transfers received that wait on us', () => {
    expect(
      plan('SELECT id FROM transfers_out WHERE state IN (?, ?, ?) ORDER BY id', 'ready', 'sent', 'refused'),
    ).toContain('transfers_out_by_state');
    expect(plan('SELECT id FROM transfers_out WHERE case_id = ? ORDER BY id DESC', 1)).toContain(
      'transfers_out_by_case',
    );
    expect(plan("SELECT id FROM transfers_in WHERE state IN ('registered', 'acknowledged', 'escalated')")).toContain(
      'transfers_in_by_state',
    );
    expect(plan("SELECT id FROM transfers_in WHERE case_id IS NULL AND state IN ('accepted', 'decided')")).toContain(
      'transfers_in_by_state',
    );
    expect(plan('SELECT profile_id FROM case_profile_pins WHERE profile_id = ?', 'x')).toContain(
      'case_profile_pins_by_profile',
    );
  });

  it('pins the profile version of every case at registration, and refuses a second active transfer', () => {
    db.exec(`INSERT INTO office_profiles (id, based_on_id, based_on_version, created_at, created_by) VALUES ('mine', 'fuling', 1, 't', 'a');
      INSERT INTO office_profile_versions (profile_id, version, profile_json, created_at, created_by) VALUES
        ('mine', 1, '{"id":"mine","version":1}', 't', 'a'), ('mine', 2, '{"id":"mine","version":2}', 't', 'a');
      INSERT INTO cases (case_number, cause, party_type, party_name, party_id_code, facts, found_on, penalty_kinds, discretion, profile_id, created_at, updated_at)
        VALUES ('A1', '案由', 'citizen', '某', 'X', '事实', '2025-01-02', '[]', 'standard', 'mine', 't0', 't0');`);
    expect(db.prepare('SELECT profile_id, profile_version FROM case_profile_pins').get()).toEqual({
      profile_id: 'mine',
      profile_version: 2,
    });
    expect(() => db.prepare("UPDATE office_profile_versions SET note = 'x'").run()).toThrow(/never rewritten/);
  });
});
