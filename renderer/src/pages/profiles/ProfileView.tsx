// A rule profile as it reads: every number with where it comes from, so a reviewer can check it
// against the document, and an office's own setting never looks like a rule of the source.

import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ProfileDetail } from '../../../../shared/contract';
import { provenanceLabel, type Provenance } from '../../../../shared/domain/profile';
import { MATERIAL_REQUIREMENT_LABELS } from '../../../../shared/domain/review';
import { formatDate } from '../../lib/format';
import { DEADLINE_FIELDS, THRESHOLD_FIELDS, formatNumber, type NumberField } from './profileFields';

function Source({ source }: { source: Provenance }) {
  return (
    <Text size="xs" c={source.kind === 'seed' ? 'dimmed' : 'orange.8'} lh={1.6}>
      {provenanceLabel(source)}
    </Text>
  );
}

function NumberRows({ fields, detail }: { fields: NumberField[]; detail: ProfileDetail }) {
  return (
    <>
      {fields.map((f) => {
        const entry = f.get(detail.profile);
        return (
          <Table.Tr key={f.key}>
            <Table.Td w={300}>{f.label}</Table.Td>
            <Table.Td w={140} fw={600}>
              {entry ? formatNumber(entry.value, f.unit) : '未规定'}
            </Table.Td>
            <Table.Td>
              {entry ? (
                <Source source={entry.source} />
              ) : (
                <Text size="xs" c="dimmed">
                  来源文件未规定
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </>
  );
}

export function ProfileView({ detail }: { detail: ProfileDetail }) {
  const { profile, summary } = detail;
  return (
    <Stack gap="md">
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} fz={17}>
              {profile.name}
            </Title>
            <Text size="sm" c="dimmed">
              {profile.source.issuer} {profile.source.docNumber}
              {profile.source.date ? `（${formatDate(profile.source.date)}）` : '（原文未载明成文日期）'}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge variant="light" color={summary.builtin ? 'gray' : 'seal'}>
              {summary.builtin ? '内置' : '本单位'}
            </Badge>
            <Badge variant="outline" color="gray">
              第 {profile.version} 版
            </Badge>
            {summary.isDefault && <Badge color="teal">本单位默认</Badge>}
          </Group>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          适用本配置登记的案件 {detail.pinnedCases} 件。案件登记时锁定所适用的版本，此后修改配置不影响已登记的案件。
        </Text>
      </Card>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" aria-label="数值与来源">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>项目</Table.Th>
              <Table.Th>数值</Table.Th>
              <Table.Th>来源</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <NumberRows fields={THRESHOLD_FIELDS} detail={detail} />
            <NumberRows fields={DEADLINE_FIELDS} detail={detail} />
            <Table.Tr>
              <Table.Td>移送须经负责人批准</Table.Td>
              <Table.Td fw={600}>{profile.headApprovesTransfer.value ? '是' : '否'}</Table.Td>
              <Table.Td>
                <Source source={profile.headApprovesTransfer.source} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Card>
      {[
        { title: '移送材料清单', list: profile.transferMaterials },
        { title: '送审材料清单', list: profile.supplementMaterials },
      ].map(({ title, list }) => (
        <Card withBorder key={title}>
          <Title order={4} fz={15} mb="xs">
            {title}
          </Title>
          <Stack gap={6}>
            {list.map((m, index) => (
              <div key={m.key}>
                <Text size="sm">
                  {index + 1}. {m.label}{' '}
                  <Text span size="xs" c="dimmed">
                    （{MATERIAL_REQUIREMENT_LABELS[m.requirement]}）
                  </Text>
                </Text>
                <Source source={m.source} />
              </div>
            ))}
          </Stack>
        </Card>
      ))}
      <Card withBorder>
        <Title order={4} fz={15} mb="xs">
          版本记录
        </Title>
        {detail.versions.map((v) => (
          <Text key={v.version} size="sm">
            第 {v.version} 版 · {v.createdBy}
            {v.createdAt ? ` · ${formatDate(v.createdAt)}` : ''}：{v.note}
          </Text>
        ))}
      </Card>
    </Stack>
  );
}
