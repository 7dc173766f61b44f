import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReviewRound } from '../../../../shared/contract';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { useDraftForm } from '../../lib/useDraftForm';
import { reviewStep } from './stepFeedback';

interface NoticeValues extends Record<string, unknown> {
  details: Record<string, string>;
  extras: Array<{ name: string; detail: string }>;
}

/**
 * The one notice to supplement: every missing material is listed and cannot be left out (一次性
 * 告知); the reviewer adds what is wrong with each and any further item the file lacks.
 */
export function NoticeForm({ round, onCancel }: { round: ReviewRound; onCancel: () => void }) {
  const missing = round.materials.filter((item) => item.required && !item.present);
  // With every listed material ticked, what is wrong is something else (a paper unsigned, a page
  // missing): the form opens on one line for it.
  const initial: NoticeValues = {
    details: Object.fromEntries(missing.map((item) => [item.key, ''])),
    extras: missing.length === 0 ? [{ name: '', detail: '' }] : [],
  };
  const { form, restored, discardDraft, saved } = useDraftForm<NoticeValues>(`review-notice-${round.id}`, initial);
  const request = useApiMutation('review.requestSupplement', reviewStep('补正材料通知已发出'));
  const values = form.getValues();

  async function issue() {
    const items = [
      ...missing.map((item) => ({
        materialKey: item.key,
        name: item.label,
        detail: (values.details[item.key] ?? '').trim(),
      })),
      ...values.extras
        .filter((extra) => extra.name.trim())
        .map((extra) => ({ materialKey: null, name: extra.name.trim(), detail: extra.detail.trim() })),
    ];
    if (await request.run({ roundId: round.id, items })) saved();
  }

  return (
    <Stack
      gap="xs"
      p="sm"
      style={{ border: '1px solid var(--mantine-color-orange-3)', borderRadius: 4 }}
      aria-label="补正材料通知"
    >
      <Text fw={600} size="sm">
        一次性告知补正材料
      </Text>
      <Text size="xs" c="dimmed">
        同一轮审核只能通知一次，请一次列明全部需补正的材料。补正期限按规则配置的工作日计算。
      </Text>
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      {missing.map((item) => (
        <Group key={item.key} gap="xs" wrap="nowrap">
          <Text size="sm" w={240}>
            {item.label}
          </Text>
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${item.label}的问题说明`}
            placeholder="问题说明（可选），例如：未提交"
            {...form.getInputProps(`details.${item.key}`)}
          />
        </Group>
      ))}
      {values.extras.map((_, index) => (
        <Group key={index} gap="xs" wrap="nowrap">
          <TextInput
            w={240}
            aria-label="其他需补正的材料"
            placeholder="材料名称"
            {...form.getInputProps(`extras.${index}.name`)}
          />
          <TextInput
            style={{ flex: 1 }}
            aria-label="其他材料的问题说明"
            placeholder="问题说明，例如：缺少当事人签名"
            {...form.getInputProps(`extras.${index}.detail`)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label="删除此项"
            onClick={() => form.removeListItem('extras', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('extras', { name: '', detail: '' })}
        >
          添加其他需补正的材料
        </Button>
        <Group gap="xs">
          <Button variant="default" size="sm" onClick={onCancel}>
            取消
          </Button>
          <Button color="orange" size="sm" loading={request.pending} onClick={() => void issue()}>
            发出补正材料通知
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
