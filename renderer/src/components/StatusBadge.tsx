import { Badge } from '@mantine/core';
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

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm">
      {CASE_STATUS_LABELS[status]}
    </Badge>
  );
}
