// What the transfer capability (issue #5) needs from review: a signed opinion 4 or 5 and where
// the reviewer proposed to send the case.

import type { OrgKind } from '../../../shared/domain/case';
import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

export interface TransferRequest {
  caseId: number;
  roundId: number;
  roundNo: number;
  /** 4: to the body with jurisdiction; 5: to the judicial organs (suspected crime). */
  opinion: 4 | 5;
  targetKind: OrgKind;
  targetOrgId: number | null;
  reasons: string;
  signedAt: string;
}

/** The signed opinion that sends this case to transfer, or null when there is none. */
export function transferRequestForCase(db: Db, caseId: number): TransferRequest | null {
  const row = sql.get<{
    id: number;
    round_no: number;
    chosen_opinion: 4 | 5;
    transfer_target_kind: OrgKind;
    transfer_target_org_id: number | null;
    opinion_reasons: string;
    signed_at: string;
  }>(
    db,
    `SELECT id, round_no, chosen_opinion, transfer_target_kind, transfer_target_org_id, opinion_reasons, signed_at
       FROM review_rounds WHERE case_id = ? AND state = 'signed' AND chosen_opinion IN (4, 5)
       ORDER BY round_no DESC LIMIT 1`,
    caseId,
  );
  if (!row) return null;
  return {
    caseId,
    roundId: row.id,
    roundNo: row.round_no,
    opinion: row.chosen_opinion,
    targetKind: row.transfer_target_kind,
    targetOrgId: row.transfer_target_org_id,
    reasons: row.opinion_reasons,
    signedAt: row.signed_at,
  };
}
