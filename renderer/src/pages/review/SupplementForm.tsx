import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { ReviewRound } from '../../../../shared/contract';
import { materialsInput } from '../../../../shared/contract/review';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { schemaErrors } from '../../lib/schemaErrors';
import { useDraftForm } from '../../lib/useDraftForm';
import { MaterialsFields, type MaterialValue } from './MaterialsFields';
import { reviewStep } from './stepFeedback';

interface SupplementValues extends Record<string, unknown> {
  materials: MaterialValue[];
  note: string;
}

/** The handler answers the notice: marks what is now supplied and where it is. */
export function SupplementForm({ round }: { round: ReviewRound }) {
  const initial: SupplementValues = {
    materials: round.materials.map(({ key, present, refs }) => ({ key, present, refs })),
    note: '',
  };
  const { form, restored, discardDraft, saved } = useDraftForm<SupplementValues>(
    `review-supplement-${round.id}`,
    initial,
  );
  const send = useApiMutation('review.supplement', reviewStep('补正材料已提交，等待审核员审查'));

  async function supplement() {
    const values = form.getValues();
    const errors = Object.fromEntries(
      Object.entries(schemaErrors(materialsInput, values.materials)).map(([path, message]) => [
        `materials.${path}`,
        message,
      ]),
    );
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const done = await send.run({ roundId: round.id, materials: values.materials, note: values.note });
    if (done) saved();
  }

  return (
    <Stack
      gap="xs"
      p="sm"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
      aria-label="补正材料"
    >
      <Text fw={600} size="sm">
        承办机构补正材料
      </Text>
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <MaterialsFields
        form={form}
        checklist={round.materials}
        needed={(item) => round.materials.find((m) => m.key === item.key)?.required ?? false}
      />
      <Textarea
        label="补正说明"
        autosize
        minRows={1}
        placeholder="可选，例如：证据材料另行装订成册"
        {...form.getInputProps('note')}
      />
      <Group justify="flex-end">
        <Button loading={send.pending} onClick={() => void supplement()}>
          提交补正材料
        </Button>
      </Group>
    </Stack>
  );
}
