import { Card, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseStatus } from '../../../shared/domain/case';
import { useApiQuery } from '../api/useApi';
import { LoadState } from './LoadState';
import { PageHeader } from './PageHeader';
import { StatusBadge } from './StatusBadge';
import { formatInstant } from '../lib/format';

/** A work queue: the cases in one state, oldest first is what a reviewer wants to see. */
export function CaseQueue({ title, description, status }: { title: string; description: string; status: CaseStatus }) {
  const cases = useApiQuery('cases.list', { status, pageSize: 100 });
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card withBorder padding={0}>
        <LoadState loading={cases.loading && !cases.data} error={cases.error} onRetry={cases.reload}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>案件编号</Table.Th>
                <Table.Th>案由</Table.Th>
                <Table.Th>当事人</Table.Th>
                <Table.Th>状态</Table.Th>
                <Table.Th>更新时间</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(cases.data?.items ?? []).map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Link to={`/cases/${item.id}`}>{item.caseNumber}</Link>
                  </Table.Td>
                  <Table.Td>{item.cause}</Table.Td>
                  <Table.Td>{item.partyName}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td c="dimmed">{formatInstant(item.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {cases.data?.items.length === 0 && (
            <Text ta="center" c="dimmed" py="xl">
              目前没有这类案件
            </Text>
          )}
        </LoadState>
      </Card>
    </>
  );
}
