import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sql } from './sql';

describe('sql (statements kept per connection)', () => {
  it('gives each call its own parameters and sees the table as it is now', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    for (const name of ['甲', '乙']) sql.run(db, 'INSERT INTO t (name) VALUES (?)', name);
    expect(sql.get<{ name: string }>(db, 'SELECT name FROM t WHERE id = ?', 1)?.name).toBe('甲');
    expect(sql.get<{ name: string }>(db, 'SELECT name FROM t WHERE id = ?', 2)?.name).toBe('乙');
    // A kept `SELECT *` after the table gained a column (a migration) returns the new column too.
    expect(sql.all(db, 'SELECT * FROM t ORDER BY id')).toEqual([
      { id: 1, name: '甲' },
      { id: 2, name: '乙' },
    ]);
    db.exec("ALTER TABLE t ADD COLUMN note TEXT NOT NULL DEFAULT ''");
    expect(sql.all(db, 'SELECT * FROM t ORDER BY id')).toEqual([
      { id: 1, name: '甲', note: '' },
      { id: 2, name: '乙', note: '' },
    ]);
    db.close();
  });

  it('keeps a bounded number of statements and still answers every text', () => {
    const db = new Database(':memory:');
    for (let n = 0; n < 1_000; n++) expect(sql.get<{ n: number }>(db, `SELECT ${n} AS n`)?.n).toBe(n);
    expect(sql.get<{ n: number }>(db, 'SELECT 0 AS n')?.n).toBe(0);
    db.close();
  });

  it('a closed connection is not reused through its kept statements', () => {
    const db = new Database(':memory:');
    expect(sql.get<{ one: number }>(db, 'SELECT 1 AS one')?.one).toBe(1);
    db.close();
    expect(() => sql.get(db, 'SELECT 1 AS one')).toThrow(/not open/);
  });
});
