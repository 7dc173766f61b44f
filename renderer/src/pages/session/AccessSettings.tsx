import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SecretKind, StaffAccess } from '../../../../shared/contract';
import { ADMIN_ONLY_REASON } from '../../../../shared/contract/access';
import { api, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { useIsAdmin } from '../../app/operatorStore';

/** An administrator-only control: disabled for others, with the reason on hover. */
export function AdminOnly({ children }: { children: (disabled: boolean) => React.ReactNode }) {
  const admin = useIsAdmin();
  if (admin) return <>{children(false)}</>;
  return (
    <Tooltip label={ADMIN_ONLY_REASON}>
      <span>{children(true)}</span>
    </Tooltip>
  );
}

function PolicyCard() {
  const policy = useApiQuery('session.policy', {});
  const [kind, setKind] = useState<SecretKind | null>(null);
  const [idle, setIdle] = useState<number | null>(null);
  const [lan, setLan] = useState<boolean | null>(null);
  if (!policy.data) return null;
  const current = {
    secretKind: kind ?? policy.data.secretKind,
    idleMinutes: idle ?? policy.data.idleMinutes,
    lanEnabled: lan ?? policy.data.lanEnabled,
  };

  async function save() {
    try {
      await api('session.savePolicy', current);
      notifications.show({ color: 'green', message: '登录设置已保存' });
      policy.reload();
    } catch (error) {
      notifications.show({ color: 'red', title: '未能保存', message: errorMessage(error) });
    }
  }

  return (
    <Card withBorder>
      <Stack>
        <Title order={3} fz={16}>
          登录方式
        </Title>
        <AdminOnly>
          {(disabled) => (
            <Stack>
              <SegmentedControl
                disabled={disabled}
                value={current.secretKind}
                onChange={(value) => setKind(value as SecretKind)}
                data={[
                  { value: 'password', label: '密码（至少 8 位）' },
                  { value: 'pin', label: '6 位数字 PIN 码' },
                ]}
              />
              <NumberInput
                label="无操作自动退出（分钟）"
                min={1}
                max={1440}
                disabled={disabled}
                value={current.idleMinutes}
                onChange={(value) => setIdle(typeof value === 'number' ? value : null)}
                w={220}
              />
              <Switch
                label="办公室网络模式：允许本单位其他电脑通过浏览器（HTTPS）使用本机数据（下次启动 npx fashen serve 时生效）"
                disabled={disabled}
                checked={current.lanEnabled}
                onChange={(event) => setLan(event.currentTarget.checked)}
              />
              <Group>
                <Button disabled={disabled} onClick={() => void save()}>
                  保存登录设置
                </Button>
              </Group>
            </Stack>
          )}
        </AdminOnly>
        {policy.data.certificateFingerprint ? (
          <Text size="sm">
            办公室网络证书指纹（SHA-256），同事首次访问时请核对浏览器显示的证书与此一致：
            <Code block>{policy.data.certificateFingerprint}</Code>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            办公室网络模式未运行。
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function PersonRow({ person, onChanged }: { person: StaffAccess; onChanged: () => void }) {
  const [secret, setSecret] = useState('');
  async function run(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      notifications.show({ color: 'green', message: done });
      setSecret('');
      onChanged();
    } catch (error) {
      notifications.show({ color: 'red', title: '未能完成', message: errorMessage(error) });
    }
  }
  return (
    <Table.Tr>
      <Table.Td>{person.name}</Table.Td>
      <Table.Td>
        {person.admin && <Badge color="seal">管理员</Badge>}{' '}
        {!person.hasSecret && <Badge color="gray">未设置密码</Badge>}{' '}
        {person.lockedUntil && <Badge color="red">已锁定</Badge>}
      </Table.Td>
      <Table.Td>
        <AdminOnly>
          {(disabled) => (
            <Group gap="xs" wrap="nowrap">
              <PasswordInput
                aria-label={`${person.name}的新密码`}
                placeholder="新密码"
                size="xs"
                disabled={disabled}
                value={secret}
                onChange={(event) => setSecret(event.currentTarget.value)}
                autoComplete="new-password"
              />
              <Button
                size="xs"
                disabled={disabled}
                onClick={() =>
                  void run(
                    () => api('session.resetSecret', { staffId: person.staffId, newSecret: secret }),
                    `已为${person.name}设置新密码`,
                  )
                }
              >
                {person.hasSecret ? '重设密码' : '设置密码'}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={disabled}
                onClick={() =>
                  void run(
                    () => api('session.setAdmin', { staffId: person.staffId, admin: !person.admin }),
                    person.admin ? `已取消${person.name}的管理员` : `已指定${person.name}为管理员`,
                  )
                }
              >
                {person.admin ? '取消管理员' : '设为管理员'}
              </Button>
            </Group>
          )}
        </AdminOnly>
      </Table.Td>
    </Table.Tr>
  );
}

/** 登录与权限: how people sign in, who administers, and secrets set or reset by an administrator (audited). */
export function AccessSettings() {
  const admin = useIsAdmin();
  const access = useApiQuery('session.access', {});
  return (
    <Stack>
      <PolicyCard />
      <Card withBorder>
        <Title order={3} fz={16} mb="sm">
          人员的登录与管理员
        </Title>
        {!admin && <Alert color="gray">{ADMIN_ONLY_REASON}。</Alert>}
        {access.error && !admin ? null : (
          <Table>
            <Table.Tbody>
              {(access.data ?? [])
                .filter((person) => person.active)
                .map((person) => (
                  <PersonRow key={person.staffId} person={person} onChanged={access.reload} />
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
