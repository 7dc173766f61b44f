import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './open';
import { loadMigrations, migrate, schemaVersion } from './migrate';

function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'fashen-mig-')), 'test.db');
}

describe('migrations', () => {
  it('apply in order on a fresh database and are recorded', () => {
    const db = openDatabase(tempDbPath());
    const latest = loadMigrations().at(-1)?.version;
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('each migration applies on top of the previous ones', () => {
    const all = loadMigrations();
    for (let n = 1; n <= all.length; n++) {
      const version = all[n - 1]?.version;
      const db = openDatabase(':memory:', { migrate: false });
      expect(migrate(db, all.slice(0, n))).toEqual({ from: 0, to: version });
      expect(migrate(db, all.slice(0, n))).toEqual({ from: version, to: version });
      db.close();
    }
  });

  it('applies a lower-numbered migration merged after a higher one (numbers may leave gaps)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fashen-migdir-'));
    writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
    writeFileSync(join(dir, '020_c.sql'), 'CREATE TABLE c (x INTEGER) STRICT;');
    const db = openDatabase(':memory:', { migrate: false });
    expect(migrate(db, loadMigrations(dir))).toEqual({ from: 0, to: 20 });
    writeFileSync(join(dir, '008_b.sql'), 'CREATE TABLE b (x INTEGER) STRICT;');
    expect(migrate(db, loadMigrations(dir))).toEqual({ from: 20, to: 20 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe('b');
    writeFileSync(join(dir, '020_d.sql'), '');
    expect(() => loadMigrations(dir)).toThrow(/distinct/);
    db.close();
  });

  it('refuses a database written by a newer version and changes nothing', () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    db.close();
    expect(() => openDatabase(path)).toThrow(/更新版本/);
  });

  it('rolls back every pending migration when one fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fashen-migdir-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '001_ok.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
    writeFileSync(join(dir, '002_bad.sql'), 'CREATE TABLE b (x INTEGER) STRICT; SELECT * FROM missing_table;');
    const db = openDatabase(':memory:', { migrate: false });
    expect(() => migrate(db, loadMigrations(dir))).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('a', 'b')").all()).toEqual([]);
    db.close();
  });

  it('makes the audit log append-only', () => {
    const db = openDatabase(':memory:');
    db.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, prev_hash, hash) VALUES ('t','a','x','e','1','s','0','h')",
    ).run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});
