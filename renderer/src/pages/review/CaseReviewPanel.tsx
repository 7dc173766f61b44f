import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseRecord } from '../../../../shared/contract';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { IssuePaperButton } from '../documents/IssuePaperButton';
import { CurrentRoundCard } from './CurrentRoundCard';
import { opinionTitle } from './labels';
import { RoundHistory } from './RoundHistory';
import { SubmitSection } from './SubmitSection';

/** The review part of a case's page: whether review is needed, submission, the current round, earlier rounds. */
export function CaseReviewPanel({ record }: { record: CaseRecord }) {
  const state = useApiQuery('review.state', { caseId: record.id });
  const data = state.data;
  const last = data?.rounds.at(-1);
  return (
    <LoadState loading={state.loading && !data} error={state.error} onRetry={state.reload}>
      {data && (
        <Stack gap="md">
          {data.canSubmit && last?.chosenOpinion === 2 && (
            <Alert color="orange" variant="light" title={`第${last.roundNo}轮审核意见：${opinionTitle(2)}`}>
              <Text size="sm">需纠正完善的事项：{last.corrections}</Text>
              <Text size="sm" c="dimmed">
                请按上述事项修改案件（页首“修改”）并补齐材料后，重新送审；重新送审将开始第{last.roundNo + 1}轮审核。
              </Text>
              {/* The returned round's opinion is a paper too: the handler gets in writing what to correct. */}
              <Group mt="xs">
                <Button component={Link} to={`/review/rounds/${last.id}/opinion`} size="xs" variant="default">
                  查看审核意见
                </Button>
                <IssuePaperButton kind="review-opinion" id={last.id} label="出具法制审核意见书" />
              </Group>
            </Alert>
          )}
          {data.canSubmit && <SubmitSection key={`${record.id}-${data.rounds.length}`} record={record} state={data} />}
          {!data.canSubmit && last && <CurrentRoundCard round={last} />}
          {data.rounds.length > 1 || (data.canSubmit && data.rounds.length > 0) ? (
            <Card withBorder padding="sm">
              <RoundHistory rounds={data.rounds} />
            </Card>
          ) : null}
        </Stack>
      )}
    </LoadState>
  );
}
