import { useState } from 'react';
import { Badge, Button, Card, Grid, Group, Modal, NavLink, Stack, Text } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { CopyProfileForm } from './CopyProfileForm';
import { ProfileEditor } from './ProfileEditor';
import { ProfileView } from './ProfileView';

/** 设置 › 规则配置: every profile with each number and its source; copy, edit the copy, choose the default. */
export function ProfileSettings() {
  const list = useApiQuery('profiles.list', {});
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  const [copying, setCopying] = useState(false);
  const profiles = list.data ?? [];
  const current = profiles.find((p) => p.id === selected) ?? profiles.find((p) => p.isDefault) ?? profiles[0];
  const detail = useApiQuery(
    'profiles.get',
    { id: current?.id ?? '', version: null },
    { enabled: current !== undefined },
  );
  const setDefault = useApiMutation('profiles.setDefault', {
    success: { title: '已设为默认', message: '此后登记的案件和接收的移送适用该规则配置' },
    failure: { title: '未能设置' },
  });

  async function makeDefault(id: string) {
    await setDefault.run({ id });
  }

  return (
    <LoadState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
      <Grid>
        <Grid.Col span={3}>
          <Card withBorder padding="xs">
            {profiles.map((p) => (
              <NavLink
                key={p.id}
                active={p.id === current?.id}
                label={p.name}
                description={`${p.builtin ? '内置' : '本单位'} · 第 ${p.version} 版`}
                rightSection={
                  p.isDefault ? (
                    <Badge size="xs" color="teal">
                      默认
                    </Badge>
                  ) : null
                }
                onClick={() => {
                  setSelected(p.id);
                  setMode('view');
                }}
              />
            ))}
          </Card>
          <Text size="xs" c="dimmed" mt="sm">
            内置配置依据来源文件原文，不能修改；需要调整时复制一份，修改副本。
          </Text>
        </Grid.Col>
        <Grid.Col span={9}>
          {current && (
            <Stack gap="md">
              <Group gap="sm">
                {!current.isDefault && (
                  <Button variant="default" onClick={() => void makeDefault(current.id)}>
                    设为本单位默认
                  </Button>
                )}
                <Button variant="default" onClick={() => setCopying(true)}>
                  复制
                </Button>
                {!current.builtin && mode === 'view' && <Button onClick={() => setMode('edit')}>修改</Button>}
              </Group>
              <LoadState loading={detail.loading && !detail.data} error={detail.error} onRetry={detail.reload}>
                {detail.data &&
                  detail.data.profile.id === current.id &&
                  (mode === 'edit' && !current.builtin ? (
                    <ProfileEditor
                      key={`${current.id}-${detail.data.profile.version}`}
                      detail={detail.data}
                      onCancel={() => setMode('view')}
                      onSaved={() => setMode('view')}
                    />
                  ) : (
                    <ProfileView detail={detail.data} />
                  ))}
              </LoadState>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      <Modal opened={copying && current !== undefined} onClose={() => setCopying(false)} title="复制规则配置" size="lg">
        {current && (
          <CopyProfileForm
            from={current}
            onCancel={() => setCopying(false)}
            onDone={(id) => {
              setCopying(false);
              setSelected(id);
            }}
          />
        )}
      </Modal>
    </LoadState>
  );
}
