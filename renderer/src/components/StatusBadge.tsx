import { Badge } from '@mantine/core';
import type { RoundState } from '../../../shared/contract';
import { ROUND_STATE_LABELS } from '../../../shared/contract/review';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case';

const COLORS: Record<CaseStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  'supplement-requested': 'yellow',
  'in-review': 'indigo',
  returned: 'orange',
  reviewed: 'teal',
  'to-transfer': 'grape',
  transferred: 'violet',
  decided: 'green',
  closed: 'dark',
};

/** The case statuses during which a review round is open, and says more precisely where things stand. */
const UNDER_REVIEW: ReadonlySet<CaseStatus> = new Set(['submitted', 'supplement-requested', 'in-review']);

/**
 * A case's status. While it is under review and its open round is known (`roundState`), the
 * badge says the round's stage in the review queue's own words (待审查送审材料, 逐项审核中,
 * 待负责人会签…), so the case list and the queue never name one state two ways.
 */
export function StatusBadge({ status, roundState = null }: { status: CaseStatus; roundState?: RoundState | null }) {
  const stage = roundState && roundState !== 'signed' && UNDER_REVIEW.has(status) ? roundState : null;
  return (
    <Badge
      color={stage === 'reviewer-signed' ? 'grape' : COLORS[status]}
      variant="light"
      radius="sm"
      data-status={status}
    >
      {stage ? ROUND_STATE_LABELS[stage] : CASE_STATUS_LABELS[status]}
    </Badge>
  );
}
