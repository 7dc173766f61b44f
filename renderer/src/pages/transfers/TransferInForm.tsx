import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useNavigate } from 'react-router';
import { transferInRegisterInput } from '../../../../shared/contract/transfers';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { RecordFormPage } from '../../components/RecordFormPage';
import { TimeField } from '../../components/TimeField';
import { useDraftForm } from '../../lib/useDraftForm';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';
import { useOfficeNow } from '../../lib/useOfficeNow';
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

/** #/transfers/in/new — a transfer another body sent us. */
export function TransferInFormPage() {
  const now = useOfficeNow();
  const orgs = useApiQuery('orgs.list', {});
  return (
    <LoadState loading={!now || !orgs.data} error={orgs.error}>
      {now && orgs.data && (
        <InForm
          today={now.today}
          time={now.time}
          orgs={orgOptions(orgs.data, (org) => org.kind !== 'government', { withKind: true })}
        />
      )}
    </LoadState>
  );
}

function InForm({ today, time, orgs }: { today: string; time: string; orgs: Array<{ value: string; label: string }> }) {
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
    <RecordFormPage
      title="登记接收的移送"
      description="其他单位移送本单位的案件。登记后请出具送达回证，并在规定期限内书面告知移送单位受理情况。"
      back="/transfers"
      saving={saving}
      onSubmit={() => void submit()}
      draft={{ restored, discard: () => discardDraft(initial) }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select label="移送单位" withAsterisk searchable data={orgs} {...form.getInputProps('fromOrgId')} />
          <TextInput label="移送函文号" {...form.getInputProps('letterNumber')} />
          <DateInput
            label="移送函落款日期"
            valueFormat="YYYY-MM-DD"
            clearable
            description="受理情况告知书写明“你单位于…移送的”"
            {...form.getInputProps('letterDate')}
          />
          <TextInput label="案由" withAsterisk {...form.getInputProps('cause')} />
          <TextInput label="当事人" {...form.getInputProps('partyName')} />
          <DateInput
            label="收到日期"
            withAsterisk
            valueFormat="YYYY-MM-DD"
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
    </RecordFormPage>
  );
}
