import { Button, Checkbox, Group, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Staff } from '../../../../shared/contract';
import { staffInput } from '../../../../shared/contract/staff';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../../../../shared/domain/case';
import { api } from '../../api/client';
import { DraftBanner } from '../../components/DraftBanner';
import { useDraftForm } from '../../lib/useDraftForm';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';

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
  const { form, restored, discardDraft, saved } = useDraftForm<StaffValues>(staff ? `staff-${staff.id}` : 'staff-new', initial);
  const { submit, saving } = useSchemaSubmit({
    form,
    schema: staffInput,
    toInput: (values) => ({ ...values, certificateNo: values.certificateNo.trim() || null }),
    save: async (input) => {
      if (staff) await api('staff.update', { ...input, id: staff.id });
      else await api('staff.create', input);
      return `人员 ${input.name} 已保存`;
    },
    onSaved: () => {
      saved();
      onDone();
    },
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <SimpleGrid cols={2}>
        <TextInput label="姓名" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="联系电话" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <Checkbox.Group mt="sm" label="岗位" withAsterisk description="同一案件中，承办、审核、决定须由不同人员担任" {...form.getInputProps('roles')}>
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
      <Switch mt="md" label="在岗（停用后不能再被选为承办人）" {...form.getInputProps('active', { type: 'checkbox' })} />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onDone}>
          取消
        </Button>
        <Button type="submit" loading={saving}>
          保存
        </Button>
      </Group>
    </form>
  );
}
