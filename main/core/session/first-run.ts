import type { Db } from '../../db/open';
import { getSetting, setSetting } from './settings';
import { sql } from '../../db/sql';

const SKIPPED = 'setup.dismissed';

/**
 * The setup wizard opens by itself only on a truly empty database (no office, no staff, no cases)
 * that nobody has dismissed it on; afterwards it stays reachable from 设置.
 */
export function setupNeeded(db: Db): boolean {
  if (getSetting(db, SKIPPED) === '1') return false;
  const hasAnything = sql.get<{ any: number }>(
    db,
    'SELECT EXISTS (SELECT 1 FROM office) OR EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM cases) AS any',
  )!;
  return hasAnything.any === 0;
}

export function dismissSetup(db: Db): void {
  setSetting(db, SKIPPED, '1');
}
