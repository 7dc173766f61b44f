import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { Link, useNavigate, useParams } from 'react-router';
import type { SupervisionView } from '../../../../shared/contract';
import {
  SUPERVISION_KIND_LABELS,
  SUPERVISION_RULE_QUOTE,
  SUPERVISION_STATE_LABELS,
  supervisionCloseInput,
  supervisionCreateInput,
  supervisionReportInput,
  type SupervisionKind,
} from '../../../../shared/contract/supervision';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useDraftForm } from '../../lib/useDraftForm';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';
import { IssuePaperButton } from '../documents/IssuePaperButton';
import { DeadlineBadge, DeadlineNotice, Fact, SourceQuote } from '../transfers/parts';
import { StepForm } from '../transfers/StepForm';
import { HistoryCard } from '../registers/HistoryCard';
import { RegisterTabs } from '../registers/RegisterTabs';

/** #/registers/supervision — 监督通知书 and 决定书 received, with their correction periods. */
export function SupervisionListPage() {
  const [scope, setScope] = useState<'open' | 'all'>('open');
  const [search, setSearch] = useState('');
  const list = useApiQuery('supervision.list', { scope, search: search.trim() });
  const rows = list.data ?? [];
  return (
    <>
      <PageHeader
        title="执法监督"
        description="收到的行政执法监督通知书、监督决定书，限期整改并书面报告（衢政办发〔2022〕16号 第十六条、第十七条）。"
        actions={
          <Button component={Link} to="/registers/supervision/new">
            登记监督文书
          </Button>
        }
      />
      <RegisterTabs />
      <Group mb="md">
        <SegmentedControl
          aria-label="范围"
          value={scope}
          onChange={(value) => setScope(value === 'all' ? 'all' : 'open')}
          data={[
            { value: 'open', label: '未办结' },
            { value: 'all', label: '全部' },
          ]}
        />
        <TextInput
          aria-label="搜索"
          placeholder="搜索机关、文号、事项"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
      </Group>
      <LoadState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Card withBorder>
          {rows.length === 0 ? (
            <Text c="dimmed" ta="center" py="lg">
              没有符合条件的监督记录
            </Text>
          ) : (
            <Table verticalSpacing="sm" highlightOnHover aria-label="执法监督">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>监督文书</Table.Th>
                  <Table.Th>监督机关</Table.Th>
                  <Table.Th>整改期限</Table.Th>
                  <Table.Th>状态</Table.Th>
                  <Table.Th>期限</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/registers/supervision/${row.id}`} fw={600}>
                        {row.docNumber}
                      </Anchor>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {SUPERVISION_KIND_LABELS[row.kind]} · {row.matters}
                      </Text>
                    </Table.Td>
                    <Table.Td>{row.issuer}</Table.Td>
                    <Table.Td>{formatDate(row.correctBy)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" radius="sm">
                        {SUPERVISION_STATE_LABELS[row.state]}
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

interface NewValues extends Record<string, unknown> {
  kind: SupervisionKind;
  issuer: string;
  docNumber: string;
  receivedOn: string | null;
  matters: string;
  correctBy: string | null;
}

/** #/registers/supervision/new */
export function SupervisionFormPage() {
  const now = useOfficeNow();
  return (
    <LoadState loading={!now} error={undefined}>
      {now && <SupervisionForm today={now.today} />}
    </LoadState>
  );
}

function SupervisionForm({ today }: { today: string }) {
  const navigate = useNavigate();
  const initial: NewValues = {
    kind: 'notice',
    issuer: '',
    docNumber: '',
    receivedOn: today,
    matters: '',
    correctBy: null,
  };
  const { form, saved } = useDraftForm<NewValues>('supervision-new', initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: supervisionCreateInput,
    toInput: (values) => ({
      ...values,
      caseId: null,
      receivedOn: values.receivedOn ?? '',
      correctBy: values.correctBy ?? '',
    }),
    method: 'supervision.create',
    message: (view) => `${view.docNumber}已登记`,
    onSaved: (view) => {
      saved();
      void navigate(`/registers/supervision/${view.id}`);
    },
    successTitle: '已登记',
    failureTitle: '未能登记',
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <PageHeader
        title="登记监督文书"
        description="整改期限以监督文书写明的为准。"
        actions={
          <>
            <Button variant="default" component={Link} to="/registers/supervision">
              返回
            </Button>
            <Button type="submit" loading={saving}>
              登记
            </Button>
          </>
        }
      />
      <Card withBorder maw={960}>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <Select
              label="种类"
              withAsterisk
              allowDeselect={false}
              data={(['notice', 'decision'] as const).map((value) => ({
                value,
                label: SUPERVISION_KIND_LABELS[value],
              }))}
              {...form.getInputProps('kind')}
            />
            <TextInput label="监督机关" withAsterisk {...form.getInputProps('issuer')} />
            <TextInput label="文号" withAsterisk {...form.getInputProps('docNumber')} />
            <DateInput label="收到日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('receivedOn')} />
            <DateInput label="整改期限" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('correctBy')} />
          </SimpleGrid>
          <Textarea label="监督事项" withAsterisk autosize minRows={3} {...form.getInputProps('matters')} />
        </Stack>
      </Card>
    </form>
  );
}

function ReportStep({ view, today, onDone }: { view: SupervisionView; today: string; onDone: () => void }) {
  const initial: { reportedOn: string | null; reportText: string } = { reportedOn: today, reportText: '' };
  return (
    <StepForm
      draftKey={`supervision-report-${view.id}`}
      title="登记整改情况"
      initial={initial}
      submitLabel="登记"
      schema={supervisionReportInput}
      toInput={(values) => ({ id: view.id, reportedOn: values.reportedOn ?? '', reportText: values.reportText })}
      method="supervision.report"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <>
          <DateInput label="报告日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('reportedOn')} />
          <Textarea label="整改情况" withAsterisk autosize minRows={3} {...form.getInputProps('reportText')} />
        </>
      )}
    </StepForm>
  );
}

function CloseStep({ view, today, onDone }: { view: SupervisionView; today: string; onDone: () => void }) {
  const initial: { closedOn: string | null; note: string } = { closedOn: today, note: '' };
  return (
    <StepForm
      draftKey={`supervision-close-${view.id}`}
      title="登记办结"
      initial={initial}
      submitLabel="登记办结"
      schema={supervisionCloseInput}
      toInput={(values) => ({ id: view.id, closedOn: values.closedOn ?? '', note: values.note })}
      method="supervision.close"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <>
          <DateInput label="办结日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('closedOn')} />
          <TextInput label="办结说明" {...form.getInputProps('note')} />
        </>
      )}
    </StepForm>
  );
}

/** #/registers/supervision/:id */
export function SupervisionPage() {
  const id = Number(useParams()['id']);
  const record = useApiQuery('supervision.get', { id });
  const now = useOfficeNow();
  const [open, setOpen] = useState<'report' | 'close' | null>(null);
  const view = record.data;
  const close = () => setOpen(null);
  return (
    <LoadState loading={record.loading && !view} error={record.error} onRetry={record.reload}>
      {view && (
        <>
          <PageHeader
            title={`执法监督：${view.docNumber}`}
            description={`${view.issuer} · ${SUPERVISION_KIND_LABELS[view.kind]}`}
            actions={<Text fw={600}>{SUPERVISION_STATE_LABELS[view.state]}</Text>}
          />
          <Grid>
            <Grid.Col span={8}>
              <Stack gap="md">
                {view.deadline && <DeadlineNotice deadline={view.deadline} title="限期纠正并落实整改措施" />}
                <Group gap="sm" aria-label="下一步">
                  {view.state === 'open' && <Button onClick={() => setOpen('report')}>登记整改情况</Button>}
                  {view.state === 'reported' && (
                    <>
                      <IssuePaperButton kind="supervision-report" id={view.id} label="出具整改情况报告" />
                      <Button variant="default" onClick={() => setOpen('close')}>
                        登记办结
                      </Button>
                    </>
                  )}
                </Group>
                {now && open === 'report' && <ReportStep view={view} today={now.today} onDone={close} />}
                {now && open === 'close' && <CloseStep view={view} today={now.today} onDone={close} />}
                <CaseDocumentsPanel source={{ kind: 'supervision-report', id: view.id }} />
                <Card withBorder>
                  <Title order={3} fz={16} mb="sm">
                    监督文书
                  </Title>
                  <Stack gap={6}>
                    <Fact label="收到日期">{formatDate(view.receivedOn)}</Fact>
                    <Fact label="整改期限">{formatDate(view.correctBy)}</Fact>
                    <Fact label="监督事项">{view.matters}</Fact>
                    {view.reportedOn && <Fact label="报告日期">{formatDate(view.reportedOn)}</Fact>}
                    {view.reportText && <Fact label="整改情况">{view.reportText}</Fact>}
                    {view.closedOn && <Fact label="办结日期">{formatDate(view.closedOn)}</Fact>}
                  </Stack>
                </Card>
              </Stack>
            </Grid.Col>
            <Grid.Col span={4}>
              <Stack gap="md">
                <SourceQuote source="衢政办发〔2022〕16号 第十六条">{SUPERVISION_RULE_QUOTE}</SourceQuote>
                <HistoryCard history={view.history} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </LoadState>
  );
}
