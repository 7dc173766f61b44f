import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateField } from '../../components/DateField';
import { Link, useNavigate, useParams } from 'react-router';
import type { DisputeSummary, DisputeView } from '../../../../shared/contract';
import {
  DISPUTE_REQUEST_QUOTE,
  DISPUTE_RULE_QUOTE,
  DISPUTE_STATE_LABELS,
  DISPUTE_STEP_LABELS,
  disputeCreateInput,
  disputeRequestInput,
  disputeStepInput,
  type DisputeStep,
} from '../../../../shared/contract/disputes';
import { useApiQuery } from '../../api/useApi';
import { RecordFormPage, WithOfficeNow } from '../../components/RecordFormPage';
import { RecordLink, RegisterListPage, type Scope } from '../../components/RegisterList';
import { ExportLedgerButton } from '../ledgers/ExportLedgerButton';
import { formatDate } from '../../lib/format';
import { orgOptions } from '../../lib/orgOptions';
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
import { CaseSelect } from '../registers/CaseSelect';

/** #/registers/disputes — jurisdiction disputes, from negotiation to the coordinating body's answer. */
export function DisputeListPage() {
  const [scope, setScope] = useState<Scope>('open');
  const [search, setSearch] = useState('');
  const list = useApiQuery('disputes.list', { scope, search: search.trim() });
  return (
    <RegisterListPage<DisputeSummary>
      title="管辖争议"
      description="行政执法职责（管辖）争议：先自行协商；协商不一致的，书面提请本单位规则配置指定的机关协调处理（衢政办发〔2022〕16号 第六条至第九条）。"
      create={{ to: '/registers/disputes/new', label: '登记管辖争议' }}
      tabs={<RegisterTabs />}
      actions={<ExportLedgerButton what="disputes" filters={{ scope, search: search.trim() }} />}
      scope={{ value: scope, onChange: setScope, openLabel: '未解决' }}
      search={{ value: search, onChange: setSearch, placeholder: '搜索单位、事项、争议焦点' }}
      query={list}
      table={{
        label: '管辖争议',
        empty: '没有符合条件的争议记录',
        columns: [
          {
            header: '争议事项',
            cell: (row) => (
              <RecordLink
                to={`/registers/disputes/${row.id}`}
                title={row.matter}
                detail={`发生于${formatDate(row.openedOn)}`}
              />
            ),
          },
          { header: '争议对方', cell: (row) => row.counterpart.name },
          { header: '协调机关', cell: (row) => row.body?.name ?? '—' },
          {
            header: '状态',
            cell: (row) => (
              <Badge variant="light" radius="sm" color={row.state === 'closed' ? 'green' : 'blue'}>
                {DISPUTE_STATE_LABELS[row.state]}
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
  counterpartOrgId: string | null;
  matter: string;
  caseId: string | null;
  openedOn: string | null;
  negotiation: string;
}

/** #/registers/disputes/new */
export function DisputeFormPage() {
  return <WithOfficeNow>{(now) => <DisputeForm today={now.today} />}</WithOfficeNow>;
}

function DisputeForm({ today }: { today: string }) {
  const navigate = useNavigate();
  const orgs = useApiQuery('orgs.list', {});
  const initial: NewValues = { counterpartOrgId: null, matter: '', caseId: null, openedOn: today, negotiation: '' };
  const { form, restored, discardDraft, saved } = useDraftForm<NewValues>('dispute-new', initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: disputeCreateInput,
    toInput: (values) => ({
      counterpartOrgId: values.counterpartOrgId ? Number(values.counterpartOrgId) : 0,
      matter: values.matter,
      caseId: values.caseId ? Number(values.caseId) : null,
      openedOn: values.openedOn ?? '',
      negotiation: values.negotiation,
    }),
    method: 'disputes.create',
    message: () => '管辖争议已登记',
    onSaved: (view) => {
      saved();
      void navigate(`/registers/disputes/${view.id}`);
    },
    successTitle: '已登记',
    failureTitle: '未能登记',
  });
  return (
    <RecordFormPage
      title="登记管辖争议"
      description="行政执法机关对行政执法职责有争议的，应当依法自行协商解决（衢政办发〔2022〕16号 第六条）。"
      back="/registers/disputes"
      saving={saving}
      onSubmit={() => void submit()}
      draft={{ restored, discard: () => discardDraft(initial) }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label="争议对方"
            withAsterisk
            searchable
            data={orgOptions(orgs.data, (org) => org.kind !== 'government', { withKind: true })}
            {...form.getInputProps('counterpartOrgId')}
          />
          <DateField label="发生争议的日期" withAsterisk {...form.getInputProps('openedOn')} />
          <CaseSelect label="关联案件" clearable {...form.getInputProps('caseId')} />
        </SimpleGrid>
        <Textarea label="争议事项" withAsterisk autosize minRows={2} {...form.getInputProps('matter')} />
        <Textarea label="协商情况" autosize minRows={2} {...form.getInputProps('negotiation')} />
      </Stack>
    </RecordFormPage>
  );
}

function RequestStep({ view, today, onDone }: { view: DisputeView; today: string; onDone: () => void }) {
  const orgs = useApiQuery('orgs.list', {});
  const bodies = orgOptions(orgs.data, (org) => view.route.kinds.includes(org.kind) && org.id !== view.counterpart.id, {
    withKind: true,
  });
  const initial = {
    bodyOrgId: view.body ? String(view.body.id) : null,
    requestedOn: today as string | null,
    negotiation: view.negotiation,
    focus: '',
    ourView: '',
    ourBasis: '',
    theirView: '',
    theirBasis: '',
    otherNotes: '',
  };
  return (
    <StepForm
      draftKey={`dispute-request-${view.id}`}
      title="书面提请协调"
      initial={initial}
      submitLabel="登记"
      schema={disputeRequestInput}
      toInput={(values) => ({
        id: view.id,
        ...values,
        bodyOrgId: values.bodyOrgId ? Number(values.bodyOrgId) : 0,
        requestedOn: values.requestedOn ?? '',
      })}
      method="disputes.request"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            提请机关：{view.route.steps.join('；')}（{view.route.rule}）
          </Text>
          <SimpleGrid cols={2}>
            <Select label="提请协调的机关" withAsterisk data={bodies} {...form.getInputProps('bodyOrgId')} />
            <DateField label="提请日期" withAsterisk {...form.getInputProps('requestedOn')} />
          </SimpleGrid>
          <Textarea label="自行协商的情况" withAsterisk autosize minRows={2} {...form.getInputProps('negotiation')} />
          <Textarea label="争议焦点" withAsterisk autosize minRows={2} {...form.getInputProps('focus')} />
          <SimpleGrid cols={2}>
            <Textarea label="本单位观点" withAsterisk autosize minRows={2} {...form.getInputProps('ourView')} />
            <Textarea
              label="本单位观点的法律、法规、规章依据"
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps('ourBasis')}
            />
            <Textarea label="对方观点" withAsterisk autosize minRows={2} {...form.getInputProps('theirView')} />
            <Textarea
              label="对方观点的法律、法规、规章依据"
              autosize
              minRows={2}
              {...form.getInputProps('theirBasis')}
            />
          </SimpleGrid>
          <Textarea label="其他需要说明的情况" autosize minRows={2} {...form.getInputProps('otherNotes')} />
        </Stack>
      )}
    </StepForm>
  );
}

const STEP_HINTS: Record<DisputeStep, string> = {
  settled: '双方协商一致的，登记协商结果，争议解决。',
  opinion: '协调一致的，协调机关出具书面协调意见；未达成一致的，进行会商（第八条、第九条）。',
  consultation: '双方认同会商意见的，出具书面协调意见；不认同的，报请人民政府决定（第九条）。',
  decision: '人民政府作出决定，协调机关据此出具书面协调意见（第九条）。',
};

function StepStep({
  view,
  step,
  today,
  onDone,
}: {
  view: DisputeView;
  step: DisputeStep;
  today: string;
  onDone: () => void;
}) {
  const initial = {
    onDate: today as string | null,
    agreed: step !== 'opinion' && step !== 'consultation',
    body: step === 'decision' ? (view.route.bodies.at(-1) ?? '') : (view.body?.name ?? ''),
    text: '',
  };
  return (
    <StepForm
      draftKey={`dispute-${step}-${view.id}`}
      title={`登记${DISPUTE_STEP_LABELS[step]}`}
      initial={initial}
      submitLabel="登记"
      schema={disputeStepInput}
      toInput={(values) => ({ id: view.id, step, ...values, onDate: values.onDate ?? '' })}
      method="disputes.step"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {STEP_HINTS[step]}
          </Text>
          <SimpleGrid cols={2}>
            <DateField label="日期" withAsterisk {...form.getInputProps('onDate')} />
            <TextInput label="出具机关" {...form.getInputProps('body')} />
          </SimpleGrid>
          {(step === 'opinion' || step === 'consultation') && (
            <Checkbox label="双方达成一致（认同）" {...form.getInputProps('agreed', { type: 'checkbox' })} />
          )}
          <Textarea label="意见或者决定的内容" withAsterisk autosize minRows={2} {...form.getInputProps('text')} />
        </Stack>
      )}
    </StepForm>
  );
}

/** #/registers/disputes/:id */
export function DisputePage() {
  const id = Number(useParams()['id']);
  const record = useApiQuery('disputes.get', { id });
  const now = useOfficeNow();
  const [open, setOpen] = useState<'request' | DisputeStep | null>(null);
  const close = () => setOpen(null);
  return (
    <RecordLayout
      record={record}
      render={(view) => ({
        title: `管辖争议：${view.counterpart.name}`,
        description: view.matter,
        actions: <Text fw={600}>{DISPUTE_STATE_LABELS[view.state]}</Text>,
        main: (
          <>
            {view.deadline && <DeadlineNotice deadline={view.deadline} title="书面提请协调" />}
            <Group gap="sm" aria-label="下一步">
              {view.actions.map((action) => (
                <Button
                  key={action}
                  variant={action === view.actions[0] ? 'filled' : 'default'}
                  onClick={() => setOpen(action)}
                >
                  {action === 'request' ? '书面提请协调' : `登记${DISPUTE_STEP_LABELS[action]}`}
                </Button>
              ))}
              {view.request && <IssuePaperButton kind="dispute-request" id={view.id} label="出具管辖争议协调申请书" />}
            </Group>
            {now && open === 'request' && <RequestStep view={view} today={now.today} onDone={close} />}
            {now && open && open !== 'request' && <StepStep view={view} step={open} today={now.today} onDone={close} />}
            <CaseDocumentsPanel source={{ kind: 'dispute-request', id: view.id }} />
            <Card withBorder>
              <Title order={3} fz={16} mb="sm">
                争议
              </Title>
              <Stack gap={6}>
                <Fact label="争议对方">{view.counterpart.name}</Fact>
                <Fact label="发生争议的日期">{formatDate(view.openedOn)}</Fact>
                {view.transfer && (
                  <Fact label="起因">
                    <Link to={`/transfers/${view.transfer.kind}/${view.transfer.id}`}>{view.transfer.label}</Link>
                  </Fact>
                )}
                {view.linkedCase && (
                  <Fact label="关联案件">
                    <Link to={`/cases/${view.linkedCase.id}`}>{view.linkedCase.caseNumber}</Link>
                  </Fact>
                )}
                {view.negotiation && <Fact label="协商情况">{view.negotiation}</Fact>}
                {view.body && <Fact label="协调机关">{view.body.name}</Fact>}
              </Stack>
            </Card>
            {view.request && (
              <Card withBorder>
                <Title order={3} fz={16} mb="sm">
                  协调申请（{formatDate(view.request.requestedOn)}）
                </Title>
                <Stack gap={6}>
                  <Fact label="争议焦点">{view.request.focus}</Fact>
                  <Fact label="本单位观点">{view.request.ourView}</Fact>
                  <Fact label="本单位依据">{view.request.ourBasis}</Fact>
                  <Fact label="对方观点">{view.request.theirView}</Fact>
                  {view.request.theirBasis && <Fact label="对方依据">{view.request.theirBasis}</Fact>}
                  {view.request.otherNotes && <Fact label="其他情况">{view.request.otherNotes}</Fact>}
                </Stack>
              </Card>
            )}
            {view.steps.length > 0 && (
              <Card withBorder>
                <Title order={3} fz={16} mb="sm">
                  协调经过
                </Title>
                <Stack gap={6}>
                  {view.steps.map((step) => (
                    <Fact key={step.id} label={`${DISPUTE_STEP_LABELS[step.step]}（${formatDate(step.onDate)}）`}>
                      {step.body ? `${step.body}：` : ''}
                      {step.text}
                      {step.step === 'opinion' || step.step === 'consultation'
                        ? step.agreed
                          ? '（达成一致）'
                          : '（未达成一致）'
                        : ''}
                    </Fact>
                  ))}
                </Stack>
              </Card>
            )}
          </>
        ),
        aside: (
          <>
            <SourceQuote source={view.route.rule.split('：')[0] ?? ''}>{view.route.steps.join('；')}</SourceQuote>
            <SourceQuote source="衢政办发〔2022〕16号 第六条">{DISPUTE_RULE_QUOTE}</SourceQuote>
            <SourceQuote source="衢政办发〔2022〕16号 第七条">{DISPUTE_REQUEST_QUOTE}</SourceQuote>
            <HistoryCard history={view.history} />
          </>
        ),
      })}
    />
  );
}
