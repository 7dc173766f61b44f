import { Button, Card, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { officeInput } from '../../../../shared/contract/office';
import type { Office } from '../../../../shared/contract';
import { useApiQuery } from '../../api/useApi';
import { DraftSchemaForm } from '../../components/DraftSchemaForm';
import { LoadState } from '../../components/LoadState';
import { useDraftSchemaForm } from '../../lib/useDraftSchemaForm';

type OfficeValues = Omit<Office, 'updatedAt'>;
const EMPTY: OfficeValues = {
  name: '',
  abbreviation: '',
  reviewBodyAbbreviation: '',
  address: '',
  contactPerson: '',
  phone: '',
  reviewBody: '',
  handlingUnit: '',
};

export function OfficeSettings() {
  const office = useApiQuery('office.get', {});
  return (
    <LoadState loading={office.loading} error={office.error}>
      <OfficeForm initial={office.data ? { ...EMPTY, ...office.data } : EMPTY} />
    </LoadState>
  );
}

export function OfficeForm({ initial, onSaved }: { initial: OfficeValues; onSaved?: () => void }) {
  const draft = useDraftSchemaForm({
    draftKey: 'office',
    initial,
    schema: officeInput,
    toInput: (values) => ({
      name: values.name,
      abbreviation: values.abbreviation,
      reviewBodyAbbreviation: values.reviewBodyAbbreviation,
      address: values.address,
      contactPerson: values.contactPerson,
      phone: values.phone,
      reviewBody: values.reviewBody,
      handlingUnit: values.handlingUnit,
    }),
    method: 'office.save',
    message: () => '本单位信息已保存',
    onSaved,
  });
  const { form } = draft;

  return (
    <DraftSchemaForm draft={draft}>
      <Card withBorder maw={760}>
        <SimpleGrid cols={2}>
          <TextInput label="单位名称" withAsterisk placeholder="例如：青山镇人民政府" {...form.getInputProps('name')} />
          <TextInput
            label="文号简称"
            withAsterisk
            description="本机关所发文书的发文机关代字，如“青山府移〔2025〕3号”中的“青山府”"
            {...form.getInputProps('abbreviation')}
          />
          <TextInput label="地址" {...form.getInputProps('address')} />
          <TextInput label="联系人" {...form.getInputProps('contactPerson')} />
          <TextInput label="联系电话" {...form.getInputProps('phone')} />
          <TextInput
            label="法制审核机构名称"
            placeholder="例如：青山镇司法所"
            description="法制审核意见书、补正材料通知书由它出具"
            {...form.getInputProps('reviewBody')}
          />
          <TextInput
            label="法制审核机构文号简称"
            placeholder="例如：青山司"
            description="法制审核意见书、补正材料通知书的代字，如“青山司审〔2025〕7号”；留空则与本机关相同"
            {...form.getInputProps('reviewBodyAbbreviation')}
          />
          <TextInput
            label="承办机构名称"
            placeholder="例如：青山镇综合行政执法大队"
            description="送审案件的单位，审核文书的主送单位"
            {...form.getInputProps('handlingUnit')}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="sm">
          对外文书（移送函、协助函、涉嫌犯罪案件移送书等）一律以本单位（乡镇人民政府）名义出具、用本单位文号简称；综合行政执法大队是本单位内设机构，不以自己名义对外发文（行政处罚法第十七条、第二十四条）。
        </Text>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={draft.saving}>
            保存
          </Button>
        </Group>
      </Card>
    </DraftSchemaForm>
  );
}
