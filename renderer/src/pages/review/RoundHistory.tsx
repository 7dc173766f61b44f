import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewRound } from '../../../../shared/contract';
import { formatInstant } from '../../lib/format';
import { RoundStateBadge } from './badges';
import { opinionTitle } from './labels';

/** Every round of the case, oldest first; each stays readable as it was signed. */
export function RoundHistory({ rounds }: { rounds: readonly ReviewRound[] }) {
  return (
    <Stack gap={4} aria-label="历次审核">
      <Title order={4} fz={14} c="dimmed">
        历次审核
      </Title>
      {rounds.map((round) => (
        <Group key={round.id} gap="sm" wrap="nowrap">
          <Anchor component={Link} to={`/review/rounds/${round.id}`} size="sm" fw={600}>
            第{round.roundNo}轮
          </Anchor>
          <RoundStateBadge state={round.state} />
          <Text size="sm">
            {round.chosenOpinion && round.state === 'signed' ? opinionTitle(round.chosenOpinion) : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {round.signedAt
              ? `${round.signedBy} 签署于 ${formatInstant(round.signedAt)}`
              : `送审于 ${formatInstant(round.submittedAt)}`}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
