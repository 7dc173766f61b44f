// What the review capability asks of a criminal transfer: whether it gave the case back to
// administrative handling (不予立案, or the head did not approve the transfer), so the handler may
// submit a new review round (国务院令第310号 第十条).

import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

export function reopenedAfterCriminalTransfer(db: Db, caseId: number): boolean {
  const last = sql.get<{ state: string }>(
    db,
    'SELECT state FROM criminal_transfers WHERE case_id = ? ORDER BY id DESC LIMIT 1',
    caseId,
  );
  return last?.state === 'returned' || last?.state === 'not-approved';
}
