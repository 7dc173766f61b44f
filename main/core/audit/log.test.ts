import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { appendAudit, verifyAuditChain } from './log';

function entry(n: number) {
  return {
    at: `2025-01-0${n}T00:00:00.000Z`,
    actor: '张三',
    action: 'case.create',
    entity: 'case',
    entityId: String(n),
    summary: `登记案件 ${n}`,
    before: undefined,
    after: { n },
  };
}

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    const db = openDatabase(':memory:');
    for (let n = 1; n <= 3; n++) appendAudit(db, entry(n));
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 3 });
  });

  it('finds the first row edited behind the app’s back', () => {
    const db = openDatabase(':memory:');
    for (let n = 1; n <= 4; n++) appendAudit(db, entry(n));
    // Someone with a SQLite tool drops the guard trigger and rewrites history.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = '李四' WHERE id = 2").run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtId: 2 });
  });
});
