// Who a home-page item waits on, for their 我的待办 (issue #15 item 9): the people whose move it is.
// A case's record (a transfer, a register entry about a case) waits on the case's 承办人; a register
// entry with no case on whoever registered it, while they are still active staff; a step only a
// head may take (approving a transfer) on the heads as well. Items nobody in particular owes stay
// the office's own: every person sees them in the full list.

import type { Db } from '../../db/open';
import { sql } from '../../db/sql';
import { hasStaffRole } from './roles';

/** The case's 承办人, in the order the case names them. */
export function caseHandlers(db: Db, caseId: number): number[] {
  return sql
    .all<{ staff_id: number }>(db, 'SELECT staff_id FROM case_handlers WHERE case_id = ? ORDER BY position', caseId)
    .map((row) => row.staff_id);
}

/** The active staff who hold a role (e.g. every 行政执法机关负责人 for an approval). */
export function activeStaffWithRole(db: Db, role: 'head' | 'review-head' | 'reviewer'): number[] {
  return sql
    .all<{ id: number; roles: string }>(db, 'SELECT id, roles FROM staff WHERE active = 1 ORDER BY id')
    .filter((row) => hasStaffRole(row.roles, role))
    .map((row) => row.id);
}

/** A register entry's people: its case's handlers, else the active person who registered it (by name). */
export function registerWaitsOn(db: Db, record: { case_id: number | null; created_by: string }): number[] {
  if (record.case_id !== null) {
    const handlers = caseHandlers(db, record.case_id);
    if (handlers.length > 0) return handlers;
  }
  const person = sql.get<{ id: number }>(
    db,
    'SELECT id FROM staff WHERE name = ? AND active = 1 ORDER BY id LIMIT 1',
    record.created_by,
  );
  return person ? [person.id] : [];
}
