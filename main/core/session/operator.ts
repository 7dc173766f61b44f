import type { Operator } from '../../../shared/contract';
import type { Db } from '../../db/open';
import { AppError } from '../errors';
import { getSetting, setSetting } from './settings';

// The person at the keyboard. The app has no login (one office PC, several colleagues), so the
// user picks who they are; every audit entry is signed with that name.
const KEY = 'operator.staffId';

export function getOperator(db: Db): Operator {
  const id = Number(getSetting(db, KEY));
  if (!id) return { staffId: null, name: null };
  const row = db.prepare('SELECT id, name FROM staff WHERE id = ?').get(id) as { id: number; name: string } | undefined;
  return row ? { staffId: row.id, name: row.name } : { staffId: null, name: null };
}

export function setOperator(db: Db, staffId: number | null): Operator {
  if (staffId !== null) {
    const exists = db.prepare('SELECT 1 FROM staff WHERE id = ? AND active = 1').get(staffId);
    if (!exists) throw new AppError('NOT_FOUND', '所选人员不存在或已停用');
  }
  setSetting(db, KEY, staffId === null ? null : String(staffId));
  return getOperator(db);
}

/** The name written into the audit log for changes made now. */
export function actorName(db: Db): string {
  return getOperator(db).name ?? '未指定使用人';
}
