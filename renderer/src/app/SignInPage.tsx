import { useState } from 'react';
import { Alert, Button, Card, Code, Center, PasswordInput, Select, Stack, Text, Title } from '@mantine/core';
import type { SessionStatus } from '../../../shared/contract';
import { api, errorMessage } from '../api/client';
import { signedIn } from './sessionStore';
import { SetupAdminStep } from '../pages/setup/SetupAdminStep';

/** The app opens here: choose one's own name, type one's secret. Each window or browser signs in by itself. */
export function SignInPage({ status, notice }: { status: SessionStatus; notice: string | null }) {
  const [staffId, setStaffId] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pin = status.secretKind === 'pin';
  const people = status.people.map((person) => ({
    value: String(person.staffId),
    label: person.hasSecret ? person.name : `${person.name}（未设置密码）`,
    disabled: !person.hasSecret,
  }));

  async function submit() {
    if (!staffId) {
      setError('请选择您的姓名');
      return;
    }
    setBusy(true);
    try {
      signedIn(await api('session.signIn', { staffId: Number(staffId), secret }));
    } catch (failure) {
      setError(errorMessage(failure));
      setSecret('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Card withBorder shadow="sm" w={420} p="xl">
        {status.needsFirstAdmin ? (
          <SetupAdminStep status={status} />
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Stack>
              <Title order={1} fz={22}>
                法审工作台 · 登录
              </Title>
              {notice && <Alert color="yellow">{notice}</Alert>}
              <Select
                label="姓名"
                placeholder="请选择您的姓名"
                data={people}
                value={staffId}
                onChange={setStaffId}
                searchable
                allowDeselect={false}
              />
              <PasswordInput
                label={pin ? 'PIN 码' : '密码'}
                value={secret}
                onChange={(event) => setSecret(event.currentTarget.value)}
                autoComplete="current-password"
                inputMode={pin ? 'numeric' : 'text'}
              />
              {error && (
                <Text c="red" size="sm" role="alert">
                  {error}
                </Text>
              )}
              <Button type="submit" loading={busy}>
                登录
              </Button>
              <Text size="xs" c="dimmed">
                忘记密码请找本单位管理员在“设置 › 登录与权限”中重设。长时间不操作会自动退出。
              </Text>
              {status.certificateFingerprint && (
                <Text size="xs" c="dimmed">
                  办公室网络证书指纹（SHA-256），请与管理员电脑“设置”中显示的核对一致：
                  <Code block>{status.certificateFingerprint}</Code>
                </Text>
              )}
            </Stack>
          </form>
        )}
      </Card>
    </Center>
  );
}
