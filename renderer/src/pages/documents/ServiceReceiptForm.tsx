import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { IssuedDocument } from '../../../../shared/contract';
import { SERVICE_METHODS, SERVICE_METHOD_LABELS, serviceReceiptInput } from '../../../../shared/contract/documents';
import { DraftSchemaForm } from '../../components/DraftSchemaForm';
import { FormButtons } from '../../components/FormButtons';
import { TimeField } from '../../components/TimeField';
import { useDraftSchemaForm } from '../../lib/useDraftSchemaForm';

interface ReceiptValues extends Record<string, unknown> {
  recipient: string;
  servedOn: string | null;
  servedTime: string;
  place: string;
  method: string | null;
  servers: string;
  witness: string;
  refusal: string;
  notes: string;
}

const EMPTY: ReceiptValues = {
  recipient: '',
  servedOn: null,
  servedTime: '',
  place: '',
  method: 'direct',
  servers: '',
  witness: '',
  refusal: '',
  notes: '',
};

/** How a paper was served: the clerk fills it in after service, then the 送达回证 is issued. */
export function ServiceReceiptForm({ served, onDone }: { served: IssuedDocument; onDone: () => void }) {
  const draft = useDraftSchemaForm({
    draftKey: `receipt-${served.id}`,
    initial: EMPTY,
    schema: serviceReceiptInput,
    toInput: (values) => ({
      ...values,
      documentId: served.id,
      servedOn: values.servedOn ?? '',
      method: values.method ?? '',
    }),
    method: 'documents.issueReceipt',
    message: () => `${served.title}${served.docNumber ? ` ${served.docNumber}` : ''}`,
    onSaved: onDone,
    successTitle: '已出具送达回证',
    failureTitle: '未能出具',
  });
  const { form } = draft;
  const lodged = form.getValues().method === 'lodged';

  return (
    <DraftSchemaForm draft={draft}>
      <SimpleGrid cols={2}>
        <TextInput label="受送达人" withAsterisk data-autofocus {...form.getInputProps('recipient')} />
        <Select
          label="送达方式"
          withAsterisk
          data={SERVICE_METHODS.map((value) => ({ value, label: SERVICE_METHOD_LABELS[value] }))}
          {...form.getInputProps('method')}
        />
        <DateInput label="送达日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('servedOn')} />
        <TimeField label="送达时间" withAsterisk {...form.getInputProps('servedTime')} />
        <TextInput label="送达地点" withAsterisk {...form.getInputProps('place')} />
        <TextInput label="送达人" withAsterisk placeholder="两名执法人员" {...form.getInputProps('servers')} />
        {lodged && <TextInput label="见证人" withAsterisk {...form.getInputProps('witness')} />}
        {lodged && <TextInput label="拒收事由" withAsterisk {...form.getInputProps('refusal')} />}
      </SimpleGrid>
      <TextInput mt="sm" label="备注" {...form.getInputProps('notes')} />
      <FormButtons submitLabel="出具送达回证" saving={draft.saving} onCancel={onDone} />
    </DraftSchemaForm>
  );
}
