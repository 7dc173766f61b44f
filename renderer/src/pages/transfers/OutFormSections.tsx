// The parts of the transfer-out form: to whom and why, and from when the deadline runs.

import {
  Alert,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { Link } from 'react-router';
import type { Organization } from '../../../../shared/contract';
import { TRANSFER_TARGETS, TRANSFER_TARGET_LABELS } from '../../../../shared/contract/transfers';
import type { OrgKind } from '../../../../shared/domain/case';
import { useApiQuery } from '../../api/useApi';
import { TimeField, isTime } from '../../components/TimeField';
import type { OutFormValues } from './outForm';
import { DeadlineNotice } from './parts';
import { orgOptions } from '../../lib/orgOptions';

const JUDICIAL: readonly OrgKind[] = ['public-security', 'procuratorate', 'court'];

export function ReceiverSection({ form, orgs }: { form: UseFormReturnType<OutFormValues>; orgs: Organization[] }) {
  const values = form.getValues();
  const options = orgOptions(
    orgs,
    (org) => (values.target === 'judicial' ? JUDICIAL.includes(org.kind) : org.kind !== 'government'),
    { withKind: true },
  );
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          移送类型
        </Text>
        <SegmentedControl
          aria-label="移送类型"
          data={TRANSFER_TARGETS.map((value) => ({ value, label: TRANSFER_TARGET_LABELS[value] }))}
          {...form.getInputProps('target')}
        />
      </Stack>
      <Select
        label="接收单位"
        withAsterisk
        searchable
        data={options}
        placeholder={values.target === 'judicial' ? '选择公安、检察或审判机关' : '选择有管辖权的单位'}
        description={
          <>
            列表中没有的单位，请先在<Link to="/settings/orgs">设置 › 协作单位</Link>中登记。
          </>
        }
        {...form.getInputProps('receiverOrgId')}
      />
      <Textarea
        label="移送理由（不属于本机关管辖的理由）"
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      <Textarea
        label="移送依据（接收单位管辖的法律依据）"
        withAsterisk
        autosize
        minRows={2}
        placeholder="例如：《中华人民共和国食品安全法》第一百二十二条"
        {...form.getInputProps('legalBasis')}
      />
    </Stack>
  );
}

export function TimingSection({
  form,
  caseId,
  sendRule,
  urgentRule,
}: {
  form: UseFormReturnType<OutFormValues>;
  caseId: number;
  sendRule: string;
  urgentRule: string;
}) {
  const values = form.getValues();
  // Half-typed times ("9:3") are not sent: the preview waits for a whole HH:mm.
  const foundTime = isTime(values.foundTime) ? values.foundTime : null;
  const preview = useApiQuery('transfers.out.previewDeadline', {
    caseId,
    foundOn: values.foundOn ?? '',
    foundTime,
    urgent: values.urgent,
  });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <DateInput
          label="发现日期"
          withAsterisk
          valueFormat="YYYY-MM-DD"
          description="发现违法行为不属于本机关管辖之日；当日不计入期限"
          {...form.getInputProps('foundOn')}
        />
        <TimeField label="发现时间" description="情况紧急时按小时计算，须填写" {...form.getInputProps('foundTime')} />
      </SimpleGrid>
      <Group gap="xl">
        <Switch label="情况紧急" {...form.getInputProps('urgent', { type: 'checkbox' })} />
        <Switch label="违法行为正在进行" {...form.getInputProps('ongoing', { type: 'checkbox' })} />
      </Group>
      {values.urgent && <TextInput label="紧急情况说明" withAsterisk {...form.getInputProps('urgentReason')} />}
      {values.ongoing && (
        <Textarea
          label="已采取的制止措施"
          withAsterisk
          autosize
          description="发现违法行为正在进行的，应立即责令当事人停止违法行为或采取相关措施及时制止，并及时告知有管辖权的一方"
          {...form.getInputProps('measures')}
        />
      )}
      {preview.data && !preview.error && !(values.urgent && !foundTime) ? (
        <DeadlineNotice deadline={preview.data} title="移送期限" />
      ) : (
        <Alert color="gray" title="移送期限">
          <Text size="sm">
            {values.urgent ? '填写发现时间后按小时计算。' : '填写发现日期后显示。'}依据：
            {values.urgent ? urgentRule : sendRule}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
