import { afterEach, describe, expect, it } from 'vitest';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpDoor, TOKEN_HEADER } from './server';

let server: Server | undefined;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

async function start(): Promise<{ port: number; token: string }> {
  const door = createHttpDoor({
    dispatch: (method) => Promise.resolve({ ok: true, value: method }),
    rendererDir: '/nonexistent',
  });
  server = door.server;
  const listening = door.server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', () => resolve()));
  return { port: (listening.address() as AddressInfo).port, token: door.token };
}

function post(
  port: number,
  token: string,
  body: Buffer,
  chunked = false,
): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      [TOKEN_HEADER]: token,
      'Content-Type': 'application/json',
      Host: `127.0.0.1:${port}`,
    };
    if (!chunked) headers['Content-Length'] = body.length;
    const req = request({ host: '127.0.0.1', port, path: '/api/call', method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    // The server may answer and close before the whole oversized body is sent: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    req.end(body);
  });
}

describe('HTTP door, oversized requests', () => {
  it.each([
    ['with Content-Length', false],
    ['chunked', true],
  ])(
    'a body over 8 MB (%s) gets 413 with Connection: close, and the next call on the same agent succeeds',
    async (_label, chunked) => {
      const { port, token } = await start();
      const big = await post(port, token, Buffer.alloc(9 * 1024 * 1024, 0x20), chunked);
      expect(big.status).toBe(413);
      expect(big.connection).toBe('close');
      expect(JSON.parse(big.body)).toMatchObject({
        ok: false,
        error: { code: 'REQUEST_TOO_LARGE', message: expect.stringContaining('请求内容过大') },
      });
      const next = await post(port, token, Buffer.from(JSON.stringify({ method: 'system.ping' })));
      expect(next).toMatchObject({ status: 200 });
      expect(JSON.parse(next.body)).toEqual({ ok: true, value: 'system.ping' });
    },
  );

  it('a malformed body is still a 400 and keeps the connection', async () => {
    const { port, token } = await start();
    const bad = await post(port, token, Buffer.from('{not json'));
    expect(bad.status).toBe(400);
    expect(bad.connection).not.toBe('close');
  });
});
