// The checks every review command makes before it changes anything: the round is in a state that
// allows the step, the person at the keyboard is the one the step belongs to, and handler,
// reviewer and head stay three different people (办理、审核、决定相分离).

import { caseHandlers } from '../staff/waits-on';
import type { RoundState } from '../../../shared/contract';
import { ROUND_STATE_LABELS } from '../../../shared/contract/review';
import type { CoreContext } from '../context';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { formatInstantShort } from './format';
import { deactivatedOperatorName, getOperator } from '../session/operator';
import { checkSeparationOfDuties } from './separation';
import { noticeRow, staffName, type RoundRow } from './store';
import { hasStaffRole } from '../staff/roles';
import type { StaffRole } from '../../../shared/domain/case';
import { sql } from '../../db/sql';

export function assertNotLocked(round: RoundRow): void {
  if (round.locked === 1) {
    throw new AppError(
      'ROUND_LOCKED',
      `第${round.round_no}轮审核意见已于${formatInstantShort(round.signed_at ?? '')}签署，已锁定，不能修改；如需改变，只能在案件重新送审后的新一轮审核中作出。`,
    );
  }
}

/** Refuses a step the round is not ready for, naming where it stands. */
export function assertState(round: RoundRow, allowed: readonly RoundState[], step: string): void {
  assertNotLocked(round);
  if (allowed.includes(round.state)) return;
  if (round.state === 'reviewer-signed') {
    throw new AppError(
      'AWAITING_COUNTERSIGN',
      `审核意见已由审核员签署，正待法制审核机构负责人签署，不能${step}；如需修改，请法制审核机构负责人退回审核员。`,
    );
  }
  throw new AppError(
    'WRONG_STATE',
    `第${round.round_no}轮审核当前为“${ROUND_STATE_LABELS[round.state]}”，不能${step}。`,
  );
}

type Duty = 'reviewer' | 'head';
const DUTY_LABELS: Record<Duty, string> = { reviewer: '法制审核员', head: '法制审核机构负责人' };
/** The staff role a round's duty needs: the round's "head" is the 法制审核机构负责人. */
const DUTY_ROLES: Record<Duty, StaffRole> = { reviewer: 'reviewer', head: 'review-head' };

/**
 * The step belongs to the round's reviewer (or head): it must be that person at the keyboard, or
 * the record would say a handler wrote the review.
 */
export function assertOperatorIs(ctx: CoreContext, round: RoundRow, duty: Duty, step: string): void {
  const expected = duty === 'reviewer' ? round.reviewer_id : round.head_id;
  const label = DUTY_LABELS[duty];
  if (expected === null) {
    throw new AppError('NOT_ASSIGNED', `本轮审核尚未指定${label}，请先指定${label}，再${step}。`, {
      field: duty === 'reviewer' ? 'reviewerId' : 'headId',
    });
  }
  const name = staffName(ctx.db, expected) ?? '';
  const operator = getOperator(ctx);
  if (operator.staffId === null) {
    const inactive = deactivatedOperatorName(ctx);
    if (inactive !== null) {
      throw new AppError(
        'OPERATOR_INACTIVE',
        `${step}须由本轮${label}${name}操作。当前使用人${inactive}已停用，已停用的人员不能操作：请重新登录。`,
      );
    }
    throw new AppError('NO_OPERATOR', `${step}须由本轮${label}${name}操作：请先登录。`);
  }
  if (operator.staffId !== expected) {
    throw new AppError(
      'NOT_YOUR_STEP',
      `${step}须由本轮${label}${name}本人操作，当前使用人为${operator.name ?? ''}。请由其本人登录后操作。`,
    );
  }
}

/** Handlers' side steps (submit, supplement) may not be taken by this round's reviewer or head. */
export function assertOperatorNotReviewing(
  ctx: CoreContext,
  reviewerId: number | null,
  headId: number | null,
  step: string,
): void {
  const operator = getOperator(ctx).staffId;
  if (operator === null) return;
  const duty = operator === reviewerId ? '法制审核员' : operator === headId ? '法制审核机构负责人' : null;
  if (duty) {
    throw new AppError(
      'SEPARATION_OF_DUTIES',
      `违反办理、审核、决定相分离的原则（涪陵府办〔2024〕1号 二(四)）：当前使用人是本案的${duty}，不能${step}。`,
    );
  }
}

export function caseHandlerIds(ctx: CoreContext, caseId: number): number[] {
  return caseHandlers(ctx.db, caseId);
}

interface StaffCheckRow {
  name: string;
  roles: string;
  active: number;
  auxiliary: number;
}

function assertHolds(ctx: CoreContext, id: number, duty: Duty): void {
  const row = sql.get<StaffCheckRow>(ctx.db, 'SELECT name, roles, active, auxiliary FROM staff WHERE id = ?', id);
  const field = duty === 'reviewer' ? 'reviewerId' : 'headId';
  const label = DUTY_LABELS[duty];
  if (!row) throw new AppError('NOT_FOUND', `所选${label}（编号 ${id}）不存在`, { field });
  if (row.active !== 1) throw new AppError('VALIDATION', `${row.name} 已停用，不能担任${label}`, { field });
  if (row.auxiliary === 1) {
    throw new AppError(
      'VALIDATION',
      `${row.name} 是行政执法辅助人员，不得从事审核、决定等行政执法活动，不能担任${label}`,
      {
        field,
      },
    );
  }
  if (!hasStaffRole(row.roles, DUTY_ROLES[duty])) {
    throw new AppError('VALIDATION', `${row.name} 不是${label}岗位，请在“设置 › 人员”中为其添加该岗位`, { field });
  }
}

