// Small pieces every transfer screen shares: state badges, the deadline with the rule that set
// it, and a rule quoted with its source.

import { Alert, Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4 } from '@tabler/icons-react';
import type { DeadlineView, TransferInState, TransferOutState, TransferTarget } from '../../../../shared/contract';
import { TRANSFER_IN_STATE_LABELS, outStateLabel } from '../../../../shared/contract/transfers';
import { formatDate, formatInstant } from '../../lib/format';
import { IN_STATE_COLORS, LEVEL_COLORS, LEVEL_LABELS, OUT_STATE_COLORS } from './labels';

/** A judicial transfer reads 已立案 / 不予立案 where one to an administrative body reads 已受理 / 不予受理. */
export function OutStateBadge({
  state,
  target = 'jurisdiction',
}: {
  state: TransferOutState;
  target?: TransferTarget;
}) {
  return (
    <Badge color={OUT_STATE_COLORS[state]} variant="light" radius="sm" data-state={state}>
      {outStateLabel(state, target)}
    </Badge>
  );
}

export function InStateBadge({ state }: { state: TransferInState }) {
  return (
    <Badge color={IN_STATE_COLORS[state]} variant="light" radius="sm" data-state={state}>
      {TRANSFER_IN_STATE_LABELS[state]}
    </Badge>
  );
}

/** Compact, for lists: the colour says how urgent, the tooltip says the whole deadline and its rule. */
export function DeadlineBadge({ deadline }: { deadline: DeadlineView | null }) {
  if (!deadline)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    );
  // A deadline counted in hours (urgent transfers) is an instant: show it in office time, as the
  // page text and the papers do; one counted in working days is a date.
  const short = deadline.dueDate
    ? formatDate(deadline.dueDate)
    : deadline.dueAt
      ? formatInstant(deadline.dueAt)
      : '无法计算';
  return (
    <Tooltip label={`${deadline.text}（${deadline.rule}）`} multiline w={360} withArrow>
      <Badge
        color={LEVEL_COLORS[deadline.level]}
        variant={deadline.level === 'danger' ? 'filled' : 'light'}
        radius="sm"
        data-level={deadline.level}
        data-testid="transfer-deadline"
      >
        {LEVEL_LABELS[deadline.level]} · {short}
      </Badge>
    </Tooltip>
  );
}

/** Full width, for a transfer's page: what is due, by when, and which rule says so. */
export function DeadlineNotice({ deadline, title }: { deadline: DeadlineView; title: string }) {
  return (
    <Alert
      color={LEVEL_COLORS[deadline.level]}
      icon={deadline.level === 'info' ? <IconClockHour4 /> : <IconAlertTriangle />}
      title={title}
      data-level={deadline.level}
      data-testid="deadline-notice"
    >
      <Text size="sm">{deadline.text}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        依据：{deadline.rule}
      </Text>
    </Alert>
  );
}

/** A rule in the source's own words, set apart like a citation, with where it comes from. */
export function SourceQuote({ children, source }: { children: string; source: string }) {
  return (
    <Box
      py={6}
      px="sm"
      style={{ borderLeft: '3px solid var(--mantine-color-seal-3)', background: 'var(--mantine-color-gray-0)' }}
    >
      <Text size="sm" lh={1.7} style={{ fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif' }}>
        {children}
      </Text>
      <Text size="xs" c="dimmed" mt={2}>
        ——{source}
      </Text>
    </Box>
  );
}

/** A labelled line of a record. */
export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={132} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Box style={{ flex: 1, whiteSpace: 'pre-wrap' }} fz="sm">
        {children}
      </Box>
    </Group>
  );
}
