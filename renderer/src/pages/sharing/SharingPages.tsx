import { useState } from 'react';
import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DateField } from '../../components/DateField';
import { Link, useNavigate, useParams } from 'react-router';
import type { Organization, SharingSummary, SharingView } from '../../../../shared/contract';
import {
  SHARING_DIRECTION_LABELS,
  SHARING_KIND_LABELS,
  SHARING_KINDS,
  SHARING_METHOD_LABELS,
  SHARING_METHODS,
  SHARING_MODE_LABELS,
  SHARING_ORIGIN_LABELS,
  SHARING_RULE_QUOTE,
  SHARING_STATE_LABELS,
  sharingCreateInput,
  sharingShareInput,
  sharingUpdateInput,
  type SharingDirection,
  type SharingKind,
  type SharingMethod,
  type SharingMode,
} from '../../../../shared/contract/sharing';
import { useApiQuery } from '../../api/useApi';
import { RecordFormPage, WithOfficeNow } from '../../components/RecordFormPage';
import { ChoiceFilter, RecordLink, RegisterListPage, type Scope } from '../../components/RegisterList';
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

const KIND_OPTIONS = SHARING_KINDS.map((value) => ({ value, label: SHARING_KIND_LABELS[value] }));
const SHARING_ORGS = (org: Organization) => org.kind !== 'public-security' && org.kind !== 'court';

/** #/registers/sharing — information shared both ways, with the period each is due in. */
export function SharingListPage() {
  const [scope, setScope] = useState<Scope>('open');
  const [direction, setDirection] = useState<SharingDirection | null>(null);
  const [kind, setKind] = useState<SharingKind | null>(null);
  const [search, setSearch] = useState('');
  const list = useApiQuery('sharing.list', { scope, direction, kind, search: search.trim() });
  return (
    <RegisterListPage<SharingSummary>
      title="信息共享"
      description="本单位向相关部门共享（抄告）的行政执法信息，以及相关部门向本单位提供的信息（涪陵府办〔2024〕1号 二(一)；周政办字〔2018〕18号 二(四)5；郯政发〔2023〕1号 二(三)10）。"
      create={{ to: '/registers/sharing/new', label: '登记共享信息' }}
      actions={<ExportLedgerButton what="sharing" filters={{ scope, direction, kind, search: search.trim() }} />}
      tabs={<RegisterTabs />}
      scope={{ value: scope, onChange: setScope, openLabel: '待共享' }}
      filters={
        <>
          <ChoiceFilter
            label="方向"
            value={direction}
            onChange={setDirection}
            allLabel="全部方向"
            choices={[
              { value: 'out', label: SHARING_DIRECTION_LABELS.out },
              { value: 'in', label: SHARING_DIRECTION_LABELS.in },
            ]}
          />
          <Select
            aria-label="信息种类"
            placeholder="全部种类"
            clearable
            data={KIND_OPTIONS}
            value={kind}
            onChange={(value) => setKind(SHARING_KINDS.find((k) => k === value) ?? null)}
            w={240}
          />
        </>
      }
      search={{ value: search, onChange: setSearch, placeholder: '搜索信息、单位' }}
      query={list}
      table={{
        label: '信息共享',
        empty: '没有符合条件的共享记录',
        columns: [
          {
            header: '信息',
            cell: (row) => (
              <RecordLink
                to={`/registers/sharing/${row.id}`}
                title={row.subject}
                detail={SHARING_KIND_LABELS[row.kind]}
              />
            ),
          },
          {
            header: '对方单位',
            cell: (row) => (
              <>
                {row.org?.name ?? <Text c="orange">待填写</Text>}
                <Text size="xs" c="dimmed">
                  {SHARING_DIRECTION_LABELS[row.direction]}
                </Text>
              </>
            ),
          },
          { header: '形成（收到）日期', cell: (row) => formatDate(row.formedOn) },
          {
            header: '状态',
            cell: (row) => (
              <Badge variant="light" radius="sm" color={row.state === 'shared' ? 'green' : 'blue'}>
                {SHARING_STATE_LABELS[row.state]}
              </Badge>
            ),
          },
          { header: '期限', cell: (row) => <DeadlineBadge deadline={row.deadline} /> },
        ],
      }}
    />
  );
}

interface FieldValues extends Record<string, unknown> {
  direction: SharingDirection;
  mode: SharingMode;
  kind: SharingKind | null;
  subject: string;
  orgId: string | null;
  caseId: string | null;
  formedOn: string | null;
  note: string;
}

