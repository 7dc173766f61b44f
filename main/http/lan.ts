import { networkInterfaces } from 'node:os';
import type { Backend } from '../api/dispatch-types';

/** The first IPv4 address of a network card (not loopback): where colleagues reach this desk. */
export function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces()))
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  return undefined;
}

/** Whether an administrator switched office-network mode on in 设置 (read through the backend's own client). */
export async function lanSwitchedOn(backend: Pick<Backend, 'openClient'>): Promise<boolean> {
  const reader = backend.openClient('浏览器', { staffId: null, name: '程序', admin: false, trusted: true });
  try {
    const answer = await reader.dispatch('session.policy', {});
    return answer.ok && (answer.value as { lanEnabled: boolean }).lanEnabled;
  } finally {
    reader.end();
  }
}
