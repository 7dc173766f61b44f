import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ProfileSummary } from '../../../../shared/contract';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { useDraftForm } from '../../lib/useDraftForm';

/**
 * The copy's internal id (lowercase letters, digits, hyphens): made up here, since a clerk names
 * the copy in Chinese and should not have to invent a code; the time makes it unique.
 */
export function copyIdFor(fromId: string, now: Date = new Date()): string {
  return `${fromId.slice(0, 20)}-copy-${now.getTime().toString(36)}`;
}

/** Copies a profile under a new name; the copy is what the office then edits. */
export function CopyProfileForm({
  from,
  onDone,
  onCancel,
}: {
  from: ProfileSummary;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const initial = { name: `${from.name}（本单位）` };
  const { form, restored, discardDraft, saved } = useDraftForm(`profile-copy-${from.id}`, initial);
  const copy = useApiMutation('profiles.copy', {
    success: { title: '已复制', message: (detail) => `已新建规则配置“${detail.summary.name}”` },
    failure: { title: '未能复制' },
    // A problem with the name is said under the name, and nothing else.
    onFieldError: (field, message) => {
      form.setFieldError(field, message);
      return true;
    },
  });
  async function submit() {
    const detail = await copy.run({ fromId: from.id, newId: copyIdFor(from.id), name: form.getValues().name });
    if (!detail) return;
    saved();
    onDone(detail.summary.id);
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <Stack gap="sm">
        <Text size="sm">
          复制“{from.name}”第 {from.version} 版。复制后的数值仍引用原来源；修改某项数值后，该项标为本单位设定。
        </Text>
        <TextInput label="新配置的名称" withAsterisk {...form.getInputProps('name')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
          <Button type="submit" loading={copy.pending}>
            复制
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
