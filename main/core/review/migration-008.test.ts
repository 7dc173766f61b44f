// Migration 008 (review chain) on a database written before it: party types split with notes,
// 92… codes become 个体工商户, the merged 责令停产停业、责令关闭 kind is split, countersigned rounds
// and whoever countersigned them are noted. Named by content, not number: it is renumbered at merge.

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { loadMigrations, migrate } from '../../db/migrate';

const NOW = '2025-06-01T00:00:00.000Z';

describe('migration: review chain', () => {
  it('migrates earlier cases, staff and countersigned rounds, each change with a note', () => {
    const all = loadMigrations();
    const index = all.findIndex((migration) => migration.name === 'review_chain');
    expect(index).toBeGreaterThan(0);
    const db = openDatabase(':memory:', { migrate: false });
    migrate(db, all.slice(0, index));
    db.prepare(
      `INSERT INTO staff (id, name, roles, created_at, updated_at) VALUES
        (1, '王建国', '["handler"]', @now, @now), (2, '刘晓燕', '["handler"]', @now, @now),
        (3, '陈静', '["reviewer"]', @now, @now), (4, '张志强', '["head"]', @now, @now)`,
    ).run({ now: NOW });
    const addCase = db.prepare(
      `INSERT INTO cases (id, case_number, cause, party_type, party_name, party_id_code, facts, found_on, penalty_kinds,
         discretion, hearing_held, created_at, updated_at)
       VALUES (?, ?, '案由', ?, '当事人', ?, '事实', '2025-05-01', ?, 'standard', ?, @now, @now)`,
    );
    addCase.run(1, '1号', 'citizen', '11010519491231002X', '["fine"]', 0, { now: NOW });
    addCase.run(2, '2号', 'organization', '92500102MA60AB12X0', '["fine"]', 0, { now: NOW });
    addCase.run(3, '3号', 'organization', '91350100M000100Y43', '["fine","order-closure"]', 1, { now: NOW });
    db.prepare(
      `INSERT INTO review_rounds (id, case_id, round_no, state, profile_id, profile_version, decision_json, decision_date,
         triggers_json, review_required, submitted_at, submitted_by, reviewer_id, head_id, materials_accepted_at,
         chosen_opinion, override_reason, suggested_opinion, suggestion_explanation, reviewer_signed_at, reviewer_signed_by,
         signed_at, signed_by, locked, created_at, updated_at)
       VALUES (1, 3, 1, 'signed', 'fuling', 1, '{}', '2025-05-20', '{"triggers":[]}', 1, @now, '王建国', 3, 4, @now,
         1, '另有考虑', 5, '第9项涉嫌犯罪', @now, '陈静', @now, '张志强', 1, @now, @now)`,
    ).run({ now: NOW });

    migrate(db, all.slice(0, index + 1));
    const cases = db
      .prepare('SELECT id, party_type, party_kind, penalty_kinds, hearing_requested FROM cases ORDER BY id')
      .all();
    expect(cases).toEqual([
      { id: 1, party_type: 'citizen', party_kind: 'citizen', penalty_kinds: '["fine"]', hearing_requested: 0 },
      {
        id: 2,
        party_type: 'citizen',
        party_kind: 'individual-business',
        penalty_kinds: '["fine"]',
        hearing_requested: 0,
      },
      {
        id: 3,
        party_type: 'organization',
        party_kind: 'legal-person',
        penalty_kinds: '["fine","order-suspension"]',
        hearing_requested: 1,
      },
    ]);
    const notes = (entity: string, id: number) =>
      (
        db.prepare('SELECT note FROM data_notes WHERE entity = ? AND entity_id = ?').pluck().all(entity, id) as string[]
      ).join('\n');
    expect(notes('case', 1)).toBe('');
    expect(notes('case', 2)).toContain('个体工商户');
    expect(notes('case', 3)).toContain('法人');
    expect(notes('case', 3)).toContain('责令停产停业');
    expect(notes('review_round', 1)).toContain('负责人会签');
    expect(notes('review_round', 1)).toContain('与九项审核结论建议的意见5不一致');
    expect(JSON.parse(db.prepare('SELECT roles FROM staff WHERE id = 4').pluck().get() as string)).toEqual([
      'head',
      'review-head',
    ]);
    expect(notes('staff', 4)).toContain('法制审核机构负责人');
    // The signed round itself is untouched and still locked.
    expect(db.prepare('SELECT chosen_opinion, locked FROM review_rounds WHERE id = 1').get()).toEqual({
      chosen_opinion: 1,
      locked: 1,
    });
    // party_type stays the money line of party_kind.
    expect(() => db.prepare("UPDATE cases SET party_kind = 'legal-person' WHERE id = 2").run()).toThrow();
    db.close();
  });
});
