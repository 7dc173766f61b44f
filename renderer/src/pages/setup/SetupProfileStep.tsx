import { Radio, Stack, Text } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';

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
      <Radio.Group
        label="本单位适用的规则"
        description="金额标准、移送和答复期限等按所选规定计算；以后可在“设置 › 规则配置”中复制修改。"
        value={current}
        onChange={(id) => void choose(id)}
      >
        <Stack mt="sm" gap="sm">
          {(profiles.data ?? []).map((profile) => (
            <Radio
              key={profile.id}
              value={profile.id}
              label={profile.name}
              description={
                <Text size="xs" c="dimmed" component="span">
                  {profile.source.issuer} {profile.source.docNumber}
                  {profile.builtin ? '' : '（本单位配置）'}
                </Text>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
    </LoadState>
  );
}
