import { useState } from 'react';
import { Badge, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TransferInSummary, TransferOutSummary } from '../../../../shared/contract';
import { TRANSFER_TARGET_LABELS } from '../../../../shared/contract/transfers';
import { CRIMINAL_STATE_LABELS, type CriminalTransferSummary } from '../../../../shared/contract/criminal-transfers';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import {
  RecordLink,
  RegisterTable,
  ScopeControl,
  type RegisterColumn,
  type Scope,
} from '../../components/RegisterList';
import { formatDate } from '../../lib/format';
import { DeadlineBadge, InStateBadge, OutStateBadge } from './parts';

const OUT_COLUMNS: ReadonlyArray<RegisterColumn<TransferOutSummary>> = [
  {
    header: '案件',
    cell: (row) => (
      <RecordLink
        to={`/transfers/out/${row.id}`}
        title={row.caseNumber}
        detail={`${row.cause}${row.urgent ? ' · 情况紧急' : ''}`}
      />
    ),
  },
  {
    header: '接收单位',
    cell: (row) => (
      <>
        {row.receiver.name}
        <Text size="xs" c="dimmed">
          {TRANSFER_TARGET_LABELS[row.target]}
        </Text>
      </>
    ),
  },
  { header: '状态', cell: (row) => <OutStateBadge state={row.state} target={row.target} /> },
  { header: '期限', cell: (row) => <DeadlineBadge deadline={row.deadline} /> },
];

/** Suspected crimes sent to the police (国务院令第310号): their own list, with each step's limit. */
const CRIMINAL_COLUMNS: ReadonlyArray<RegisterColumn<CriminalTransferSummary>> = [
  {
    header: '案件',
    cell: (row) => <RecordLink to={`/transfers/criminal/${row.id}`} title={row.caseNumber} detail={row.cause} />,
  },
  { header: '公安机关', cell: (row) => row.police.name },
  {
    header: '状态',
    cell: (row) => (
      <Badge variant="light" radius="sm">
        {CRIMINAL_STATE_LABELS[row.state]}
      </Badge>
    ),
  },
  { header: '期限', cell: (row) => <DeadlineBadge deadline={row.deadlines[0]?.view ?? null} /> },
];

const IN_COLUMNS: ReadonlyArray<RegisterColumn<TransferInSummary>> = [
  {
    header: '移送单位',
    cell: (row) => <RecordLink to={`/transfers/in/${row.id}`} title={row.from.name} detail={row.letterNumber} />,
  },
  {
    header: '案由',
    cell: (row) => (
      <>
        {row.cause}
        {row.linkedCase && (
          <Text size="xs" c="dimmed">
            本单位案件 {row.linkedCase.caseNumber}
          </Text>
        )}
      </>
    ),
  },
  { header: '收到', cell: (row) => formatDate(row.receivedOn) },
  { header: '状态', cell: (row) => <InStateBadge state={row.state} /> },
  { header: '期限', cell: (row) => <DeadlineBadge deadline={row.deadline} /> },
];

/** #/transfers — every transfer out and in, the most urgent first. */
export function TransfersPage() {
  const [scope, setScope] = useState<Scope>('open');
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
      <Stack mb="md" align="flex-start">
        <ScopeControl value={scope} onChange={setScope} openLabel="办理中" />
      </Stack>
      <LoadState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Stack gap="lg">
          <RegisterTable
            label="移送出去的案件"
            title="移送出去"
            rows={list.data?.out ?? []}
            columns={OUT_COLUMNS}
            empty="没有移送出去的案件"
          />
          <RegisterTable
            label="移送公安机关的涉嫌犯罪案件"
            title="移送公安机关（涉嫌犯罪）"
            rows={list.data?.criminal ?? []}
            columns={CRIMINAL_COLUMNS}
            empty="没有移送公安机关的涉嫌犯罪案件"
          />
          <RegisterTable
            label="接收的移送"
            title="接收的移送"
            rows={list.data?.in ?? []}
            columns={IN_COLUMNS}
            empty="没有接收的移送"
          />
        </Stack>
      </LoadState>
    </>
  );
}
