import { useEffect, useRef, useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { setSecretAsker } from '../api/client';
import { currentOperator } from './sessionStore';
import { SIGNED_ACTS } from '../../../shared/contract/access';

/**
 * Before a signature, asks the signed-in person for their secret again (a colleague at an unlocked
 * desk signs nothing). One modal for the whole app; the API client calls it for SIGNED_METHODS.
 */
export function SecretPrompt() {
  const [asking, setAsking] = useState<{ method: string; resolve: (secret: string | null) => void } | null>(null);
  const [secret, setSecret] = useState('');
  const asked = useRef(asking);
  asked.current = asking;

  useEffect(() => {
    setSecretAsker(
      (method) =>
        new Promise((resolve) => {
          asked.current?.resolve(null);
          setSecret('');
          setAsking({ method, resolve });
        }),
    );
    return () => setSecretAsker(undefined);
  }, []);

  function finish(value: string | null) {
    asking?.resolve(value);
    setAsking(null);
    setSecret('');
  }

  const who = currentOperator()?.name ?? '';
  return (
    // Above any dialog the signature was started from (a restore's confirmation, an issue form).
    <Modal
      opened={asking !== null}
      onClose={() => finish(null)}
      title="签名确认"
      centered
      zIndex={1000}
      transitionProps={{ duration: 0 }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          finish(secret);
        }}
      >
        <Stack>
          <Text size="sm">
            {who}，您即将{(SIGNED_ACTS as Record<string, string>)[asking?.method ?? ''] ?? '签名'}
            。请再次输入您的密码确认是本人操作。
          </Text>
          <PasswordInput
            label="密码"
            aria-label="签名确认密码"
            value={secret}
            onChange={(event) => setSecret(event.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => finish(null)}>
              取消
            </Button>
            <Button type="submit">确认签名</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