function toInput(values: FieldValues) {
  return {
    direction: values.direction,
    mode: values.mode,
    kind: values.kind ?? ('' as SharingKind),
    subject: values.subject,
    orgId: values.orgId ? Number(values.orgId) : null,
    caseId: values.caseId ? Number(values.caseId) : null,
    formedOn: values.formedOn ?? '',
    note: values.note,
  };
}

function SharingFields({ form }: { form: UseFormReturnType<FieldValues> }) {
  const orgs = useApiQuery('orgs.list', {});
  const outgoing = form.getValues().direction === 'out';
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <Select
          label="方向"
          withAsterisk
          allowDeselect={false}
          data={[
            { value: 'out', label: '本单位向其他部门提供' },
            { value: 'in', label: '其他部门向本单位提供' },
          ]}
          {...form.getInputProps('direction')}
        />
        <Select
          label="类别"
          withAsterisk
          allowDeselect={false}
          data={[
            { value: 'notify', label: SHARING_MODE_LABELS.notify },
            { value: 'request', label: SHARING_MODE_LABELS.request },
          ]}
          {...form.getInputProps('mode')}
        />
        <Select label="信息种类" withAsterisk data={KIND_OPTIONS} {...form.getInputProps('kind')} />
        <Select
          label={outgoing ? '接收信息的单位' : '提供信息的单位'}
          withAsterisk
          searchable
          data={orgOptions(orgs.data, SHARING_ORGS, { withKind: true })}
          {...form.getInputProps('orgId')}
        />
        <DateField
          label={form.getValues().mode === 'request' ? '提出要求的日期' : outgoing ? '信息形成日期' : '收到信息的日期'}
          withAsterisk
          {...form.getInputProps('formedOn')}
        />
        <CaseSelect label="关联案件" clearable {...form.getInputProps('caseId')} />
      </SimpleGrid>
      <Textarea label="共享的信息" withAsterisk autosize minRows={2} {...form.getInputProps('subject')} />
      <TextInput label="备注" {...form.getInputProps('note')} />
    </Stack>
  );
}

/** #/registers/sharing/new */
export function SharingFormPage() {
  return <WithOfficeNow>{(now) => <SharingForm today={now.today} />}</WithOfficeNow>;
}

function SharingForm({ today }: { today: string }) {
  const navigate = useNavigate();
  const initial: FieldValues = {
    direction: 'out',
    mode: 'notify',
    kind: null,
    subject: '',
    orgId: null,
    caseId: null,
    formedOn: today,
    note: '',
  };
  const { form, restored, discardDraft, saved } = useDraftForm<FieldValues>('sharing-new', initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: sharingCreateInput,
    toInput,
    method: 'sharing.create',
    message: () => '共享记录已登记',
    onSaved: (view) => {
      saved();
      void navigate(`/registers/sharing/${view.id}`);
    },
    successTitle: '已登记',
    failureTitle: '未能登记',
  });
  return (
    <RecordFormPage
      title="登记共享信息"
      description="共享期限按本单位适用的规则配置计算；规则文件未规定天数的，显示为本单位设定。"
      back="/registers/sharing"
      saving={saving}
      onSubmit={() => void submit()}
      draft={{ restored, discard: () => discardDraft(initial) }}
    >
      <SharingFields form={form} />
    </RecordFormPage>
  );
}

function EditStep({ view, onDone }: { view: SharingView; onDone: () => void }) {
  const initial: FieldValues = {
    direction: view.direction,
    mode: view.mode,
    kind: view.kind,
    subject: view.subject,
    orgId: view.org ? String(view.org.id) : null,
    caseId: view.linkedCase ? String(view.linkedCase.id) : null,
    formedOn: view.formedOn,
    note: view.note,
  };
  return (
    <StepForm
      draftKey={`sharing-edit-${view.id}`}
      title="修改共享记录"
      initial={initial}
      submitLabel="保存"
      schema={sharingUpdateInput}
      toInput={(values) => ({ id: view.id, ...toInput(values) })}
      method="sharing.update"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => <SharingFields form={form} />}
    </StepForm>
  );
}

