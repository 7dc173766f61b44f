import { useState } from 'react';
import { Button, Card, Group, Pagination, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { RoundState } from '../../../../shared/contract';
import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from '../../../../shared/domain/case';
import { formatFenAsYuan } from '../../../../shared/money';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatInstant } from '../../lib/format';
import { ExportLedgerButton } from '../ledgers/ExportLedgerButton';
import { caseCountLabel } from './caseCount';

const PAGE_SIZE = 20;

export function CaseListPage() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query, 250);
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [page, setPage] = useState(1);
  const cases = useApiQuery('cases.list', { query: debouncedQuery, status, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil((cases.data?.total ?? 0) / PAGE_SIZE));
  // The queue holds every open review round: a case under review shows the round's stage in the
  // queue's words. Without it (still loading, or refused) the case's own status still shows.
  const queue = useApiQuery('review.queue', {});
  const openRounds = new Map<number, RoundState>();
  for (const item of queue.data ?? []) if (item.state !== 'signed') openRounds.set(item.caseId, item.state);

  return (
    <>
      <PageHeader
        title="案件"
        description="按案件编号、案由、当事人或违法事实搜索；搜违法事实请输入三个字以上。"
        actions={
          <Group gap="sm">
            <ExportLedgerButton what="cases" filters={{ search: debouncedQuery, status }} />
            <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} />}>
              登记案件
            </Button>
          </Group>
        }
      />
      <Group mb="md">
        <TextInput
          aria-label="搜索案件"
          placeholder="编号、案由、当事人或事实"
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
          w={360}
        />
        <Select
          aria-label="案件状态"
          placeholder="全部状态"
          clearable
          data={CASE_STATUSES.map((value) => ({ value, label: CASE_STATUS_LABELS[value] }))}
          value={status}
          onChange={(value) => {
            setStatus(value as CaseStatus | null);
            setPage(1);
          }}
          w={180}
        />
        <Text size="sm" c="dimmed">
          {caseCountLabel(cases.data)}
        </Text>
      </Group>
      <Card withBorder padding={0}>
        <LoadState loading={cases.loading && !cases.data} error={cases.error} onRetry={cases.reload}>
          <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>案件编号</Table.Th>
                <Table.Th>案由</Table.Th>
                <Table.Th>当事人</Table.Th>
                <Table.Th ta="right">罚款（元）</Table.Th>
                <Table.Th>状态</Table.Th>
                <Table.Th>更新时间</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(cases.data?.items ?? []).map((item) => (
                <Table.Tr
                  key={item.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/cases/${item.id}`)}
                >
                  <Table.Td>
                    <Link to={`/cases/${item.id}`} onClick={(event) => event.stopPropagation()}>
                      {item.caseNumber}
                    </Link>
                  </Table.Td>
                  <Table.Td>{item.cause}</Table.Td>
                  <Table.Td>{item.partyName}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {item.fineFen ? formatFenAsYuan(item.fineFen) : '—'}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} roundState={openRounds.get(item.id)} />
                  </Table.Td>
                  <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatInstant(item.updatedAt)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {cases.data?.items.length === 0 && (
            <Text ta="center" c="dimmed" py="xl">
              {debouncedQuery || status ? '没有符合条件的案件' : '还没有案件。点击右上角“登记案件”开始。'}
            </Text>
          )}
        </LoadState>
      </Card>
      {pages > 1 && <Pagination mt="md" total={pages} value={page} onChange={setPage} aria-label="翻页" />}
    </>
  );
}
