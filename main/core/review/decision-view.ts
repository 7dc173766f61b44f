// The 行政执法机关负责人's decision as stored and shown (read side), apart from recording it
// (decision.ts), so the round's view can show it without a circle through the view.

import type { DecisionView } from '../../../shared/contract';
import type { Db } from '../../db/open';
import type { PenaltyKind } from '../../../shared/domain/case';
import type { RoundRow } from './store';
import { sql } from '../../db/sql';

export const DECISION_RULE = '《中华人民共和国行政处罚法》第五十七条（国家法律）';
export const COLLECTIVE_RULE =
  '对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定（《中华人民共和国行政处罚法》第五十七条第二款，国家法律）';

export interface DecisionRow {
  id: number;
  round_id: number;
  case_id: number;
  agrees: number;
  reason: string;
  complex_or_major: number;
  collective_date: string | null;
  collective_participants: string;
  collective_summary: string;
  decision_number: string;
  decision_date: string | null;
  decided_by_staff_id: number;
  decided_by: string;
  recorded_at: string;
  decided_penalty_kinds: string | null;
  decided_fine_fen: number | null;
  decided_gains_fen: number | null;
  decided_property_fen: number | null;
}

export function decisionRow(db: Db, roundId: number): DecisionRow | undefined {
  return sql.get<DecisionRow>(db, 'SELECT * FROM review_decisions WHERE round_id = ?', roundId);
}

export function decisionView(row: DecisionRow): DecisionView {
  return {
    agrees: row.agrees === 1,
    reason: row.reason,
    complexOrMajor: row.complex_or_major === 1,
    collective:
      row.collective_date === null
        ? null
        : { date: row.collective_date, participants: row.collective_participants, summary: row.collective_summary },
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    decidedBy: row.decided_by,
    recordedAt: row.recorded_at,
    decidedPenalty:
      row.decided_penalty_kinds === null
        ? null
        : {
            penaltyKinds: JSON.parse(row.decided_penalty_kinds) as PenaltyKind[],
            fineFen: row.decided_fine_fen ?? 0,
            illegalGainsFen: row.decided_gains_fen ?? 0,
            illegalPropertyFen: row.decided_property_fen ?? 0,
          },
  };
}

/** Whether the round's triggers found the case 疑难复杂 (trigger 5): it must then be decided collectively. */
export function complexByTriggers(round: Pick<RoundRow, 'triggers_json'>): boolean {
  const triggers = JSON.parse(round.triggers_json) as { triggers: Array<{ id: number; holds: boolean }> };
  return triggers.triggers.some((trigger) => trigger.id === 5 && trigger.holds);
}

/** Names in a participants list: "张三、李四，王五" → three. */
