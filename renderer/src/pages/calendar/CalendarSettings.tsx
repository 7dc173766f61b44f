import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { formatInstant } from '../../lib/format';
import { CalendarLoader } from './CalendarLoader';
import { YearPreview } from './YearPreview';

function YearDetail({ year }: { year: number }) {
  const detail = useApiQuery('calendar.year', { year });
  return (
    <LoadState loading={detail.loading && !detail.data} error={detail.error}>
      {detail.data && (
        <Stack gap="sm">
          <YearPreview preview={detail.data.preview} />
          {detail.data.sourceText && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap', fontFamily: 'ui-monospace, monospace' }}>
              {detail.data.sourceText}
            </Text>
          )}
        </Stack>
      )}
    </LoadState>
  );
}

/** 设置 › 节假日安排: the years the working-day calendar knows, and loading the next one. */
export function CalendarSettings() {
  const years = useApiQuery('calendar.years', {});
  const [shown, setShown] = useState<number | null>(null);
  const list = years.data?.years ?? [];
  const thisYear = Number((years.data?.today ?? '2025').slice(0, 4));
  const nextYear = Math.max(thisYear + 1, ...list.map((y) => y.year + 1));
  const missingNow = years.data && !list.some((y) => y.year === thisYear);

  const removal = useApiMutation('calendar.remove', {
    success: { title: '已删除', message: (_years, input) => `本单位载入的 ${input.year} 年安排已删除` },
    failure: { title: '未能删除' },
  });

  async function remove(year: number) {
    await removal.run({ year });
  }

  return (
    <LoadState loading={years.loading && !years.data} error={years.error} onRetry={years.reload}>
      <Stack gap="md" maw={1000}>
        {missingNow && (
          <Text c="red.7" fw={600}>
            日历中没有今年（{thisYear} 年）的节假日安排，期限无法计算。请在下方载入。
          </Text>
        )}
        <Card withBorder padding={0}>
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="已知年份">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>年份</Table.Th>
                <Table.Th>依据</Table.Th>
                <Table.Th>来源</Table.Th>
                <Table.Th>工作日 / 休息日</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Td fw={600}>{y.year}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{y.source}</Text>
                  </Table.Td>
                  <Table.Td>
                    {y.origin === 'built-in' ? (
                      <Badge variant="light" color="gray">
                        软件内置，已与通知核对
                      </Badge>
                    ) : (
                      <Stack gap={0}>
                        <Badge variant="light" color="seal">
                          本单位载入{y.replacesBuiltIn ? '（替换内置）' : ''}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {y.loadedBy} · {y.loadedAt ? formatInstant(y.loadedAt) : ''}
                        </Text>
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {y.workingDays} / {y.restDays}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setShown(y.year)}>
                        查看
                      </Button>
                      {y.origin === 'office' && (
                        <Button size="xs" variant="subtle" color="gray" onClick={() => void remove(y.year)}>
                          删除
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <CalendarLoader nextYear={nextYear} />
      </Stack>
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={`${shown ?? ''} 年节假日安排`} size="xl">
        {shown !== null && <YearDetail year={shown} />}
      </Modal>
    </LoadState>
  );
}
