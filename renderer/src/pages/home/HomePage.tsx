import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { AttentionItem } from '../../../../shared/contract';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { useOperatorId } from '../../app/operatorStore';
import { formatInstant } from '../../lib/format';

const LEVEL_STYLE = {
  danger: { color: 'red', icon: IconAlertTriangle, label: '紧急' },
  warning: { color: 'orange', icon: IconAlertTriangle, label: '注意' },
  info: { color: 'blue', icon: IconInfoCircle, label: '待办' },
} as const;

function AttentionRow({ item, testId = 'attention-item' }: { item: AttentionItem; testId?: string }) {
  const style = LEVEL_STYLE[item.level];
  return (
    <Card withBorder padding="sm" data-level={item.level} data-testid={testId}>
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon color={style.color} variant="light" aria-label={style.label}>
          <style.icon size={18} />
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1 }}>
          <Anchor component={Link} to={item.link} fw={600} c="dark">
            {item.title}
          </Anchor>
          <Text size="sm" c="gray.7">
            {item.detail}
          </Text>
        </Stack>
        {item.dueAt && (
          <Text size="sm" c={style.color === 'red' ? 'red.8' : 'gray.8'} style={{ whiteSpace: 'nowrap' }}>
            期限 {formatInstant(item.dueAt)}
          </Text>
        )}
      </Group>
    </Card>
  );
}

export function HomePage() {
  const attention = useApiQuery('home.attention', {});
  const cases = useApiQuery('cases.list', { pageSize: 1 });
  const items = attention.data ?? [];
  const me = useOperatorId();
  // Already in order: most urgent first, then whatever falls due first (main/core/home/attention.ts).
  const mine = me === null ? [] : items.filter((item) => item.waitsOn?.includes(me));
  return (
    <>
      <PageHeader title="工作台" description="需要处理的事项按紧急程度排列，同一程度内先到期的在前。" />
      <SimpleGrid cols={3} mb="lg">
        <Card withBorder>
          <Text size="sm" c="dimmed">
            登记案件
          </Text>
          <Text fz={28} fw={700}>
            {cases.data?.total ?? '—'}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            待处理事项
          </Text>
          <Text fz={28} fw={700}>
            {attention.data ? items.length : '—'}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            其中紧急
          </Text>
          <Text fz={28} fw={700} c={items.some((item) => item.level === 'danger') ? 'red.7' : undefined}>
            {attention.data ? items.filter((item) => item.level === 'danger').length : '—'}
          </Text>
        </Card>
      </SimpleGrid>
      <LoadState loading={attention.loading && !attention.data} error={attention.error} onRetry={attention.reload}>
        <Stack gap="xs" mb="lg" aria-label="我的待办">
          <Title order={2} fz={17}>
            我的待办
          </Title>
          {me === null ? (
            <Text size="sm" c="gray.7">
              在页首选择“当前使用人”后，这里列出等您处理的事项（您审核、签署、补正的案件，您的执法证）。
            </Text>
          ) : mine.length === 0 ? (
            <Text size="sm" c="gray.7">
              没有等您处理的事项。
            </Text>
          ) : (
            mine.map((item, index) => (
              <AttentionRow key={`mine-${item.kind}-${item.link}-${index}`} item={item} testId="my-item" />
            ))
          )}
        </Stack>
        <Title order={2} fz={17} mb="xs">
          全部待处理事项
        </Title>
        {items.length === 0 ? (
          <Alert color="green" icon={<IconCircleCheck />} title="没有待处理的事项">
            所有案件和期限均已处理完毕。
          </Alert>
        ) : (
          <Stack gap="xs" aria-label="待处理事项">
            {items.map((item, index) => (
              <AttentionRow key={`${item.kind}-${item.link}-${index}`} item={item} />
            ))}
          </Stack>
        )}
      </LoadState>
    </>
  );
}
