import { Anchor, Card, Table, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewQueueItem, RoundState } from '../../../../shared/contract';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { DeadlineBadge, RoundStateBadge } from './badges';
import { opinionTitle } from './labels';
import { ExportLedgerButton } from '../ledgers/ExportLedgerButton';

const TABS: Array<{ value: string; label: string; states: RoundState[] }> = [
  { value: 'open', label: '待办', states: ['submitted', 'supplement-requested', 'in-review', 'reviewer-signed'] },
  { value: 'signed', label: '最近签署', states: ['signed'] },
];

/** What the round waits for by when: the supplement's deadline, else the proposed decision's date. */
function dueOf(item: ReviewQueueItem): string {
  return item.state === 'supplement-requested' && item.deadline ? item.deadline : item.decisionDate;
}

function Due({ item }: { item: ReviewQueueItem }) {
  if (item.state === 'signed')
    return (
      <Text size="sm" c="gray.7">
        —
      </Text>
    );
  if (item.state === 'supplement-requested' && item.deadline && item.deadlineStatus)
    return <DeadlineBadge status={item.deadlineStatus} deadline={item.deadline} />;
  return <Text size="sm">拟于 {formatDate(item.decisionDate)} 决定</Text>;
}

function Progress({ item }: { item: ReviewQueueItem }) {
  if (item.state === 'supplement-requested') return <Text size="sm">待补正材料</Text>;
  if (item.state === 'in-review') return <Text size="sm">已审核 {item.pointsDone}/9 项</Text>;
  if (item.chosenOpinion && (item.state === 'signed' || item.state === 'reviewer-signed'))
    return <Text size="sm">{opinionTitle(item.chosenOpinion)}</Text>;
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

function QueueTable({ items }: { items: ReviewQueueItem[] }) {
  if (items.length === 0)
    return (
      <Text ta="center" c="dimmed" py="xl">
        目前没有这类审核
      </Text>
    );
  return (
    <Table verticalSpacing="sm" horizontalSpacing="xs" aria-label="审核队列">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>案件编号</Table.Th>
          <Table.Th miw={170}>案由 · 当事人</Table.Th>
          <Table.Th>轮次</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th>进展</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>期限</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>审核员 / 负责人</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>送审日期</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.roundId}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} to={`/cases/${item.caseId}`}>
                {item.caseNumber}
              </Anchor>
            </Table.Td>
            <Table.Td miw={170}>
              {item.cause} · {item.partyName}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} to={`/review/rounds/${item.roundId}`} size="sm">
                第{item.roundNo}轮
              </Anchor>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <RoundStateBadge state={item.state} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Progress item={item} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Due item={item} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {item.reviewer ?? '未指定'} / {item.head ?? '未指定'}
            </Table.Td>
            <Table.Td c="dimmed" fz="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatDate(item.submittedAt)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ReviewQueuePage() {
  const queue = useApiQuery('review.queue', {});
  const items = queue.data ?? [];
  return (
    <>
      <PageHeader
        title="法制审核"
        description="待办按期限先后排列（补正期限，或拟作出决定日期）；补正期限临近显示为橙色，逾期显示为红色。"
        actions={<ExportLedgerButton what="reviews" />}
      />
      <Card withBorder padding={0}>
        <LoadState loading={queue.loading && !queue.data} error={queue.error} onRetry={queue.reload}>
          <Tabs defaultValue="open">
            <Tabs.List px="md">
              {TABS.map((tab) => (
                <Tabs.Tab key={tab.value} value={tab.value}>
                  {tab.label}（{items.filter((item) => tab.states.includes(item.state)).length}）
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {TABS.map((tab) => (
              <Tabs.Panel key={tab.value} value={tab.value}>
                <QueueTable
                  items={items
                    .filter((item) => tab.states.includes(item.state))
                    // Open rounds: whatever falls due first; signed ones stay newest first.
                    .sort((a, b) => (tab.value === 'open' ? dueOf(a).localeCompare(dueOf(b)) : 0))}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
        </LoadState>
      </Card>
    </>
  );
}
