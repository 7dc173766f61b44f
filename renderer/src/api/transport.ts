import type { Envelope } from '../../../shared/contract/envelope';

/** What the Electron preload exposes; absent in browser mode. */
interface FashenBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    fashen?: FashenBridge;
  }
}

export type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

function httpTransport(): Transport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="fashen-token"]')?.content ?? '';
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch('./api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Fashen-Token': token },
        body: JSON.stringify({ method, input }),
      });
    } catch {
      return { ok: false, error: { code: 'OFFLINE', message: '无法连接到法审工作台的后台服务，请确认程序仍在运行' } };
    }
    return (await response.json()) as Envelope<unknown>;
  };
}

/** IPC inside Electron, HTTP in browser mode; the rest of the renderer never knows which. */
export function detectTransport(): Transport {
  const bridge = window.fashen;
  if (bridge) return (method, input) => bridge.call(method, input);
  return httpTransport();
}
