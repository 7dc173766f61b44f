import { Text } from '@mantine/core';

/** Working-day calendar years (filled by issue #5). */
export function CalendarSettings() {
  return <Text c="dimmed">节假日安排将在此处管理。</Text>;
}