function ShareStep({ view, today, onDone }: { view: SharingView; today: string; onDone: () => void }) {
  const initial: { sharedOn: string | null; method: SharingMethod | null; note: string } = {
    sharedOn: today,
    method: 'letter',
    note: view.note,
  };
  return (
    <StepForm
      draftKey={`sharing-share-${view.id}`}
      title={view.direction === 'out' ? '登记已共享' : '登记已收到'}
      initial={initial}
      submitLabel="登记"
      schema={sharingShareInput}
      toInput={(values) => ({
        id: view.id,
        sharedOn: values.sharedOn ?? '',
        method: values.method ?? ('' as SharingMethod),
        note: values.note,
      })}
      method="sharing.share"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <SimpleGrid cols={2}>
          <DateField
            label={view.direction === 'out' ? '共享日期' : '收到日期'}
            withAsterisk
            {...form.getInputProps('sharedOn')}
          />
          <Select
            label="共享方式"
            withAsterisk
            data={SHARING_METHODS.map((value) => ({ value, label: SHARING_METHOD_LABELS[value] }))}
            {...form.getInputProps('method')}
          />
          <TextInput label="共享情况" {...form.getInputProps('note')} />
        </SimpleGrid>
      )}
    </StepForm>
  );
}

/** #/registers/sharing/:id */
export function SharingPage() {
  const id = Number(useParams()['id']);
  const record = useApiQuery('sharing.get', { id });
  const now = useOfficeNow();
  const [open, setOpen] = useState<'edit' | 'share' | null>(null);
  const close = () => setOpen(null);
  return (
    <RecordLayout
      record={record}
      render={(view) => ({
        title: `信息共享：${SHARING_KIND_LABELS[view.kind]}`,
        description: `${SHARING_DIRECTION_LABELS[view.direction]} · ${SHARING_MODE_LABELS[view.mode]} · ${SHARING_ORIGIN_LABELS[view.origin]}`,
        actions: <Text fw={600}>{SHARING_STATE_LABELS[view.state]}</Text>,
        main: (
          <>
            {view.deadline && <DeadlineNotice deadline={view.deadline} title="共享期限" />}
            {view.state === 'pending' && (
              <Group gap="sm" aria-label="下一步">
                <Button onClick={() => setOpen('share')}>
                  {view.direction === 'out' ? '登记已共享' : '登记已收到'}
                </Button>
                {view.canIssueLetter && (
                  <IssuePaperButton
                    kind="sharing-letter"
                    id={view.id}
                    label={view.kind === 'penalty-decision' ? '出具行政处罚决定抄告函' : '出具信息共享告知函'}
                  />
                )}
                <Button variant="default" onClick={() => setOpen('edit')}>
                  修改
                </Button>
              </Group>
            )}
            {!view.org && (
              <Text c="orange" size="sm">
                尚未填写接收信息的单位：请点“修改”选择相关行政管理部门，再出具抄告函、登记共享。
              </Text>
            )}
            {now && open === 'share' && <ShareStep view={view} today={now.today} onDone={close} />}
            {open === 'edit' && <EditStep view={view} onDone={close} />}
            <CaseDocumentsPanel source={{ kind: 'sharing-letter', id: view.id }} />
            <Card withBorder>
              <Title order={3} fz={16} mb="sm">
                共享信息
              </Title>
              <Stack gap={6}>
                <Fact label="信息种类">{SHARING_KIND_LABELS[view.kind]}</Fact>
                <Fact label="信息">{view.subject}</Fact>
                <Fact label={view.direction === 'out' ? '接收单位' : '提供单位'}>{view.org?.name ?? '待填写'}</Fact>
                <Fact label="形成（收到、提出要求）日期">{formatDate(view.formedOn)}</Fact>
                {view.dueDate && <Fact label="应共享日期">{formatDate(view.dueDate)}前</Fact>}
                <Fact label="期限依据">{view.rule}</Fact>
                {view.sharedOn && <Fact label="共享日期">{formatDate(view.sharedOn)}</Fact>}
                {view.method && <Fact label="共享方式">{SHARING_METHOD_LABELS[view.method]}</Fact>}
                {view.linkedCase && (
                  <Fact label="关联案件">
                    <Link to={`/cases/${view.linkedCase.id}`}>{view.linkedCase.caseNumber}</Link>
                  </Fact>
                )}
                {view.note && <Fact label="备注">{view.note}</Fact>}
                <Fact label="规则配置">
                  {view.profile.name}（第{view.profile.version}版）
                </Fact>
              </Stack>
            </Card>
          </>
        ),
        aside: (
          <>
            <SourceQuote source="周政办字〔2018〕18号 二(四)5">{SHARING_RULE_QUOTE}</SourceQuote>
            <HistoryCard history={view.history} />
          </>
        ),
      })}
    />
  );
}
