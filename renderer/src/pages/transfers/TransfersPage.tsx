import { useState } from 'react';
import { Anchor, Badge, Button, Card, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { TransferInSummary, TransferOutSummary } from '../../../../shared/contract';
import { TRANSFER_TARGET_LABELS } from '../../../../shared/contract/transfers';
import { CRIMINAL_STATE_LABELS, type CriminalTransferSummary } from '../../../../shared/contract/criminal-transfers';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { DeadlineBadge, InStateBadge, OutStateBadge } from './parts';

function OutTable({ rows }: { rows: TransferOutSummary[] }) {
  if (rows.length === 0)
    return (
      <Text c="dimmed" ta="center" py="lg">
        没有移送出去的案件
      </Text>
    );
  return (
    <Table verticalSpacing="sm" highlightOnHover aria-label="移送出去的案件">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>案件</Table.Th>
          <Table.Th>接收单位</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th>期限</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} to={`/transfers/out/${row.id}`} fw={600}>
                {row.caseNumber}
              </Anchor>
              <Text size="xs" c="dimmed">
                {row.cause}
                {row.urgent ? ' · 情况紧急' : ''}
              </Text>
            </Table.Td>
            <Table.Td>
              {row.receiver.name}
              <Text size="xs" c="dimmed">
                {TRANSFER_TARGET_LABELS[row.target]}
              </Text>
            </Table.Td>
            <Table.Td>
              <OutStateBadge state={row.state} target={row.target} />
            </Table.Td>
            <Table.Td>
              <DeadlineBadge deadline={row.deadline} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Suspected crimes sent to the police (国务院令第310号): their own list, with each step's limit. */
function CriminalTable({ rows }: { rows: CriminalTransferSummary[] }) {
  if (rows.length === 0)
    return (
      <Text c="dimmed" ta="center" py="lg">
        没有移送公安机关的涉嫌犯罪案件
      </Text>
    );
  return (
    <Table verticalSpacing="sm" highlightOnHover aria-label="移送公安机关的涉嫌犯罪案件">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>案件</Table.Th>
          <Table.Th>公安机关</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th>期限</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} to={`/transfers/criminal/${row.id}`} fw={600}>
                {row.caseNumber}
              </Anchor>
              <Text size="xs" c="dimmed">
                {row.cause}
              </Text>
            </Table.Td>
            <Table.Td>{row.police.name}</Table.Td>
            <Table.Td>
              <Badge variant="light" radius="sm">
                {CRIMINAL_STATE_LABELS[row.state]}
              </Badge>
            </Table.Td>
            <Table.Td>
              <DeadlineBadge deadline={row.deadlines[0]?.view ?? null} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function InTable({ rows }: { rows: TransferInSummary[] }) {
  if (rows.length === 0)
    return (
      <Text c="dimmed" ta="center" py="lg">
        没有接收的移送
      </Text>
    );
  return (
    <Table verticalSpacing="sm" highlightOnHover aria-label="接收的移送">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>移送单位</Table.Th>
          <Table.Th>案由</Table.Th>
          <Table.Th>收到</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th>期限</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} to={`/transfers/in/${row.id}`} fw={600}>
                {row.from.name}
              </Anchor>
              {row.letterNumber && (
                <Text size="xs" c="dimmed">
                  {row.letterNumber}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {row.cause}
              {row.linkedCase && (
                <Text size="xs" c="dimmed">
                  本单位案件 {row.linkedCase.caseNumber}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{formatDate(row.receivedOn)}</Table.Td>
            <Table.Td>
              <InStateBadge state={row.state} />
            </Table.Td>
            <Table.Td>
              <DeadlineBadge deadline={row.deadline} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** #/transfers — every transfer out and in, the most urgent first. */
export function TransfersPage() {
  const [scope, setScope] = useState<'open' | 'all'>('open');
  const list = useApiQuery('transfers.list', { scope });
  return (
    <>
      <PageHeader
        title="案件移送"
        description="移送出去的案件和接收的移送，按期限紧急程度排列。移送出去的案件请在案件页面点“移送”办理。"
        actions={
          <Button component={Link} to="/transfers/in/new">
            登记接收的移送
          </Button>
        }
      />
      <SegmentedControl
        mb="md"
        aria-label="范围"
        value={scope}
        onChange={(value) => setScope(value === 'all' ? 'all' : 'open')}
        data={[
          { value: 'open', label: '办理中' },
          { value: 'all', label: '全部' },
        ]}
      />
      <LoadState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Stack gap="lg">
          <Card withBorder>
            <Title order={3} fz={16} mb="xs">
              移送出去
            </Title>
            <OutTable rows={list.data?.out ?? []} />
          </Card>
          <Card withBorder>
            <Title order={3} fz={16} mb="xs">
              移送公安机关（涉嫌犯罪）
            </Title>
            <CriminalTable rows={list.data?.criminal ?? []} />
          </Card>
          <Card withBorder>
            <Title order={3} fz={16} mb="xs">
              接收的移送
            </Title>
            <InTable rows={list.data?.in ?? []} />
          </Card>
        </Stack>
      </LoadState>
    </>
  );
}
