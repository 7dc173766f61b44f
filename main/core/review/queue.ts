// The reviewing body's work queue: every open round, then the most recently signed ones.

import type { ReviewQueueItem, RoundState } from '../../../shared/contract';
import type { OpinionNumber } from '../../../shared/domain/review';
import type { CoreContext } from '../context';
import { deadlineStatus } from './deadline';
import { officeToday, reviewCalendar } from './rules-source';
import { sql } from '../../db/sql';

interface QueueRow {
  round_id: number;
  case_id: number;
  case_number: string;
  cause: string;
  party_name: string;
  round_no: number;
  state: RoundState;
  reviewer: string | null;
  head: string | null;
  submitted_at: string;
  points_done: number;
  deadline: string | null;
  supplemented_at: string | null;
  chosen_opinion: OpinionNumber | null;
  signed_at: string | null;
  decision_date: string;
}

const SELECT = `
  SELECT r.id AS round_id, r.case_id, c.case_number, c.cause, c.party_name, r.round_no, r.state,
         rv.name AS reviewer, hd.name AS head, r.submitted_at,
         (SELECT COUNT(*) FROM review_findings f WHERE f.round_id = r.id AND f.finding IS NOT NULL) AS points_done,
         n.deadline, n.supplemented_at, r.chosen_opinion, r.signed_at, r.decision_date
  FROM review_rounds r
  JOIN cases c ON c.id = r.case_id
  LEFT JOIN staff rv ON rv.id = r.reviewer_id
  LEFT JOIN staff hd ON hd.id = r.head_id
  LEFT JOIN supplement_notices n ON n.round_id = r.id`;

/** How many signed rounds the queue keeps in view. */
const RECENT_SIGNED = 20;

export function reviewQueue(ctx: CoreContext): ReviewQueueItem[] {
  const open = sql.all<QueueRow>(ctx.db, `${SELECT} WHERE r.state <> 'signed' ORDER BY r.submitted_at`);
  const signed = sql.all<QueueRow>(
    ctx.db,
    `${SELECT} WHERE r.state = 'signed' ORDER BY r.signed_at DESC LIMIT ?`,
    RECENT_SIGNED,
  );
  const calendar = reviewCalendar(ctx);
  const today = officeToday(ctx);
  return [...open, ...signed].map((row) => ({
    roundId: row.round_id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    cause: row.cause,
    partyName: row.party_name,
    roundNo: row.round_no,
    state: row.state,
    reviewer: row.reviewer,
    head: row.head,
    submittedAt: row.submitted_at,
    pointsDone: row.points_done,
    deadline: row.deadline,
    deadlineStatus: row.deadline ? deadlineStatus(calendar, today, row.deadline, row.supplemented_at) : null,
    chosenOpinion: row.chosen_opinion,
    signedAt: row.signed_at,
    decisionDate: row.decision_date,
  }));
}
