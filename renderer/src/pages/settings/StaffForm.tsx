import { useState } from 'react';
import { Button, Checkbox, Group, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import type { Staff } from '../../../../shared/contract';
import { staffInput } from '../../../../shared/contract/staff';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../../../../shared/domain/case';
import { ApiCallError, api, errorMessage } from '../../api/client';
import { DraftBanner } from '../../components/DraftBanner';
import { schemaErrors } from '../../lib/schemaErrors';
import { useDraftForm } from '../../lib/useDraftForm';

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
  const [saving, setSaving] = useState(false);

  async function submit() {
    const values = form.getValues();
    const input = { ...values, certificateNo: values.certificateNo.trim() || null };
    const errors = schemaErrors(staffInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setSaving(true);
    try {
      if (staff) await api('staff.update', { ...input, id: staff.id });
      else await api('staff.create', input);
      saved();
      notifications.show({ color: 'green', title: '已保存', message: `人员 ${values.name} 已保存` });
      onDone();
    } catch (error) {
      if (error instanceof ApiCallError && error.field) form.setFieldError(error.field, error.message);
      notifications.show({ color: 'red', title: '未能保存', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

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
