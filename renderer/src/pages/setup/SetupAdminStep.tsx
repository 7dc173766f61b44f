import { useState } from 'react';
import { Button, PasswordInput, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { SecretKind, SessionStatus } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { refreshSession } from '../../app/sessionStore';

/**
 * The first step of a new office (or of a database from before sign-in): the first administrator,
 * a head by default, and their secret. Nobody can use the app until this is done; then the wizard runs.
 */
export function SetupAdminStep({ status }: { status: SessionStatus }) {
  const existing = status.people.map((person) => ({ value: String(person.staffId), label: person.name }));
  const [staffId, setStaffId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SecretKind>('password');
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (secret !== again) {
      setError('两次输入的密码不一致');
      return;
    }
    try {
      await api('session.firstAdmin', {
        staffId: staffId ? Number(staffId) : null,
        ...(staffId ? {} : { name }),
        secretKind: kind,
        secret,
      });
      await refreshSession();
      window.location.hash = '#/setup';
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Title order={1} fz={22}>
          欢迎使用法审工作台
        </Title>
        <Text size="sm">
          先设置本单位的管理员（一般为行政执法机关负责人）。管理员负责规则配置、节假日、文书模板、备份恢复和人员，并为其他人员设置密码。
        </Text>
        {existing.length > 0 && (
          <Select
            label="选择已登记的人员作为管理员"
            placeholder="或在下方填写新人员姓名"
            data={existing}
            value={staffId}
            onChange={setStaffId}
            clearable
          />
        )}
        {!staffId && (
          <TextInput label="管理员姓名" value={name} onChange={(event) => setName(event.currentTarget.value)} />
        )}
        <div>
          <Text size="sm" fw={500} mb={4}>
            本单位的登录方式
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as SecretKind)}
            data={[
              { value: 'password', label: '密码（至少 8 位）' },
              { value: 'pin', label: '6 位数字 PIN 码' },
            ]}
          />
        </div>
        <PasswordInput
          label={kind === 'pin' ? 'PIN 码' : '密码'}
          value={secret}
          onChange={(event) => setSecret(event.currentTarget.value)}
          autoComplete="new-password"
        />
        <PasswordInput
          label="再输入一次"
          value={again}
          onChange={(event) => setAgain(event.currentTarget.value)}
          autoComplete="new-password"
        />
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Button type="submit">设置管理员并登录</Button>
      </Stack>
    </form>
  );
}
