import { Alert, Button, Card, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DateField } from '../../components/DateField';
import { Link, useNavigate, useParams } from 'react-router';
import type { TransferInView } from '../../../../shared/contract';
import { transferInRegisterInput } from '../../../../shared/contract/transfers';
import { useApiQuery } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { TimeField } from '../../components/TimeField';
import { useDraftForm } from '../../lib/useDraftForm';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { formatOfficeTime } from '../../lib/format';
import { orgOptions } from '../../lib/orgOptions';

interface InValues extends Record<string, unknown> {
  fromOrgId: string | null;
  letterNumber: string;
  letterDate: string | null;
  cause: string;
  partyName: string;
  summary: string;
  materials: string;
  receivedOn: string | null;
  receivedTime: string;
}

type Options = Array<{ value: string; label: string }>;

function useSenderOptions() {
  const orgs = useApiQuery('orgs.list', {});
  const options = orgs.data && orgOptions(orgs.data, (org) => org.kind !== 'government', { withKind: true });
  return { options, error: orgs.error };
}

/** #/transfers/in/new — a transfer another body sent us. */
export function TransferInFormPage() {
  const now = useOfficeNow();
  const orgs = useSenderOptions();
  return (
    <LoadState loading={!now || !orgs.options} error={orgs.error}>
      {now && orgs.options && <InForm today={now.today} time={now.time} orgs={orgs.options} />}
    </LoadState>
  );
}

/** #/transfers/in/:id/edit — correcting what was registered, until a paper is issued from it. */
export function TransferInEditPage() {
  const id = Number(useParams()['id']);
  const transfer = useApiQuery('transfers.in.get', { id });
  const orgs = useSenderOptions();
  return (
    <LoadState
      loading={(transfer.loading && !transfer.data) || !orgs.options}
      error={transfer.error ?? orgs.error}
      onRetry={transfer.reload}
    >
      {transfer.data && orgs.options && <EditForm view={transfer.data} orgs={orgs.options} />}
    </LoadState>
  );
}

function EditForm({ view, orgs }: { view: TransferInView; orgs: Options }) {
  const navigate = useNavigate();
  const back = `/transfers/in/${view.id}`;
  const received = view.receivedAt;
  const initial: InValues = {
    fromOrgId: String(view.from.id),
    letterNumber: view.letterNumber,
    letterDate: view.letterDate,
    cause: view.cause,
    partyName: view.partyName,
    summary: view.summary,
    materials: view.materials,
    receivedOn: view.receivedOn,
    receivedTime: formatOfficeTime(received),
  };
  const { form, restored, discardDraft, saved } = useDraftForm<InValues>(`transfer-in-${view.id}-edit`, initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: transferInRegisterInput,
    toInput: (values) => ({ ...values, fromOrgId: Number(values.fromOrgId ?? 0), receivedOn: values.receivedOn ?? '' }),
    method: 'transfers.in.update',
    send: (input) => ({ ...input, id: view.id }),
    message: () => '登记内容已更正，更正前后的内容已记入操作记录',
    onSaved: () => {
      saved();
      void navigate(back);
    },
    successTitle: '已更正',
    failureTitle: '未能更正',
  });
  const blocked = view.correctionBlocked;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <PageHeader
        title="更正接收移送的登记内容"
        description="登记时填错的日期、文号、案由等可在此更正；出具受理情况告知书后不能再更正（须先作废告知书）。"
        actions={
          <>
            <Button variant="default" component={Link} to={back}>
              返回
            </Button>
            <Button type="submit" loading={saving} disabled={blocked !== null}>
              保存更正
            </Button>
          </>
        }
      />
      {blocked && (
        <Alert color="orange" title="不能更正" mb="md" maw={960}>
          {blocked}
        </Alert>
      )}
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <InFields form={form} orgs={orgs} />
    </form>
  );
}

function InForm({ today, time, orgs }: { today: string; time: string; orgs: Options }) {
  const navigate = useNavigate();
  const initial: InValues = {
    fromOrgId: null,
    letterNumber: '',
    letterDate: null,
    cause: '',
    partyName: '',
    summary: '',
    materials: '',
    receivedOn: today,
    receivedTime: time,
  };
  const { form, restored, discardDraft, saved } = useDraftForm<InValues>('transfer-in-new', initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: transferInRegisterInput,
    toInput: (values) => ({ ...values, fromOrgId: Number(values.fromOrgId ?? 0), receivedOn: values.receivedOn ?? '' }),
    method: 'transfers.in.register',
    message: (view) => `${view.from.name}移送的案件已登记`,
    onSaved: (view) => {
      saved();
      void navigate(`/transfers/in/${view.id}`);
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
        title="登记接收的移送"
        description="其他单位移送本单位的案件。登记后请在移送单位的送达回证上签收，并在规定期限内书面告知移送单位受理情况。"
        actions={
          <>
            <Button variant="default" component={Link} to="/transfers">
              返回
            </Button>
            <Button type="submit" loading={saving}>
              登记
            </Button>
          </>
        }
      />
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <InFields form={form} orgs={orgs} />
    </form>
  );
}

function InFields({ form, orgs }: { form: UseFormReturnType<InValues>; orgs: Options }) {
  return (
    <Card withBorder maw={960}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select label="移送单位" withAsterisk searchable data={orgs} {...form.getInputProps('fromOrgId')} />
          <TextInput label="移送函文号" {...form.getInputProps('letterNumber')} />
          <DateField
            label="移送函落款日期"
            clearable
            description="受理情况告知书写明“你单位于…移送的”"
            {...form.getInputProps('letterDate')}
          />
          <TextInput label="案由" withAsterisk {...form.getInputProps('cause')} />
          <TextInput label="当事人" {...form.getInputProps('partyName')} />
          <DateField
            label="收到日期"
            withAsterisk
            description="答复期限自收到之日的次日起算"
            {...form.getInputProps('receivedOn')}
          />
          <TimeField label="收到时间" withAsterisk {...form.getInputProps('receivedTime')} />
        </SimpleGrid>
        <Textarea label="违法线索与基本事实" withAsterisk autosize minRows={3} {...form.getInputProps('summary')} />
        <Textarea
          label="随案移送的材料和物品"
          autosize
          minRows={2}
          placeholder="例如：案件移送函 1 份；现场检查记录 1 份；照片 6 张"
          {...form.getInputProps('materials')}
        />
      </Stack>
    </Card>
  );
}
