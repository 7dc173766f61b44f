import { useState } from 'react';
import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useNavigate, useParams } from 'react-router';
import type { SupervisionSummary, SupervisionView } from '../../../../shared/contract';
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
import { RecordFormPage, WithOfficeNow } from '../../components/RecordFormPage';
import { RecordLink, RegisterListPage, type Scope } from '../../components/RegisterList';
import { formatDate } from '../../lib/format';
import { useDraftForm } from '../../lib/useDraftForm';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';
import { IssuePaperButton } from '../documents/IssuePaperButton';
import { DeadlineBadge, DeadlineNotice, Fact, SourceQuote } from '../transfers/parts';
import { StepForm } from '../transfers/StepForm';
import { HistoryCard } from '../registers/HistoryCard';
import { RecordLayout } from '../registers/RecordLayout';
import { RegisterTabs } from '../registers/RegisterTabs';

/** #/registers/supervision — 监督通知书 and 决定书 received, with their correction periods. */
export function SupervisionListPage() {
  const [scope, setScope] = useState<Scope>('open');
  const [search, setSearch] = useState('');
  const list = useApiQuery('supervision.list', { scope, search: search.trim() });
  return (
    <RegisterListPage<SupervisionSummary>
      title="执法监督"
      description="收到的行政执法监督通知书、监督决定书，限期整改并书面报告（衢政办发〔2022〕16号 第十六条、第十七条）。"
      create={{ to: '/registers/supervision/new', label: '登记监督文书' }}
      tabs={<RegisterTabs />}
      scope={{ value: scope, onChange: setScope, openLabel: '未办结' }}
      search={{ value: search, onChange: setSearch, placeholder: '搜索机关、文号、事项' }}
      query={list}
      table={{
        label: '执法监督',
        empty: '没有符合条件的监督记录',
        columns: [
          {
            header: '监督文书',
            cell: (row) => (
              <RecordLink
                to={`/registers/supervision/${row.id}`}
                title={row.docNumber}
                detail={`${SUPERVISION_KIND_LABELS[row.kind]} · ${row.matters}`}
              />
            ),
          },
          { header: '监督机关', cell: (row) => row.issuer },
          { header: '整改期限', cell: (row) => formatDate(row.correctBy) },
          {
            header: '状态',
            cell: (row) => (
              <Badge variant="light" radius="sm">
                {SUPERVISION_STATE_LABELS[row.state]}
              </Badge>
            ),
          },
          { header: '期限', cell: (row) => <DeadlineBadge deadline={row.deadline} /> },
        ],
      }}
    />
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
  return <WithOfficeNow>{(now) => <SupervisionForm today={now.today} />}</WithOfficeNow>;
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
    <RecordFormPage
      title="登记监督文书"
      description="整改期限以监督文书写明的为准。"
      back="/registers/supervision"
      saving={saving}
      onSubmit={() => void submit()}
    >
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
    </RecordFormPage>
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
  const close = () => setOpen(null);
  return (
    <RecordLayout
      record={record}
      render={(view) => ({
        title: `执法监督：${view.docNumber}`,
        description: `${view.issuer} · ${SUPERVISION_KIND_LABELS[view.kind]}`,
        actions: <Text fw={600}>{SUPERVISION_STATE_LABELS[view.state]}</Text>,
        main: (
          <>
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
          </>
        ),
        aside: (
          <>
            <SourceQuote source="衢政办发〔2022〕16号 第十六条">{SUPERVISION_RULE_QUOTE}</SourceQuote>
            <HistoryCard history={view.history} />
          </>
        ),
      })}
    />
  );
}