/** Checks the people named for a round: their posts, and 办理、审核、决定相分离 against the case's handlers. */
export function assertAssignment(
  ctx: CoreContext,
  caseId: number,
  reviewerId: number | null,
  headId: number | null,
  deciderId: number | null = null,
): void {
  if (reviewerId !== null) assertHolds(ctx, reviewerId, 'reviewer');
  if (headId !== null) assertHolds(ctx, headId, 'head');
  try {
    checkSeparationOfDuties({ handlerIds: caseHandlerIds(ctx, caseId), reviewerId, headId, deciderId });
  } catch (error) {
    // Name the people, not only the roles: the reviewer must see whom to replace.
    if (error instanceof AppError) {
      const collisions = (error.details?.['collisions'] ?? []) as Array<{ staffId: number }>;
      const names = [...new Set(collisions.map((collision) => staffName(ctx.db, collision.staffId) ?? ''))].join('、');
      throw new AppError(error.code, `${error.message}（${names}）`, {
        field:
          deciderId !== null && collisions.some((c) => c.staffId === deciderId)
            ? 'deciderId'
            : reviewerId !== null && collisions.some((c) => c.staffId === reviewerId)
              ? 'reviewerId'
              : 'headId',
      });
    }
    throw error;
  }
}

/**
 * Whether the reviewer has taken the round up: a notice to supplement issued or the materials
 * accepted (findings are saved only after that). Before then nothing of the review exists yet.
 */
export function reviewStarted(db: Db, round: RoundRow): boolean {
  return round.state !== 'submitted' || round.materials_accepted_at !== null || noticeRow(db, round.id) !== undefined;
}

type ReassignStage = 'before-review' | 'under-review' | 'closed';

function reassignStage(db: Db, round: RoundRow): ReassignStage {
  if (round.locked === 1 || round.state === 'reviewer-signed' || round.state === 'signed') return 'closed';
  return reviewStarted(db, round) ? 'under-review' : 'before-review';
}

/**
 * Who may change the round's reviewer and head now (review.assign), 办理、审核相分离:
 * - before the reviewer has started: the case's handlers (or whoever submitted it), or a head;
 * - once the reviewer has started: only a head — the handler no longer chooses who reviews them;
 * - once the reviewer has signed: nobody (the head returns it to the reviewer first).
 * A 法制审核机构负责人 counts only if not a handler of this case and not this round's reviewer.
 */
export function reassigners(ctx: CoreContext, round: RoundRow): number[] {
  const stage = reassignStage(ctx.db, round);
  if (stage === 'closed') return [];
  const handlers = caseHandlerIds(ctx, round.case_id);
  const heads = sql
    .all<{
      id: number;
      roles: string;
    }>(ctx.db, 'SELECT id, roles FROM staff WHERE active = 1 ORDER BY id')
    .filter((row) => hasStaffRole(row.roles, 'review-head'))
    .map((row) => row.id)
    .filter((id) => !handlers.includes(id) && id !== round.reviewer_id);
  if (stage === 'under-review') return heads;
  const submitter = round.submitted_by_staff_id === null ? [] : [round.submitted_by_staff_id];
  return [...new Set([...handlers, ...submitter, ...heads])];
}

/** Refuses review.assign by anyone `reassigners` does not name, saying who may. */
export function assertMayReassign(ctx: CoreContext, round: RoundRow): void {
  const step = '更换审核人员';
  const stage = reassignStage(ctx.db, round);
  const who = stage === 'before-review' ? '本案承办人或法制审核机构负责人' : '法制审核机构负责人';
  const operator = getOperator(ctx);
  if (operator.staffId === null) {
    const inactive = deactivatedOperatorName(ctx);
    if (inactive !== null) {
      throw new AppError(
        'OPERATOR_INACTIVE',
        `${step}须由${who}操作。当前使用人${inactive}已停用，已停用的人员不能操作：请重新登录。`,
      );
    }
    throw new AppError('NO_OPERATOR', `${step}须由${who}操作：请先登录。`);
  }
  if (reassigners(ctx, round).includes(operator.staffId)) return;
  const name = operator.name ?? '';
  if (stage === 'under-review' && caseHandlerIds(ctx, round.case_id).includes(operator.staffId)) {
    throw new AppError(
      'SEPARATION_OF_DUTIES',
      `法制审核员已开始审核第${round.round_no}轮，承办人不能再更换审核人员（办理、审核、决定相分离，涪陵府办〔2024〕1号 二(四)）；确需更换的，请由法制审核机构负责人操作。当前使用人为${name}。`,
    );
  }
  if (operator.staffId === round.reviewer_id) {
    throw new AppError(
      'SEPARATION_OF_DUTIES',
      `当前使用人${name}是本轮法制审核员，不能自行更换本轮审核人员；确需更换的，请由${who}操作。`,
    );
  }
  const when = stage === 'before-review' ? '法制审核员开始审核前' : `法制审核员已开始审核第${round.round_no}轮，`;
  throw new AppError('NOT_YOUR_STEP', `${when}审核人员只能由${who}更换，当前使用人为${name}。请由其本人登录后操作。`);
}
