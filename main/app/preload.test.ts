import { describe, it, expect, vi } from 'vitest';
import type { ElectronPreload } from './electron-api';

const fake = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined),
  invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>({ ok: true, value: 'pong' })),
}));

vi.mock('./electron-api', () => ({
  loadElectronPreload: (): ElectronPreload => ({
    contextBridge: { exposeInMainWorld: fake.exposeInMainWorld },
    ipcRenderer: { invoke: fake.invoke },
  }),
}));

describe('preload', () => {
  it('exposes exactly one object, fashen, with exactly one function, call', async () => {
    await import('./preload');
    expect(fake.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = fake.exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('fashen');
    expect(Object.keys(api as object)).toEqual(['call']);
    expect(typeof (api as { call: unknown }).call).toBe('function');
  });

  it('call(method, input) invokes fashen:call and passes the answer through', async () => {
    await import('./preload');
    const api = fake.exposeInMainWorld.mock.calls[0]?.[1] as {
      call: (method: string, input: unknown) => Promise<unknown>;
    };
    await expect(api.call('cases.get', { id: 7 })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(fake.invoke).toHaveBeenCalledWith('fashen:call', 'cases.get', { id: 7 });
  });
});
