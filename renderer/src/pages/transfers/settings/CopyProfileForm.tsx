import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ProfileSummary } from '../../../../../shared/contract';
import { ApiCallError, api, errorMessage } from '../../../api/client';
import { DraftBanner } from '../../../components/DraftBanner';
import { useDraftForm } from '../../../lib/useDraftForm';

/** Copies a profile under a new id and name; the copy is what the office then edits. */
export function CopyProfileForm({ from, onDone, onCancel }: { from: ProfileSummary; onDone: (id: string) => void; onCancel: () => void }) {
  const initial = { newId: '', name: `${from.name}（本单位）` };
  const { form, restored, discardDraft, saved } = useDraftForm(`profile-copy-${from.id}`, initial);
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    try {
      const detail = await api('profiles.copy', { fromId: from.id, ...form.getValues() });
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
    <form noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <Stack gap="sm">
        <Text size="sm">复制“{from.name}”第 {from.version} 版。复制后的数值仍引用原来源；修改某项数值后，该项标为本单位设定。</Text>
        <TextInput label="新配置的标识" withAsterisk description="小写字母、数字和连字符，例如 qingshan" {...form.getInputProps('newId')} />
        <TextInput label="新配置的名称" withAsterisk {...form.getInputProps('name')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>取消</Button>
          <Button type="submit" loading={busy}>复制</Button>
        </Group>
      </Stack>
    </form>
  );
}
