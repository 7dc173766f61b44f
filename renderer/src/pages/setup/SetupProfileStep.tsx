import { Alert, Card, Radio, Stack, Table, Text } from '@mantine/core';
import { SEED_DOCUMENTS, type Provenance } from '../../../../shared/domain/profile';
import type { ProfileSummary } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { DEADLINE_FIELDS, THRESHOLD_FIELDS, formatNumber } from '../profiles/profileFields';

/** Where a number comes from: the document and section, or the office's setting and its reason. */
function sourceOf(source: Provenance): string {
  if (source.kind === 'seed') return `${SEED_DOCUMENTS[source.file]} ${source.section}`;
  const note = source.note?.trim();
  return note ? `本单位设定：${note}` : '本单位设定';
}

/** A profile's numbers with where each comes from, so the choice is made on what it sets. */
function ProfileNumbers({ summary }: { summary: ProfileSummary }) {
  const detail = useApiQuery('profiles.get', { id: summary.id, version: null });
  const profile = detail.data?.profile;
  return (
    <LoadState loading={detail.loading && !detail.data} error={detail.error} onRetry={detail.reload}>
      {profile && (
        <Table fz="sm" verticalSpacing={4} withRowBorders={false} aria-label={`${summary.name}的标准和期限`}>
          <Table.Tbody>
            {[...THRESHOLD_FIELDS, ...DEADLINE_FIELDS].map((field) => {
              const entry = field.get(profile);
              return (
                <Table.Tr key={field.key}>
                  <Table.Td w="46%">{field.label}</Table.Td>
                  <Table.Td w="16%" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {entry ? formatNumber(entry.value, field.unit) : '未规定'}
                  </Table.Td>
                  <Table.Td c="gray.7">{entry ? sourceOf(entry.source) : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </LoadState>
  );
}

/** Choosing the local rules the office works under; new cases are registered under this profile. */
export function SetupProfileStep() {
  const profiles = useApiQuery('profiles.list', {});
  const current = profiles.data?.find((profile) => profile.isDefault)?.id ?? null;

  const setDefault = useApiMutation('profiles.setDefault', { failure: { title: '未能设置' } });

  async function choose(id: string) {
    await setDefault.run({ id });
  }

  return (
    <LoadState loading={profiles.loading && !profiles.data} error={profiles.error} onRetry={profiles.reload}>
      <Stack gap="sm">
        <Alert color="blue" variant="light" title="选哪一个">
          <Text size="sm">
            本单位在下列地区的，选择本地的规定。其他地区的单位：选择最接近本地规定的一个，复制后按本地文件修改（“设置 ›
            规则配置”中“复制”，逐项改为本地文件规定的数值并写明出处）。本地文件没有规定的数值，标为“本单位设定”。
          </Text>
        </Alert>
        <Radio.Group
          label="本单位适用的规则"
          description="金额标准、移送和答复期限等按所选规定计算；每个数值后是它的出处。"
          value={current}
          onChange={(id) => void choose(id)}
        >
          <Stack mt="sm" gap="sm">
            {(profiles.data ?? []).map((profile) => (
              <Card key={profile.id} withBorder padding="sm">
                <Radio
                  value={profile.id}
                  label={<Text fw={600}>{profile.name}</Text>}
                  description={
                    <Text size="sm" c="gray.7" component="span">
                      {profile.source.issuer} {profile.source.docNumber}
                      {profile.builtin ? '' : '（本单位配置）'}
                    </Text>
                  }
                />
                <ProfileNumbers summary={profile} />
              </Card>
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </LoadState>
  );
}
