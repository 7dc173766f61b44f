import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewRound } from '../../../../shared/contract';
import { formatInstant } from '../../lib/format';
import { RoundStateBadge } from './badges';
import { opinionTitle } from './labels';
import { IssuePaperButton } from '../documents/IssuePaperButton';

/**
 * Every round of the case, oldest first; each stays readable as it was signed, and each signed
 * round's 法制审核意见书 can be issued from here — also an earlier round's (opinion 2: what to
 * correct) after the next round was submitted. The current round's is offered on its own card.
 */
export function RoundHistory({ rounds, currentId }: { rounds: readonly ReviewRound[]; currentId?: number }) {
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
          {round.state === 'signed' && round.id !== currentId && (
            <IssuePaperButton kind="review-opinion" id={round.id} label="出具法制审核意见书" />
          )}
        </Group>
      ))}
    </Stack>
  );
}
