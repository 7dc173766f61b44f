import { Box, NavLink, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconGavel } from '@tabler/icons-react';
import type { ReviewRound } from '../../../../shared/contract';
import { FINDING_COLORS, findingText } from './labels';
import { REVIEW_POINTS } from '../../../../shared/domain/review';

/** The nine points at a glance; each entry shows its finding. Going elsewhere saves the current point first. */
export function PointNav({
  round,
  current,
  onGo,
}: {
  round: ReviewRound;
  current: number;
  onGo: (to: string) => void;
}) {
  const base = `/review/rounds/${round.id}`;
  return (
    <Stack gap={2} component="nav" aria-label="九项审核要点">
      <Text size="xs" c="dimmed" mb={4}>
        已完成 {round.pointsDone} / 9
      </Text>
      {REVIEW_POINTS.map((point) => {
        const finding = round.findings[point.number - 1]?.finding ?? null;
        const Icon = finding ? IconCircleCheck : IconCircleDashed;
        return (
          <NavLink
            key={point.number}
            component="button"
            active={point.number === current}
            onClick={() => onGo(`${base}/points/${point.number}`)}
            label={`${point.number}. ${point.title}`}
            description={findingText(point.number, finding)}
            leftSection={
              <Icon
                size={18}
                color={finding ? `var(--mantine-color-${FINDING_COLORS[finding]}-6)` : 'var(--mantine-color-gray-5)'}
              />
            }
            aria-current={point.number === current ? 'step' : undefined}
            styles={{
              description: { color: finding ? `var(--mantine-color-${FINDING_COLORS[finding]}-8)` : undefined },
            }}
          />
        );
      })}
      <Box mt="xs">
        <NavLink
          component="button"
          onClick={() => onGo(`${base}/opinion`)}
          label="审核意见"
          description={round.pointsDone === 9 ? '依九项结论提出意见' : '九项全部审核后提出'}
          leftSection={<IconGavel size={18} />}
        />
      </Box>
    </Stack>
  );
}
