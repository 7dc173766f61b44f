import {
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useHotkeys } from '@mantine/hooks';
import { useNavigate, useParams } from 'react-router';
import { caseInput } from '../../../../shared/contract/cases';
import {
  DISCRETIONS,
  DISCRETION_LABELS,
  INDIVIDUAL_BUSINESS_RULE,
  PARTY_TYPE_LABELS,
  PARTY_TYPES,
  PENALTY_KINDS,
  PENALTY_KIND_LABELS,
  REPRESENTATIVE_LABELS,
} from '../../../../shared/domain/case';
import { certificateStatus } from '../../../../shared/domain/certificate';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { useApiQuery } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { useDraftForm } from '../../lib/useDraftForm';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';
import {
  CASE_ERROR_PATHS,
  EMPTY_CASE_FORM,
  caseFormToInput,
  caseRecordToForm,
  normalizeCaseNumber,
  type CaseFormValues,
} from './caseFormValues';

export function CaseFormPage() {
  const params = useParams();
  const id = params['id'] ? Number(params['id']) : null;
  const existing = useApiQuery('cases.get', { id: id ?? 0 }, { enabled: id !== null });
  if (id === null) return <CaseForm id={null} initial={EMPTY_CASE_FORM} />;
  return (
    <LoadState loading={existing.loading} error={existing.error}>
      {existing.data && <CaseForm id={id} initial={caseRecordToForm(existing.data)} />}
    </LoadState>
  );
}

