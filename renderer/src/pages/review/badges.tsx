import { Badge, Tooltip } from '@mantine/core';
import type { DeadlineStatus, RoundState } from '../../../../shared/contract';
import { ROUND_STATE_LABELS } from '../../../../shared/contract/review';
import type { Finding } from '../../../../shared/domain/review';
import { formatDate } from '../../lib/format';
import { DEADLINE_COLORS, FINDING_COLORS, ROUND_STATE_COLORS, findingText } from './labels';

// A badge in a table cell would otherwise be squeezed to an ellipsis; these are short, show them whole.
const WHOLE = { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

export function RoundStateBadge({ state }: { state: RoundState }) {
  return (
    <Badge color={ROUND_STATE_COLORS[state]} variant="light" radius="sm" data-state={state} styles={WHOLE}>
      {ROUND_STATE_LABELS[state]}
    </Badge>
  );
}

/** The supplement deadline: blue while there is time, amber when near, red once passed. */
export function DeadlineBadge({ status, deadline }: { status: DeadlineStatus; deadline: string }) {
  return (
    <Tooltip label={`${status.message}（期限 ${formatDate(deadline)}）`} withArrow>
      <Badge
        color={DEADLINE_COLORS[status.level]}
        variant={status.level === 'past' ? 'filled' : 'light'}
        radius="sm"
        data-level={status.level}
        data-testid="supplement-deadline"
        styles={WHOLE}
      >
        {status.level === 'met'
          ? status.message
          : `补正期限 ${formatDate(deadline)}${status.level === 'past' ? '（已逾期）' : ''}`}
      </Badge>
    </Tooltip>
  );
}

export function FindingBadge({ point, finding }: { point: number; finding: Finding | null }) {
  return (
    <Badge
      color={finding ? FINDING_COLORS[finding] : 'gray'}
      variant={finding === 'serious' || finding === 'crime-suspected' ? 'filled' : 'light'}
      radius="sm"
    >
      {findingText(point, finding)}
    </Badge>
  );
}
