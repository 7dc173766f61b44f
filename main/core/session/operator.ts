import type { Operator } from '../../../shared/contract';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { getSetting, setSetting } from './settings';

// The person at the keyboard. The app has no login (one office PC, several colleagues), so the
// user picks who they are; every audit entry is signed with that name.
const KEY = 'operator.staffId';

function chosenRow(db: Db): { id: number; name: string; active: number } | undefined {
  const id = Number(getSetting(db, KEY));
  if (!id) return undefined;
  return db.prepare('SELECT id, name, active FROM staff WHERE id = ?').get(id) as
    { id: number; name: string; active: number } | undefined;
}

/**
 * The person at the keyboard. Someone deactivated since they were chosen (staff.update refuses to
 * deactivate the current operator, but an older database or a restored backup may hold one) counts
 * as nobody: 已停用的人员不能操作, so steps that need a person ask for one to be chosen again.
 */
export function getOperator(db: Db): Operator {
  const row = chosenRow(db);
  return row && row.active === 1 ? { staffId: row.id, name: row.name } : { staffId: null, name: null };
}

/** The name of the chosen operator if they have been deactivated since (to say so), else null. */
export function deactivatedOperatorName(db: Db): string | null {
  const row = chosenRow(db);
  return row && row.active !== 1 ? row.name : null;
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
