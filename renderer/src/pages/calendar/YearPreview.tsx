import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { YearArrangementPreview } from '../../../../shared/domain/calendar';

/** What a person checks line by line against the printed notice before a year counts. */
export function YearPreview({ preview }: { preview: YearArrangementPreview }) {
  return (
    <Card withBorder bg="gray.0" aria-label={`${preview.year} 年节假日安排`}>
      <Title order={4} fz={15}>
        {preview.year} 年节假日安排
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {preview.source}
      </Text>
      <Group align="flex-start" grow>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            放假
          </Text>
          <List size="sm" spacing={2}>
            {preview.holidays.map((period) => (
              <List.Item key={period.from}>
                {period.text}
                <Text span size="xs" c="dimmed">
                  （其中工作日 {period.weekdaysOff} 天）
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            调休上班
          </Text>
          {preview.makeupWorkdays.length === 0 ? (
            <Text size="sm" c="dimmed">
              无
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {preview.makeupWorkdays.map((day) => (
                <List.Item key={day.date}>{day.text}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Group>
      <Text size="sm" mt="sm">
        全年工作日 {preview.workingDays} 天，休息日 {preview.restDays} 天。
      </Text>
    </Card>
  );
}
