// 办理、审核、决定相分离 (涪陵府办〔2024〕1号 二(四)): on one case the handlers, the reviewer and the
// 法制审核机构负责人 and the 行政执法机关负责人 who decides are different people. Unassigned roles (null) are skipped until someone is named.

import { STAFF_ROLE_LABELS } from '../../../shared/domain/case';
import { AppError } from '../../../shared/errors';

export type StaffId = string | number;

export interface CaseAssignment {
  handlerIds: readonly (StaffId | null)[];
  reviewerId: StaffId | null;
  /** The 法制审核机构负责人 who signs the opinion with the reviewer. */
  headId: StaffId | null;
  /** The 行政执法机关负责人 who decides after the review. */
  deciderId?: StaffId | null;
}

type SeparatedRole = 'handler' | 'reviewer' | 'review-head' | 'head';

export interface RoleCollision {
  staffId: StaffId;
  roles: [SeparatedRole, SeparatedRole];
}

export function separationCollisions(assignment: CaseAssignment): RoleCollision[] {
  const holders: Array<{ role: SeparatedRole; ids: StaffId[] }> = [
    { role: 'handler', ids: assignment.handlerIds.filter((id): id is StaffId => id !== null) },
    { role: 'reviewer', ids: assignment.reviewerId === null ? [] : [assignment.reviewerId] },
    { role: 'review-head', ids: assignment.headId === null ? [] : [assignment.headId] },
    { role: 'head', ids: assignment.deciderId == null ? [] : [assignment.deciderId] },
  ];
  const collisions: RoleCollision[] = [];
  holders.forEach((first, index) => {
    for (const second of holders.slice(index + 1)) {
      for (const id of new Set(first.ids)) {
        if (second.ids.includes(id)) collisions.push({ staffId: id, roles: [first.role, second.role] });
      }
    }
  });
  return collisions;
}

export function checkSeparationOfDuties(assignment: CaseAssignment): void {
  const collisions = separationCollisions(assignment);
  if (collisions.length === 0) return;
  const pairs = [
    ...new Set(collisions.map(({ roles }) => `${STAFF_ROLE_LABELS[roles[0]]}与${STAFF_ROLE_LABELS[roles[1]]}`)),
  ];
  throw new AppError(
    'SEPARATION_OF_DUTIES',
    `违反办理、审核、决定相分离的原则（涪陵府办〔2024〕1号 二(四)）：本案${pairs.join('、')}不能由同一人担任。`,
    { collisions },
  );
}
