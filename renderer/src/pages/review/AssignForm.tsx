import { Button, Group, Stack } from '@mantine/core';
import type { ReviewRound } from '../../../../shared/contract';
import { useApiMutation } from '../../api/useApi';
import { useOperatorId } from '../../app/operatorStore';
import { useDraftForm } from '../../lib/useDraftForm';
import { PeopleFields } from './PeopleFields';
import { reviewStep } from './stepFeedback';

interface AssignValues extends Record<string, unknown> {
  reviewerId: string | null;
  headId: string | null;
}

/**
 * Whether the current operator may change this round's reviewer and head (the back end decides
 * who: the case's handlers or a head before review starts, only a head once it has started).
 */
export function useMayReassign(round: ReviewRound): boolean {
  const operator = useOperatorId();
  return operator !== null && round.reassignableBy.includes(operator);
}

/** Names (or replaces) the round's reviewer and head; the back end refuses a separation breach. */
export function AssignForm({
  round,
  onDone,
  onCancel,
}: {
  round: ReviewRound;
  onDone: () => void;
  onCancel: () => void;
}) {
  const initial: AssignValues = {
    reviewerId: round.reviewer ? String(round.reviewer.id) : null,
    headId: round.head ? String(round.head.id) : null,
  };
  const { form, saved } = useDraftForm<AssignValues>(`review-assign-${round.id}`, initial);
  const assign = useApiMutation(
    'review.assign',
    reviewStep('审核人员已更新', (field, message) => form.setFieldError(field, message)),
  );

  async function save() {
    const values = form.getValues();
    const input = {
      roundId: round.id,
      reviewerId: values.reviewerId ? Number(values.reviewerId) : null,
      headId: values.headId ? Number(values.headId) : null,
    };
    if (await assign.run(input)) {
      saved();
      onDone();
    }
  }

  return (
    <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      <PeopleFields form={form} handlers={round.decision.handlers} />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="sm" onClick={onCancel}>
          取消
        </Button>
        <Button size="sm" loading={assign.pending} onClick={() => void save()}>
          保存审核人员
        </Button>
      </Group>
    </Stack>
  );
}
