import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

export function getSetting(db: Db, key: string): string | null {
  const row = sql.get<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', key);
  return row?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string | null): void {
  if (value === null) sql.run(db, 'DELETE FROM settings WHERE key = ?', key);
  else
    sql.run(
      db,
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      key,
      value,
    );
}
