// What a staff member still answers for on open cases, so that the record is not left pointing at
// someone who may no longer act: a deactivated person, or one without the post the case needs them in.

import type { CaseStatus } from '../../../shared/domain/case';
import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

/** 'review-head' is the round's head_id: the 法制审核机构负责人 who signs the opinion. */
export type Duty = 'handler' | 'reviewer' | 'review-head';

export const DUTY_LABELS: Record<Duty, string> = {
  handler: '承办人',
  reviewer: '法制审核员',
  'review-head': '法制审核机构负责人',
};

/**
 * A handler still has a step to take on a case registered but not yet submitted, under review, or
 * returned to be corrected and resubmitted. Once the review is signed the case is no longer the
 * handler's in the app (a decision or a transfer follows), so those cases do not hold anyone back.
 */
export const HANDLER_OPEN_STATUSES: readonly CaseStatus[] = [
  'draft',
  'submitted',
  'supplement-requested',
  'in-review',
  'returned',
];

/** Cases whose handlers are fixed until the review ends (cases.update refuses them). */
const HANDLERS_FIXED: readonly CaseStatus[] = ['submitted', 'supplement-requested', 'in-review'];

export interface OpenDuty {
  caseNumber: string;
  /** Whom to ask: handlers are changed in the case's registration, reviewers and heads on the review page. */
  reassignable: boolean;
}

/** The open cases where `staffId` is in `duty`, oldest first. A round is open until the head countersigns it. */
export function openDuties(db: Db, staffId: number, duty: Duty): OpenDuty[] {
  if (duty === 'handler') {
    const marks = HANDLER_OPEN_STATUSES.map(() => '?').join(', ');
    const rows = sql.all<{ case_number: string; status: CaseStatus }>(
      db,
      `SELECT c.case_number, c.status FROM case_handlers h JOIN cases c ON c.id = h.case_id WHERE h.staff_id = ? AND c.status IN (${marks}) ORDER BY c.id`,
      staffId,
      ...HANDLER_OPEN_STATUSES,
    );
    return rows.map((row) => ({ caseNumber: row.case_number, reassignable: !HANDLERS_FIXED.includes(row.status) }));
  }
  const column = duty === 'reviewer' ? 'reviewer_id' : 'head_id';
  const rows = sql.all<{ case_number: string; state: string }>(
    db,
    `SELECT c.case_number, r.state FROM review_rounds r JOIN cases c ON c.id = r.case_id WHERE r.${column} = ? AND r.state <> 'signed' ORDER BY c.id`,
    staffId,
  );
  // review.assign works until the reviewer signs; after that the 法制审核机构负责人 signs or returns it first.
  return rows.map((row) => ({ caseNumber: row.case_number, reassignable: row.state !== 'reviewer-signed' }));
}

const SHOWN = 3;

/** "青山综执罚〔2025〕1号、青山综执罚〔2025〕2号、青山综执罚〔2025〕3号等 5 件". */
export function caseList(duties: readonly OpenDuty[]): string {
  const numbers = [...new Set(duties.map((duty) => duty.caseNumber))];
  const shown = numbers.slice(0, SHOWN).join('、');
  return numbers.length > SHOWN ? `${shown}等 ${numbers.length} 件` : shown;
}

/** How to free the person from these duties, for a sentence that begins “请先改派：”. */
export function reassignHint(duty: Duty, duties: readonly OpenDuty[]): string {
  const fixed = duties.some((entry) => !entry.reassignable);
  if (duty === 'handler') return `承办人在“案件”中修改${fixed ? '（已送审的案件须待本轮审核结束后才能修改）' : ''}`;
  // Who may change them (review/guards.ts): before review starts the handler or a head; after, only a head.
  return `${DUTY_LABELS[duty]}在审核页“更换审核人员”（审核开始后只能由法制审核机构负责人更换${fixed ? '；待法制审核机构负责人签署的，须其签署或退回审核员后才能更换' : ''}）`;
}
