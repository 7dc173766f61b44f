import type { ReactNode } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api, errorMessage } from '../../api/client';
import { useIsDesktop } from '../../api/useApi';

/**
 * A folder or file path: typed, or in the desktop app picked with the system's own dialog
 * (选择…), since a clerk should not have to spell out E:\ or /media/u盘 by hand. `error` shows
 * under the field (e.g. why a font file was refused).
 */
export function PathInput({
  label,
  placeholder,
  purpose,
  value,
  onChange,
  width = 300,
  error,
}: {
  label: string;
  placeholder: string;
  purpose: 'backup-folder' | 'backup-file' | 'font-file';
  value: string;
  onChange: (path: string) => void;
  width?: number;
  error?: ReactNode;
}) {
  const desktop = useIsDesktop();

  async function choose() {
    try {
      const chosen = await api('data.choosePath', { purpose });
      if (chosen.path) onChange(chosen.path);
    } catch (error) {
      notifications.show({ color: 'red', title: '无法打开选择窗口', message: errorMessage(error) });
    }
  }

  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <TextInput
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        w={width}
        error={error}
      />
      {desktop && (
        <Button variant="default" onClick={() => void choose()}>
          选择…
        </Button>
      )}
    </Group>
  );
}
