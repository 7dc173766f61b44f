import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useNavigate } from 'react-router';
import {
  ASSISTANCE_GROUND_LABELS,
  ASSISTANCE_GROUNDS,
  assistanceCreateInput,
  type AssistanceDirection,
  type AssistanceGround,
} from '../../../../shared/contract/assistance';
import { RecordFormPage, WithOfficeNow } from '../../components/RecordFormPage';
import { useDraftForm } from '../../lib/useDraftForm';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';

interface Values extends Record<string, unknown> {
  direction: AssistanceDirection;
  counterpart: string;
  letterNumber: string;
  caseTitle: string;
  ground: AssistanceGround | null;
  needed: string;
  reason: string;
  legalBasis: string;
  returnItems: string;
  contactName: string;
  contactPhone: string;
  requestedOn: string | null;
}

/** #/registers/assistance/new — a request for help we send, or one we received. */
export function AssistanceFormPage() {
  return <WithOfficeNow>{(now) => <AssistanceForm today={now.today} />}</WithOfficeNow>;
}

function AssistanceForm({ today }: { today: string }) {
  const navigate = useNavigate();
  const initial: Values = {
    direction: 'out',
    counterpart: '',
    letterNumber: '',
    caseTitle: '',
    ground: null,
    needed: '',
    reason: '',
    legalBasis: '',
    returnItems: '',
    contactName: '',
    contactPhone: '',
    requestedOn: today,
  };
  const { form, restored, discardDraft, saved } = useDraftForm<Values>('assistance-new', initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: assistanceCreateInput,
    toInput: (values) => ({
      ...values,
      caseId: null,
      ground: values.ground ?? ('' as AssistanceGround),
      requestedOn: values.requestedOn ?? '',
    }),
    method: 'assistance.create',
    message: (view) => `${view.caseTitle}的协助请求已登记`,
    onSaved: (view) => {
      saved();
      void navigate(`/registers/assistance/${view.id}`);
    },
    successTitle: '已登记',
    failureTitle: '未能登记',
  });
  const incoming = form.values.direction === 'in';
  return (
    <RecordFormPage
      title="登记协助请求"
      description="被请求的机关应当在职权范围内予以协助；明确禁止或不属于其职权范围的，应当及时告知并说明理由。"
      back="/registers/assistance"
      saving={saving}
      onSubmit={() => void submit()}
      draft={{ restored, discard: () => discardDraft(initial) }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label="方向"
            withAsterisk
            allowDeselect={false}
            data={[
              { value: 'out', label: '本单位请求其他机关协助' },
              { value: 'in', label: '其他机关请求本单位协助' },
            ]}
            {...form.getInputProps('direction')}
          />
          <TextInput
            label={incoming ? '请求协助的机关' : '被请求协助的机关'}
            withAsterisk
            {...form.getInputProps('counterpart')}
          />
          {incoming && <TextInput label="来函文号" {...form.getInputProps('letterNumber')} />}
          <DateInput
            label={incoming ? '收到请求的日期' : '请求日期'}
            withAsterisk
            valueFormat="YYYY-MM-DD"
            description="答复期限自次日起按工作日计算"
            {...form.getInputProps('requestedOn')}
          />
          <TextInput
            label="案件名称"
            withAsterisk
            placeholder="例如：陈某某无证经营食品案"
            {...form.getInputProps('caseTitle')}
          />
          <Select
            label="协助的情形"
            withAsterisk
            data={ASSISTANCE_GROUNDS.map((value) => ({ value, label: ASSISTANCE_GROUND_LABELS[value] }))}
            {...form.getInputProps('ground')}
          />
        </SimpleGrid>
        <Textarea label="需要协助的事项" withAsterisk autosize minRows={2} {...form.getInputProps('needed')} />
        <Textarea label="请求协助的理由" withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        <Textarea label="法律依据" autosize minRows={1} {...form.getInputProps('legalBasis')} />
        <Textarea label="需反馈的材料" autosize minRows={1} {...form.getInputProps('returnItems')} />
        <SimpleGrid cols={2}>
          <TextInput label="联系人" description="不填时文书使用本单位联系人" {...form.getInputProps('contactName')} />
          <TextInput label="联系电话" {...form.getInputProps('contactPhone')} />
        </SimpleGrid>
      </Stack>
    </RecordFormPage>
  );
}
