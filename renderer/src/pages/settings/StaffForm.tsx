import { Checkbox, Group, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Staff } from '../../../../shared/contract';
import { staffInput } from '../../../../shared/contract/staff';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../../../../shared/domain/case';
import { DraftSchemaForm } from '../../components/DraftSchemaForm';
import { FormButtons } from '../../components/FormButtons';
import { useDraftSchemaForm } from '../../lib/useDraftSchemaForm';

interface StaffValues extends Record<string, unknown> {
  name: string;
  roles: StaffRole[];
  certificateNo: string;
  certValidFrom: string | null;
  certValidTo: string | null;
  phone: string;
  active: boolean;
}

function toValues(staff: Staff | null): StaffValues {
  return {
    name: staff?.name ?? '',
    roles: staff?.roles ?? [],
    certificateNo: staff?.certificateNo ?? '',
    certValidFrom: staff?.certValidFrom ?? null,
    certValidTo: staff?.certValidTo ?? null,
    phone: staff?.phone ?? '',
    active: staff?.active ?? true,
  };
}

export function StaffForm({ staff, onDone }: { staff: Staff | null; onDone: () => void }) {
  const initial = toValues(staff);
  const draft = useDraftSchemaForm({
    draftKey: staff ? `staff-${staff.id}` : 'staff-new',
    initial,
    schema: staffInput,
    toInput: (values) => ({ ...values, certificateNo: values.certificateNo.trim() || null }),
    method: staff ? 'staff.update' : 'staff.create',
    send: (input) => (staff ? { ...input, id: staff.id } : input),
    message: (saved) => `人员 ${saved.name} 已保存`,
    onSaved: onDone,
  });
  const { form } = draft;

  return (
    <DraftSchemaForm draft={draft}>
      <SimpleGrid cols={2}>
        <TextInput label="姓名" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="联系电话" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <Checkbox.Group
        mt="sm"
        label="岗位"
        withAsterisk
        description="同一案件中，承办、审核、决定须由不同人员担任"
        {...form.getInputProps('roles')}
      >
        <Group mt={6}>
          {STAFF_ROLES.map((role) => (
            <Checkbox key={role} value={role} label={STAFF_ROLE_LABELS[role]} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={3} mt="sm">
        <TextInput label="执法证号" {...form.getInputProps('certificateNo')} />
        <DateInput label="有效期起" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('certValidFrom')} />
        <DateInput label="有效期止" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('certValidTo')} />
      </SimpleGrid>
      <Switch
        mt="md"
        label="在岗（停用后不能再被选为承办人）"
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <FormButtons submitLabel="保存" saving={draft.saving} onCancel={onDone} />
    </DraftSchemaForm>
  );
}
