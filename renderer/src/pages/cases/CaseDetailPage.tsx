import { Button, Card, Grid, Group, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { CaseRecord } from '../../../../shared/contract';
import { DISCRETION_LABELS, PARTY_TYPE_LABELS, PENALTY_KIND_LABELS } from '../../../../shared/domain/case';
import { formatFenAsYuan } from '../../../../shared/money';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, formatInstant } from '../../lib/format';
import { CaseReviewPanel } from '../review/CaseReviewPanel';
import { CaseTransferPanel } from '../transfers/CaseTransferPanel';
import { CaseRegistersPanel } from '../registers/CaseRegistersPanel';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={160} c="dimmed" fw={500}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function CaseFacts({ record }: { record: CaseRecord }) {
  return (
    <Table variant="vertical" withTableBorder>
      <Table.Tbody>
        <Field label="案由">{record.cause}</Field>
        <Field label="当事人">
          {record.party.name}（{PARTY_TYPE_LABELS[record.party.type]}，
          {record.party.type === 'citizen' ? '身份证' : '统一社会信用代码'} {record.party.idCode}）
        </Field>
        {record.party.address && <Field label="住址或住所">{record.party.address}</Field>}
        <Field label="发现日期">{formatDate(record.foundOn)}</Field>
        <Field label="违法事实">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{record.facts}</Text>
        </Field>
        <Field label="拟处罚种类">{record.penaltyKinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、')}</Field>
        {record.fineFen > 0 && <Field label="罚款金额">{formatFenAsYuan(record.fineFen)} 元</Field>}
        {record.illegalGainsFen > 0 && <Field label="没收违法所得">{formatFenAsYuan(record.illegalGainsFen)} 元</Field>}
        {record.illegalPropertyFen > 0 && (
          <Field label="没收非法财物价值">{formatFenAsYuan(record.illegalPropertyFen)} 元</Field>
        )}
        <Field label="裁量情节">{DISCRETION_LABELS[record.discretion]}</Field>
        <Field label="听证">{record.hearingHeld ? '已经过听证程序' : '未经听证'}</Field>
        <Field label="法律依据">{record.legalBasis || '—'}</Field>
        <Field label="承办人">{record.handlers.map((handler) => handler.name).join('、')}</Field>
      </Table.Tbody>
    </Table>
  );
}

export function CaseDetailPage() {
  const id = Number(useParams()['id']);
  const record = useApiQuery('cases.get', { id });
  const history = useApiQuery('cases.history', { id });
  // Under review, the header says the round's stage (逐项审核中, 待负责人会签…) as the queue does.
  const review = useApiQuery('review.state', { caseId: id });
  const data = record.data;
  return (
    <LoadState loading={record.loading && !data} error={record.error} onRetry={record.reload}>
      {data && (
        <>
          <PageHeader
            title={data.caseNumber}
            description={`${data.cause} · 登记于 ${formatInstant(data.createdAt)}`}
            actions={
              <>
                <StatusBadge status={data.status} roundState={review.data?.rounds.at(-1)?.state} />
                {(data.status === 'draft' || data.status === 'returned') && (
                  <Button component={Link} to={`/cases/${id}/edit`} variant="default">
                    修改
                  </Button>
                )}
              </>
            }
          />
          <Grid>
            <Grid.Col span={8}>
              <Stack gap="md">
                <CaseReviewPanel record={data} />
                <CaseTransferPanel record={data} />
                <CaseRegistersPanel caseId={id} />
                <Card withBorder>
                  <CaseFacts record={data} />
                </Card>
                <CaseDocumentsPanel caseId={id} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={4}>
              <Card withBorder>
                <Title order={3} fz={16} mb="sm">
                  办理记录
                </Title>
                <Timeline bulletSize={12} lineWidth={2}>
                  {(history.data ?? []).map((entry) => (
                    <Timeline.Item key={entry.id} title={entry.summary}>
                      <Group gap={6}>
                        <Text size="xs" c="dimmed">
                          {formatInstant(entry.at)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {entry.actor}
                        </Text>
                      </Group>
                    </Timeline.Item>
                  ))}
                </Timeline>
                {history.data?.length === 0 && <Stack c="dimmed">暂无记录</Stack>}
              </Card>
            </Grid.Col>
          </Grid>
        </>
      )}
    </LoadState>
  );
}
