import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import {
  ASSISTANCE_DIRECTION_LABELS,
  ASSISTANCE_STATE_LABELS,
  type AssistanceDirection,
} from '../../../../shared/contract/assistance';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { DeadlineBadge } from '../transfers/parts';
import { RegisterTabs } from '../registers/RegisterTabs';

/** #/registers/assistance — 执法协助 both ways, the most recent first, with the answer deadline. */
export function AssistanceListPage() {
  const [scope, setScope] = useState<'open' | 'all'>('open');
  const [direction, setDirection] = useState<AssistanceDirection | 'both'>('both');
  const [search, setSearch] = useState('');
  const list = useApiQuery('assistance.list', {
    scope,
    direction: direction === 'both' ? null : direction,
    search: search.trim(),
  });
  const rows = list.data ?? [];
  return (
    <>
      <PageHeader
        title="执法协助"
        description="本单位请求其他机关协助，以及其他机关请求本单位协助的登记（涪陵府办〔2024〕1号 二(二)）。"
        actions={
          <Button component={Link} to="/registers/assistance/new">
            登记协助请求
          </Button>
        }
      />
      <RegisterTabs />
      <Group mb="md" gap="md">
        <SegmentedControl
          aria-label="范围"
          value={scope}
          onChange={(value) => setScope(value === 'all' ? 'all' : 'open')}
          data={[
            { value: 'open', label: '待答复' },
            { value: 'all', label: '全部' },
          ]}
        />
        <SegmentedControl
          aria-label="方向"
          value={direction}
          onChange={(value) => setDirection(value === 'out' || value === 'in' ? value : 'both')}
          data={[
            { value: 'both', label: '全部方向' },
            { value: 'out', label: '本单位请求' },
            { value: 'in', label: '其他机关请求' },
          ]}
        />
        <TextInput
          aria-label="搜索"
          placeholder="搜索机关、案件、事项、文号"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
      </Group>
      <LoadState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Card withBorder>
          {rows.length === 0 ? (
            <Text c="dimmed" ta="center" py="lg">
              没有符合条件的协助记录
            </Text>
          ) : (
            <Table verticalSpacing="sm" highlightOnHover aria-label="执法协助">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>案件</Table.Th>
                  <Table.Th>对方机关</Table.Th>
                  <Table.Th>请求日期</Table.Th>
                  <Table.Th>状态</Table.Th>
                  <Table.Th>期限</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/registers/assistance/${row.id}`} fw={600}>
                        {row.caseTitle}
                      </Anchor>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {row.needed}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {row.counterpart}
                      <Text size="xs" c="dimmed">
                        {ASSISTANCE_DIRECTION_LABELS[row.direction]}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(row.requestedOn)}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        radius="sm"
                        color={row.state === 'open' ? 'blue' : row.state === 'refused' ? 'orange' : 'green'}
                      >
                        {ASSISTANCE_STATE_LABELS[row.state]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <DeadlineBadge deadline={row.deadline} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </LoadState>
    </>
  );
}
