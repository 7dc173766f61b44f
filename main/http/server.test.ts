import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
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

/** One raw connection: what a browser would never send, written byte by byte as we choose. */
function rawConnection(port: number): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (data: Buffer) => (text += data.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, received: () => text, closed };
}

function head(port: number, token: string, extra: string): string {
  return `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${TOKEN_HEADER}: ${token}\r\nContent-Type: application/json\r\n${extra}\r\n`;
}

/** Writes respecting back-pressure, stopping quietly when the server has closed the connection. */
async function write(socket: Socket, data: Buffer | string): Promise<void> {
  if (socket.destroyed || !socket.writable) return;
  if (!socket.write(data))
    await new Promise<void>((resolve) => {
      socket.once('drain', () => resolve());
      socket.once('close', () => resolve());
    });
}

describe('HTTP door, hostile bodies on raw sockets', () => {
  const crashes: unknown[] = [];
  const onCrash = (error: unknown): void => void crashes.push(error);
  beforeEach(() => {
    crashes.length = 0;
    process.on('uncaughtException', onCrash);
  });
  afterEach(() => {
    process.off('uncaughtException', onCrash);
  });

  async function stillAnswers(port: number, token: string): Promise<void> {
    const next = await post(port, token, Buffer.from(JSON.stringify({ method: 'system.ping' })));
    expect(JSON.parse(next.body)).toEqual({ ok: true, value: 'system.ping' });
    expect(crashes).toEqual([]);
  }

  it('a 9 MB chunked body sent in small chunks gets 413 with Connection: close, and the server lives', async () => {
    const { port, token } = await start();
    const { socket, received, closed } = rawConnection(port);
    await write(socket, head(port, token, 'Transfer-Encoding: chunked\r\n'));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    for (let sent = 0; sent < 9 * 1024 * 1024 && !socket.destroyed; sent += chunk.length) {
      await write(socket, `${chunk.length.toString(16)}\r\n`);
      await write(socket, chunk);
      await write(socket, '\r\n');
    }
    await write(socket, '0\r\n\r\n');
    await closed;
    expect(received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(received()).toMatch(/\r\nConnection: close\r\n/i);
    expect(received()).toContain('REQUEST_TOO_LARGE');
    await stillAnswers(port, token);
  });

  it('a body aborted half-way (chunked or with Content-Length) is dropped without an answer or a crash', async () => {
    const { port, token } = await start();
    for (const extra of ['Transfer-Encoding: chunked\r\n', 'Content-Length: 1000000\r\n']) {
      const { socket, closed } = rawConnection(port);
      await write(socket, head(port, token, extra));
      await write(socket, extra.startsWith('Transfer') ? '400\r\n' + ' '.repeat(0x200) : ' '.repeat(5000));
      socket.destroy();
      await closed;
    }
    await stillAnswers(port, token);
  });

  it('a Content-Length that lies (more bytes than declared, or a huge declaration) never crashes', async () => {
    const { port, token } = await start();
    const longer = rawConnection(port);
    await write(longer.socket, head(port, token, 'Content-Length: 2\r\n') + '{}garbage that is not HTTP\r\n\r\n');
    const huge = rawConnection(port);
    await write(huge.socket, head(port, token, `Content-Length: ${50 * 1024 * 1024}\r\n`) + '{"method":');
    await huge.closed;
    expect(huge.received()).toMatch(/^HTTP\/1\.1 413 /);
    longer.socket.end();
    await longer.closed;
    expect(longer.received()).toMatch(/HTTP\/1\.1 400 /);
    await stillAnswers(port, token);
  });
});
