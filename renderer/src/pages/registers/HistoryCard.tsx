import { Card, Text, Timeline, Title } from '@mantine/core';
import { formatInstant } from '../../lib/format';

/** A register record's history from the audit chain, newest first. */
export function HistoryCard({ history }: { history: Array<{ at: string; actor: string; summary: string }> }) {
  return (
    <Card withBorder>
      <Title order={3} fz={16} mb="sm">
        记录
      </Title>
      <Timeline bulletSize={10} lineWidth={1}>
        {history.map((entry, index) => (
          <Timeline.Item key={index} title={entry.summary}>
            <Text size="xs" c="dimmed">
              {formatInstant(entry.at)} · {entry.actor}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
