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
  certWithdrawnOn: string | null;
  phone: string;
  active: boolean;
  auxiliary: boolean;
  legalQualificationNo: string;
  reviewingSince: string | null;
}

function toValues(staff: Staff | null): StaffValues {
  return {
    name: staff?.name ?? '',
    roles: staff?.roles ?? [],
    certificateNo: staff?.certificateNo ?? '',
    certValidFrom: staff?.certValidFrom ?? null,
    certValidTo: staff?.certValidTo ?? null,
    certWithdrawnOn: staff?.certWithdrawnOn ?? null,
    phone: staff?.phone ?? '',
    active: staff?.active ?? true,
    auxiliary: staff?.auxiliary ?? false,
    legalQualificationNo: staff?.legalQualificationNo ?? '',
    reviewingSince: staff?.reviewingSince ?? null,
  };
}

export function StaffForm({ staff, onDone }: { staff: Staff | null; onDone: () => void }) {
  const initial = toValues(staff);
  const draft = useDraftSchemaForm({
    draftKey: staff ? `staff-${staff.id}` : 'staff-new',
    initial,
    schema: staffInput,
    toInput: (values) => ({
      ...values,
      certificateNo: values.certificateNo.trim() || null,
      legalQualificationNo: values.legalQualificationNo.trim() || null,
    }),
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
      <SimpleGrid cols={3} mt="sm">
        <DateInput
          label="执法证收回（注销）日期"
          valueFormat="YYYY-MM-DD"
          clearable
          {...form.getInputProps('certWithdrawnOn')}
        />
        <TextInput
          label="法律职业资格证书编号"
          description="法制审核员填写（行政处罚法第五十八条）"
          {...form.getInputProps('legalQualificationNo')}
        />
        <DateInput
          label="开始从事法制审核的日期"
          valueFormat="YYYY-MM-DD"
          clearable
          {...form.getInputProps('reviewingSince')}
        />
      </SimpleGrid>
      <Switch
        mt="md"
        label="行政执法辅助人员（不得担任承办、审核、决定岗位）"
        {...form.getInputProps('auxiliary', { type: 'checkbox' })}
      />
      <Switch
        mt="md"
        label="在岗（停用后不能再被选为承办人）"
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <FormButtons submitLabel="保存" saving={draft.saving} onCancel={onDone} />
    </DraftSchemaForm>
  );
}
