import { Alert, Text } from '@mantine/core';
import type { ReviewRound } from '../../../../shared/contract';
import { REVIEW_POINTS } from '../../../../shared/domain/review';
import { useApiQuery } from '../../api/useApi';

/**
 * In a second or later round, what the previous round concluded on this point: the reviewer checks
 * whether what was to be corrected has been, without leaving the stepper.
 */
export function PreviousRoundFinding({ round, point }: { round: ReviewRound; point: number }) {
  const state = useApiQuery('review.state', { caseId: round.caseId });
  if (round.roundNo < 2) return null;
  const previous = state.data?.rounds.find((other) => other.roundNo === round.roundNo - 1);
  const finding = previous?.findings[point - 1];
  if (!previous || !finding?.finding) return null;
  const label = REVIEW_POINTS[point - 1]?.findings.find((option) => option.value === finding.finding)?.label ?? '';
  return (
    <Alert
      color={finding.finding === 'pass' ? 'gray' : 'orange'}
      variant="light"
      title={`第${previous.roundNo}轮本项结论：${label}`}
      data-testid="previous-round-finding"
    >
      {finding.note && <Text size="sm">{finding.note}</Text>}
      {finding.evidenceRefs && (
        <Text size="xs" c="dimmed">
          证据：{finding.evidenceRefs}
        </Text>
      )}
      {previous.chosenOpinion === 2 && previous.corrections && (
        <Text size="xs" c="dimmed" mt={4}>
          第{previous.roundNo}轮要求纠正完善的事项：{previous.corrections}
        </Text>
      )}
    </Alert>
  );
}