function CaseForm({ id, initial }: { id: number | null; initial: CaseFormValues }) {
  const navigate = useNavigate();
  const staff = useApiQuery('staff.list', {});
  const { form, restored, discardDraft, saved } = useDraftForm<CaseFormValues>(id ? `case-${id}` : 'case-new', initial);
  const today = useOfficeNow()?.today ?? '';
  const handlerOptions = (staff.data ?? [])
    .filter((person) => person.active && !person.auxiliary && person.roles.includes('handler'))
    .map((person) => ({
      value: String(person.id),
      // The same reading of the certificate as settings, the home page and the review (certificateStatus).
      label: today
        ? `${person.name}（执法证${certificateStatus(person, today).label}${person.certificateNo ? ` ${person.certificateNo}` : ''}）`
        : person.name,
    }));

  const { submit, saving } = useSchemaSubmit({
    form,
    schema: caseInput,
    toFormInput: caseFormToInput,
    formPath: (path) => CASE_ERROR_PATHS[path] ?? path,
    method: id ? 'cases.update' : 'cases.create',
    send: (input) => (id ? { ...input, id } : input),
    message: (record) => `案件 ${record.caseNumber} 已保存`,
    // The draft goes before the form does; the new record is already in the cache for its page.
    onSaved: (record) => {
      saved();
      void navigate(`/cases/${record.id}`);
    },
  });

  useHotkeys([['mod+S', () => void submit()]], []);
  const caseNumberProps = form.getInputProps('caseNumber');

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <PageHeader
        title={id ? '修改案件' : '登记案件'}
        description="带 * 的为必填项。输入会自动保存为草稿，离开页面也不会丢失。Ctrl+S 保存。"
        actions={
          <>
            <Button variant="default" onClick={() => void navigate(id ? `/cases/${id}` : '/cases')}>
              返回
            </Button>
            <Button type="submit" loading={saving}>
              保存
            </Button>
          </>
        }
      />
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <Stack gap="md" maw={960}>
        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            基本情况
          </Title>
          <SimpleGrid cols={2}>
            <TextInput
              label="案件编号"
              withAsterisk
              placeholder="例如：青山综执罚〔2025〕13号"
              {...caseNumberProps}
              onBlur={(event) => {
                // (2026) or （2026） typed for the year becomes 〔2026〕, as on the papers.
                const typed = event.currentTarget.value;
                if (normalizeCaseNumber(typed) !== typed) form.setFieldValue('caseNumber', normalizeCaseNumber(typed));
                caseNumberProps.onBlur?.(event);
              }}
            />
            <TextInput label="案由" withAsterisk placeholder="例如：违法占道经营" {...form.getInputProps('cause')} />
            <DateInput
              label="发现日期"
              withAsterisk
              valueFormat="YYYY-MM-DD"
              placeholder="选择或输入日期"
              clearable
              {...form.getInputProps('foundOn')}
            />
            <MultiSelect
              label="承办人"
              withAsterisk
              description="执法人员不得少于两人"
              data={handlerOptions}
              placeholder="选择承办人"
              searchable
              {...form.getInputProps('handlerIds')}
            />
          </SimpleGrid>
        </Card>

        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            当事人
          </Title>
          <Radio.Group label="当事人类型" withAsterisk {...form.getInputProps('partyType')}>
            <Group mt={6}>
              {PARTY_TYPES.map((type) => (
                <Radio key={type} value={type} label={PARTY_TYPE_LABELS[type]} />
              ))}
            </Group>
          </Radio.Group>
          {form.getValues().partyType === 'individual-business' && (
            <Text size="xs" c="dimmed" mt={4}>
              {INDIVIDUAL_BUSINESS_RULE}，按公民的数额标准判断是否应当法制审核；统一社会信用代码以 92 开头。
            </Text>
          )}
          <SimpleGrid cols={2} mt="sm">
            <TextInput
              label={form.getValues().partyType === 'citizen' ? '姓名' : '名称'}
              withAsterisk
              {...form.getInputProps('partyName')}
            />
            <TextInput
              label={form.getValues().partyType === 'citizen' ? '居民身份证号码' : '统一社会信用代码'}
              withAsterisk
              maxLength={18}
              {...form.getInputProps('partyIdCode')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2} mt="sm">
            {form.getValues().partyType !== 'citizen' && (
              <TextInput
                label={REPRESENTATIVE_LABELS[form.getValues().partyType]}
                {...form.getInputProps('partyRepresentative')}
              />
            )}
            <TextInput label="联系电话" {...form.getInputProps('partyPhone')} />
          </SimpleGrid>
          <TextInput mt="sm" label="住址或住所" {...form.getInputProps('partyAddress')} />
        </Card>

        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            违法事实与拟作出的决定
          </Title>
          <Textarea label="违法事实" withAsterisk autosize minRows={4} {...form.getInputProps('facts')} />
          <Checkbox.Group mt="sm" label="拟处罚种类" withAsterisk {...form.getInputProps('penaltyKinds')}>
            <SimpleGrid cols={4} mt={6}>
              {PENALTY_KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} label={PENALTY_KIND_LABELS[kind]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={3} mt="sm">
            <TextInput label="罚款金额（元）" inputMode="decimal" {...form.getInputProps('fineYuan')} />
            <TextInput label="没收违法所得（元）" inputMode="decimal" {...form.getInputProps('illegalGainsYuan')} />
            <TextInput
              label="没收非法财物价值（元）"
              inputMode="decimal"
              {...form.getInputProps('illegalPropertyYuan')}
            />
          </SimpleGrid>
          <Stack gap={4} mt="sm">
            <Text size="sm" fw={500}>
              裁量情节 <span style={{ color: 'var(--mantine-color-error)' }}>*</span>
            </Text>
            <SegmentedControl
              aria-label="裁量情节"
              data={DISCRETIONS.map((value) => ({ value, label: DISCRETION_LABELS[value] }))}
              {...form.getInputProps('discretion')}
            />
            {form.errors['discretion'] && (
              <Text size="xs" c="red">
                {form.errors['discretion']}
              </Text>
            )}
          </Stack>
          <Group mt="md">
            <Switch
              label="当事人要求听证"
              description="《行政处罚法》第六十三条"
              {...form.getInputProps('hearingRequested', { type: 'checkbox' })}
            />
            <Switch label="已举行听证" {...form.getInputProps('hearingHeld', { type: 'checkbox' })} />
          </Group>
          <Textarea
            mt="sm"
            label="法律依据"
            description="送审前必须填写"
            autosize
            minRows={2}
            placeholder="例如：《城市市容和环境卫生管理条例》第十四条、第三十六条"
            {...form.getInputProps('legalBasis')}
          />
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={saving} size="md">
            保存
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
