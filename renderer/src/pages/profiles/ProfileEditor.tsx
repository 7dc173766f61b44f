// Editing an office's copy of a profile. A number changed from what its source says becomes the
// office's own setting (with a note why); changing it back restores the citation. Saving makes
// the next version; cases already registered keep the version they run under.

import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ProfileDetail } from '../../../../shared/contract';
import {
  ruleProfileSchema,
  type ProfileMaterial,
  type Provenance,
  type RuleProfile,
  type SourcedNumber,
} from '../../../../shared/domain/profile';
import {
  MATERIAL_REQUIREMENTS,
  MATERIAL_REQUIREMENT_LABELS,
  type MaterialRequirement,
} from '../../../../shared/domain/review';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { useDraftForm } from '../../lib/useDraftForm';
import { DEADLINE_FIELDS, THRESHOLD_FIELDS, type NumberField } from './profileFields';

type EditorValues = { profile: RuleProfile; note: string };

const OFFICE: Provenance = { kind: 'office-setting', note: '' };

/** The source a value has: the base version's own when it is back to that value, else the office's. */
function sourceFor(
  value: number | boolean,
  base: { value: number | boolean; source: Provenance } | null,
  current: Provenance,
): Provenance {
  if (base && base.value === value) return base.source;
  return current.kind === 'office-setting' ? current : OFFICE;
}

