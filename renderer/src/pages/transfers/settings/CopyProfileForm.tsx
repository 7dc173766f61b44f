import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ProfileSummary } from '../../../../../shared/contract';
import { ApiCallError, api, errorMessage } from '../../../api/client';
import { DraftBanner } from '../../../components/DraftBanner';
import { useDraftForm } from '../../../lib/useDraftForm';

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
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    try {
      const detail = await api('profiles.copy', {
        fromId: from.id,
        newId: copyIdFor(from.id),
        name: form.getValues().name,
      });
      saved();
      notifications.show({ color: 'green', title: '已复制', message: `已新建规则配置“${detail.summary.name}”` });
      onDone(detail.summary.id);
    } catch (error) {
      if (error instanceof ApiCallError && error.field) form.setFieldError(error.field, error.message);
      else notifications.show({ color: 'red', title: '未能复制', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
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
          <Button type="submit" loading={busy}>
            复制
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
