import { Button, Group, Text } from '@mantine/core';
import { signOut, useSession } from './sessionStore';

/** Who is signed in on this window, and the way out. (Was a free drop-down before sign-in, issue #14.) */
export function OperatorPicker() {
  const { status } = useSession();
  const operator = status?.signedIn;
  return (
    <Group gap="xs">
      <Text size="sm" c="dimmed">
        当前登录
      </Text>
      <Text size="sm" fw={600} aria-label="当前登录人员">
        {operator?.name ?? ''}
        {operator?.admin ? '（管理员）' : ''}
      </Text>
      <Button size="xs" variant="default" onClick={() => void signOut()}>
        退出登录
      </Button>
    </Group>
  );
}
