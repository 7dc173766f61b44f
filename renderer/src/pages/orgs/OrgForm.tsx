import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { Organization } from '../../../../shared/contract';
import { orgInput } from '../../../../shared/contract/orgs';
import { ORG_KINDS, ORG_KIND_LABELS, type OrgKind } from '../../../../shared/domain/case';
import { DraftSchemaForm } from '../../components/DraftSchemaForm';
import { FormButtons } from '../../components/FormButtons';
import { useDraftSchemaForm } from '../../lib/useDraftSchemaForm';

interface OrgValues extends Record<string, unknown> {
  name: string;
  kind: OrgKind | null;
  contactPerson: string;
  phone: string;
  address: string;
}

export function OrgForm({ org, onDone }: { org: Organization | null; onDone: () => void }) {
  const initial: OrgValues = {
    name: org?.name ?? '',
    kind: org?.kind ?? null,
    contactPerson: org?.contactPerson ?? '',
    phone: org?.phone ?? '',
    address: org?.address ?? '',
  };
  const draft = useDraftSchemaForm({
    draftKey: org ? `org-${org.id}` : 'org-new',
    initial,
    schema: orgInput,
    method: org ? 'orgs.update' : 'orgs.create',
    send: (input) => (org ? { ...input, id: org.id } : input),
    message: (saved) => `单位 ${saved.name} 已保存`,
    onSaved: onDone,
  });
  const { form } = draft;

  return (
    <DraftSchemaForm draft={draft}>
      <SimpleGrid cols={2}>
        <TextInput label="单位名称" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label="单位类别"
          withAsterisk
          data={ORG_KINDS.map((value) => ({ value, label: ORG_KIND_LABELS[value] }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label="联系人" {...form.getInputProps('contactPerson')} />
        <TextInput label="联系电话" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <TextInput mt="sm" label="地址" {...form.getInputProps('address')} />
      <FormButtons submitLabel="保存" saving={draft.saving} onCancel={onDone} />
    </DraftSchemaForm>
  );
}