function NumberRow({
  field,
  profile,
  base,
  onChange,
}: {
  field: NumberField;
  profile: RuleProfile;
  base: RuleProfile;
  onChange: (next: RuleProfile) => void;
}) {
  const entry = field.get(profile);
  const baseEntry = field.get(base);
  const update = (value: SourcedNumber | null) => {
    const next = structuredClone(profile);
    field.set(next, value);
    onChange(next);
  };
  const setValue = (raw: string | number) => {
    const number = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isFinite(number)) return;
    const value = field.unit === 'fen' ? Math.round(number * 100) : Math.round(number);
    update({ value, source: sourceFor(value, baseEntry, entry?.source ?? OFFICE) });
  };
  return (
    <Table.Tr>
      <Table.Td w={300}>
        {field.label}
        {field.optional && (
          <Switch
            size="xs"
            mt={4}
            label="规定该期限"
            checked={entry !== null}
            onChange={(event) =>
              update(event.currentTarget.checked ? (baseEntry ?? { value: 5, source: OFFICE }) : null)
            }
          />
        )}
      </Table.Td>
      <Table.Td w={170}>
        {entry && (
          <NumberInput
            aria-label={field.label}
            value={field.unit === 'fen' ? entry.value / 100 : entry.value}
            onChange={setValue}
            min={field.unit === 'fen' ? 0 : 1}
            decimalScale={field.unit === 'fen' ? 2 : 0}
            thousandSeparator={field.unit === 'fen' ? ',' : undefined}
            rightSection={
              <Text size="xs" c="dimmed" pr={6}>
                {field.unit === 'fen' ? '元' : field.unit === 'hours' ? '小时' : '工作日'}
              </Text>
            }
            rightSectionWidth={52}
          />
        )}
      </Table.Td>
      <Table.Td>
        {entry?.source.kind === 'office-setting' ? (
          <TextInput
            size="xs"
            label="本单位设定的说明"
            placeholder="例如：依镇政府会议纪要"
            value={entry.source.note ?? ''}
            onChange={(event) =>
              update({ value: entry.value, source: { kind: 'office-setting', note: event.currentTarget.value } })
            }
          />
        ) : entry?.source.kind === 'seed' ? (
          <Text size="xs" c="dimmed">
            引用来源原文（改动数值后将标为本单位设定）
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

function MaterialsEditor({ list, onChange }: { list: ProfileMaterial[]; onChange: (next: ProfileMaterial[]) => void }) {
  const edit = (index: number, patch: Partial<ProfileMaterial>) =>
    onChange(
      list.map((m, i) =>
        i === index
          ? { ...m, ...patch, source: patch.label !== undefined || patch.requirement !== undefined ? OFFICE : m.source }
          : m,
      ),
    );
  const nextKey = () => `office-${list.length + 1}-${list.filter((m) => m.key.startsWith('office-')).length + 1}`;
  return (
    <Stack gap="xs">
      {list.map((m, index) => (
        <Group key={m.key} wrap="nowrap" align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={`材料 ${index + 1}`}
            value={m.label}
            onChange={(event) => edit(index, { label: event.currentTarget.value })}
          />
          <Select
            w={200}
            label="提交要求"
            data={MATERIAL_REQUIREMENTS.map((value) => ({ value, label: MATERIAL_REQUIREMENT_LABELS[value] }))}
            value={m.requirement}
            onChange={(value) => value && edit(index, { requirement: value as MaterialRequirement })}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mb={6}
            aria-label={`删除材料 ${index + 1}`}
            onClick={() => onChange(list.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...list, { key: nextKey(), label: '', requirement: 'optional', source: OFFICE }])}
        >
          添加材料
        </Button>
      </Group>
    </Stack>
  );
}

export function ProfileEditor({
  detail,
  onSaved,
  onCancel,
}: {
  detail: ProfileDetail;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const base = detail.profile;
  const initial: EditorValues = { profile: structuredClone(base), note: '' };
  const { form, restored, discardDraft, saved } = useDraftForm<EditorValues>(
    `profile-${base.id}-v${base.version}`,
    initial,
  );
  const [problems, setProblems] = useState<string[]>([]);
  const saveProfile = useApiMutation('profiles.save', {
    success: { title: '已保存', message: () => `已保存为第 ${base.version + 1} 版` },
    failure: (message) => setProblems([message]),
  });
  const busy = saveProfile.pending;
  const { profile, note } = form.getValues();
  const setProfile = (next: RuleProfile) => form.setFieldValue('profile', next);

  async function save() {
    const result = ruleProfileSchema.safeParse(profile);
    const found = result.success ? [] : result.error.issues.map((issue) => issue.message);
    if (!note.trim()) found.push('请填写修改说明。');
    setProblems(found);
    if (found.length > 0) return;
    if (!(await saveProfile.run({ profile, baseVersion: base.version, note }))) return;
    saved();
    onSaved();
  }

  return (
    <Stack gap="md">
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <Card withBorder>
        <Title order={3} fz={16} mb="sm">
          修改“{base.name}”（第 {base.version} 版 → 第 {base.version + 1} 版）
        </Title>
        <TextInput
          label="配置名称"
          value={profile.name}
          onChange={(event) => setProfile({ ...profile, name: event.currentTarget.value })}
        />
      </Card>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md">
          <Table.Tbody>
            {[...THRESHOLD_FIELDS, ...DEADLINE_FIELDS].map((field) => (
              <NumberRow key={field.key} field={field} profile={profile} base={base} onChange={setProfile} />
            ))}
            <Table.Tr>
              <Table.Td>移送须经负责人批准</Table.Td>
              <Table.Td>
                <Switch
                  aria-label="移送须经负责人批准"
                  checked={profile.headApprovesTransfer.value}
                  onChange={(event) => {
                    const value = event.currentTarget.checked;
                    setProfile({
                      ...profile,
                      headApprovesTransfer: {
                        value,
                        source: sourceFor(value, base.headApprovesTransfer, profile.headApprovesTransfer.source),
                      },
                    });
                  }}
                />
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Title order={4} fz={15} mb="xs">
          移送材料清单
        </Title>
        <MaterialsEditor
          list={profile.transferMaterials}
          onChange={(list) => setProfile({ ...profile, transferMaterials: list })}
        />
      </Card>
      <Card withBorder>
        <Title order={4} fz={15} mb={4}>
          送审材料清单
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          承办机构送交法制审核时提交的材料；缺少“必须提交”的材料时，法制审核员一次性告知补正。修改只适用于此后登记的案件：已登记的案件仍按其登记时的规则配置版本送审。
        </Text>
        <MaterialsEditor
          list={profile.supplementMaterials}
          onChange={(list) => setProfile({ ...profile, supplementMaterials: list })}
        />
      </Card>
      <Card withBorder>
        <TextInput
          label="修改说明"
          withAsterisk
          placeholder="例如：依镇政府要求，移送期限改为 3 个工作日"
          {...form.getInputProps('note')}
        />
        {problems.length > 0 && (
          <Alert color="red" mt="sm" title="未能保存">
            {problems.map((problem) => (
              <Text key={problem} size="sm">
                {problem}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            保存为第 {base.version + 1} 版
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
