import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useNavigate, useParams } from 'react-router';
import type { ComplaintSummary, ComplaintView } from '../../../../shared/contract';
import {
  ANSWER_METHOD_LABELS,
  ANSWER_METHODS,
  COMPLAINT_ANSWER_KIND_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_FINDING_LABELS,
  COMPLAINT_FINDINGS,
  FIRST_ASKED_QUOTE,
  complaintAnswerInput,
  complaintCreateInput,
  complaintVerifyInput,
  type AnswerMethod,
  type ComplaintAnswerKind,
  type ComplaintChannel,
  type ComplaintFinding,
} from '../../../../shared/contract/complaints';
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

/** #/registers/complaints — the register lists number and matter only, never the complainant. */
export function ComplaintListPage() {
  const [scope, setScope] = useState<Scope>('open');
  const [search, setSearch] = useState('');
  const list = useApiQuery('complaints.list', { scope, search: search.trim() });
  return (
    <RegisterListPage<ComplaintSummary>
      title="举报投诉"
      description="举报、投诉、信访的首问受理、核实和答复（周政办字〔2018〕18号 二(四)4；郯政发〔2023〕1号 二(三)8）。举报人信息保密，只在记录页显示。"
      create={{ to: '/registers/complaints/new', label: '登记举报投诉' }}
      tabs={<RegisterTabs />}
      scope={{ value: scope, onChange: setScope, openLabel: '未办结' }}
      search={{ value: search, onChange: setSearch, placeholder: '搜索登记号、事项' }}
      query={list}
      table={{
        label: '举报投诉',
        empty: '没有符合条件的举报投诉',
        columns: [
          { header: '登记号', cell: (row) => <RecordLink to={`/registers/complaints/${row.id}`} title={row.number} /> },
          {
            header: '事项',
            cell: (row) => (
              <>
                <Text size="sm" lineClamp={1}>
                  {row.matter}
                </Text>
                {row.finding && (
                  <Text size="xs" c="dimmed">
                    {COMPLAINT_FINDING_LABELS[row.finding]}
                  </Text>
                )}
              </>
            ),
          },
          {
            header: '收到',
            cell: (row) => (
              <>
                {formatDate(row.receivedOn)}
                <Text size="xs" c="dimmed">
                  {COMPLAINT_CHANNEL_LABELS[row.channel]}
                </Text>
              </>
            ),
          },
          {
            header: '状态',
            cell: (row) => (
              <Badge variant="light" radius="sm" color={row.state === 'closed' ? 'green' : 'blue'}>
                {row.state === 'closed' ? '已答复办结' : '办理中'}
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
  receivedOn: string | null;
  channel: ComplaintChannel | null;
  complainantName: string;
  complainantContact: string;
  matter: string;
  firstHandler: string;
  firstHandling: string;
}

/** #/registers/complaints/new */
export function ComplaintFormPage() {
  return <WithOfficeNow>{(now) => <ComplaintForm today={now.today} />}</WithOfficeNow>;
}

function ComplaintForm({ today }: { today: string }) {
  const navigate = useNavigate();
  const initial: NewValues = {
    receivedOn: today,
    channel: null,
    complainantName: '',
    complainantContact: '',
    matter: '',
    firstHandler: '',
    firstHandling: '',
  };
  const { form, saved } = useDraftForm<NewValues>('complaint-new', initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: complaintCreateInput,
    toInput: (values) => ({
      ...values,
      receivedOn: values.receivedOn ?? '',
      channel: values.channel ?? ('' as ComplaintChannel),
    }),
    method: 'complaints.create',
    message: (view) => `已登记 ${view.number}`,
    onSaved: (view) => {
      saved();
      void navigate(`/registers/complaints/${view.id}`);
    },
    successTitle: '已登记',
    failureTitle: '未能登记',
  });
  return (
    <RecordFormPage
      title="登记举报投诉"
      description="首问责任：率先接到的部门予以受理；明确不属于本部门职能的，告知向有权的机关提出。"
      back="/registers/complaints"
      saving={saving}
      onSubmit={() => void submit()}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <DateInput label="收到日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('receivedOn')} />
          <Select
            label="收到方式"
            withAsterisk
            data={COMPLAINT_CHANNELS.map((value) => ({ value, label: COMPLAINT_CHANNEL_LABELS[value] }))}
            {...form.getInputProps('channel')}
          />
          <TextInput label="举报人姓名（保密）" {...form.getInputProps('complainantName')} />
          <TextInput label="联系方式（保密）" {...form.getInputProps('complainantContact')} />
          <TextInput label="首问责任人" {...form.getInputProps('firstHandler')} />
        </SimpleGrid>
        <Textarea label="举报、投诉、信访事项" withAsterisk autosize minRows={3} {...form.getInputProps('matter')} />
        <Textarea label="首问处置情况" autosize minRows={2} {...form.getInputProps('firstHandling')} />
      </Stack>
    </RecordFormPage>
  );
}

interface VerifyValues extends Record<string, unknown> {
  verifiedOn: string | null;
  verification: string;
  finding: ComplaintFinding | null;
  leadTransferredOn: string | null;
}

function VerifyStep({ view, today, onDone }: { view: ComplaintView; today: string; onDone: () => void }) {
  const initial: VerifyValues = { verifiedOn: today, verification: '', finding: null, leadTransferredOn: null };
  return (
    <StepForm
      draftKey={`complaint-verify-${view.id}`}
      title="登记核实情况"
      initial={initial}
      submitLabel="登记"
      schema={complaintVerifyInput}
      toInput={(values: VerifyValues) => ({
        id: view.id,
        verifiedOn: values.verifiedOn ?? '',
        verification: values.verification,
        finding: values.finding ?? ('' as ComplaintFinding),
        caseId: null,
        transferOutId: null,
        leadTransferredOn: values.finding === 'lead-transferred' ? values.leadTransferredOn : null,
      })}
      method="complaints.verify"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <>
          <DateInput label="核实日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('verifiedOn')} />
          <Select
            label="核实结论"
            withAsterisk
            data={COMPLAINT_FINDINGS.filter((value) => value !== 'case-opened').map((value) => ({
              value,
              label: COMPLAINT_FINDING_LABELS[value],
            }))}
            {...form.getInputProps('finding')}
          />
          {form.values.finding === 'lead-transferred' && (
            <DateInput
              label="线索移送日期"
              withAsterisk
              valueFormat="YYYY-MM-DD"
              {...form.getInputProps('leadTransferredOn')}
            />
          )}
          <Textarea label="核实情况" withAsterisk autosize minRows={2} {...form.getInputProps('verification')} />
        </>
      )}
    </StepForm>
  );
}

interface AnswerValues extends Record<string, unknown> {
  kind: ComplaintAnswerKind;
  answeredOn: string | null;
  method: AnswerMethod | null;
  text: string;
}

function AnswerStep({ view, today, onDone }: { view: ComplaintView; today: string; onDone: () => void }) {
  const initial: AnswerValues = { kind: 'final', answeredOn: today, method: null, text: '' };
  return (
    <StepForm
      draftKey={`complaint-answer-${view.id}`}
      title="登记答复"
      initial={initial}
      submitLabel="登记答复"
      schema={complaintAnswerInput}
      toInput={(values: AnswerValues) => ({
        id: view.id,
        kind: values.kind,
        answeredOn: values.answeredOn ?? '',
        method: values.method ?? ('' as AnswerMethod),
        text: values.text,
      })}
      method="complaints.answer"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <>
          <Select
            label="答复类别"
            withAsterisk
            allowDeselect={false}
            data={(['feedback', 'final'] as const).map((value) => ({
              value,
              label: COMPLAINT_ANSWER_KIND_LABELS[value],
            }))}
            {...form.getInputProps('kind')}
          />
          <DateInput label="答复日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('answeredOn')} />
          <Select
            label="答复方式"
            withAsterisk
            data={ANSWER_METHODS.map((value) => ({ value, label: ANSWER_METHOD_LABELS[value] }))}
            {...form.getInputProps('method')}
          />
          <Textarea label="答复内容" withAsterisk autosize minRows={2} {...form.getInputProps('text')} />
        </>
      )}
    </StepForm>
  );
}

/** #/registers/complaints/:id — the only screen that shows who complained. */
export function ComplaintPage() {
  const id = Number(useParams()['id']);
  const record = useApiQuery('complaints.get', { id });
  const now = useOfficeNow();
  const [open, setOpen] = useState<'verify' | 'answer' | null>(null);
  const close = () => setOpen(null);
  return (
    <RecordLayout
      record={record}
      render={(view) => ({
        title: `举报投诉 ${view.number}`,
        description: `${formatDate(view.receivedOn)} · ${COMPLAINT_CHANNEL_LABELS[view.channel]}`,
        actions: <Text fw={600}>{view.state === 'closed' ? '已答复办结' : '办理中'}</Text>,
        main: (
          <>
            {view.deadline && <DeadlineNotice deadline={view.deadline} title="答复举报、投诉、信访人" />}
            {view.state === 'open' && (
              <Group gap="sm" aria-label="下一步">
                <Button variant={open === 'verify' ? 'light' : 'filled'} onClick={() => setOpen('verify')}>
                  登记核实情况
                </Button>
                <Button variant={open === 'answer' ? 'light' : 'filled'} onClick={() => setOpen('answer')}>
                  登记答复
                </Button>
              </Group>
            )}
            {now && open === 'verify' && <VerifyStep view={view} today={now.today} onDone={close} />}
            {now && open === 'answer' && <AnswerStep view={view} today={now.today} onDone={close} />}
            {view.state === 'closed' && (
              <Group gap="sm" aria-label="答复文书">
                <IssuePaperButton kind="complaint-answer" id={view.id} label="出具举报投诉答复书（仅送达本人）" />
              </Group>
            )}
            <CaseDocumentsPanel source={{ kind: 'complaint-answer', id: view.id }} />
            <Alert color="gray" title="举报人信息（保密）">
              {[view.complainant.name || '未留姓名', view.complainant.contact].filter(Boolean).join('，')}
            </Alert>
            <Card withBorder>
              <Title order={3} fz={16} mb="sm">
                办理情况
              </Title>
              <Stack gap={6}>
                <Fact label="事项">{view.matter}</Fact>
                <Fact label="首问责任人">{view.firstHandler || '—'}</Fact>
                <Fact label="首问处置">{view.firstHandling || '—'}</Fact>
                <Fact label="核实">
                  {view.finding
                    ? `${formatDate(view.verifiedOn ?? '')} ${COMPLAINT_FINDING_LABELS[view.finding]}：${view.verification}`
                    : '尚未核实'}
                </Fact>
                {view.leadTransferredOn && <Fact label="线索移送">{formatDate(view.leadTransferredOn)}</Fact>}
                {view.answers.map((answer) => (
                  <Fact key={answer.id} label={COMPLAINT_ANSWER_KIND_LABELS[answer.kind]}>
                    {`${formatDate(answer.answeredOn)}（${ANSWER_METHOD_LABELS[answer.method]}）${answer.text}`}
                  </Fact>
                ))}
              </Stack>
            </Card>
          </>
        ),
        aside: (
          <>
            <SourceQuote source="周政办字〔2018〕18号 二(四)4">{FIRST_ASKED_QUOTE}</SourceQuote>
            <HistoryCard history={view.history} />
          </>
        ),
      })}
    />
  );
}
