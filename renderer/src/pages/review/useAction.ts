import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';

/**
 * Runs one review step: shows the Chinese refusal as it came from the back end (it names the rule
 * and what to do), and a short confirmation on success.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  async function run<T>(key: string, action: () => Promise<T>, success?: string): Promise<T | undefined> {
    setBusy(key);
    try {
      const result = await action();
      if (success) notifications.show({ color: 'teal', title: '已完成', message: success });
      return result;
    } catch (error) {
      notifications.show({ color: 'red', title: '未能完成', message: errorMessage(error), autoClose: 12_000 });
      return undefined;
    } finally {
      setBusy(null);
    }
  }
  return { busy, run };
}
