import { Text } from '@mantine/core';

/** Rule profiles (filled by issue #5). */
export function ProfileSettings() {
  return <Text c="dimmed">规则配置将在此处管理。</Text>;
}
