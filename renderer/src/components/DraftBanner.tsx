import { Alert, Button, Group, Text } from '@mantine/core';

export function DraftBanner({ visible, onDiscard }: { visible: boolean; onDiscard: () => void }) {
  if (!visible) return null;
  return (
    <Alert color="yellow" mb="md" role="status">
      <Group justify="space-between">
        <Text size="sm">已恢复上次未保存的输入（草稿）。保存后草稿自动清除。</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          放弃草稿
        </Button>
      </Group>
    </Alert>
  );
}
