import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dispatch } from '../api/dispatch-types';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { readStatic } from './static-files';

export const TOKEN_HEADER = 'x-fashen-token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Time allowed for a request's headers, and for the whole request including its body. */
const HEADERS_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 120_000;

export interface HttpDoorOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** Per-launch secret: the served page gets it in a meta tag; a foreign page cannot read it. */
  token?: string;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  // The client may have gone while the answer was being prepared: nobody to write to.
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}

/** A request body over MAX_BODY_BYTES: refused before it is all read. */
class BodyTooLarge extends Error {}
/** The client went away (or broke the stream) before the body was complete: nobody to answer. */
class ClientGone extends Error {}

/**
 * Reads the body with plain listeners, never by iterating the stream: breaking out of a `for await`
 * destroys the request and its socket, and an answer written afterwards met a socket already gone
 * (the 9 MB chunked POST that took the whole server down). Past the limit the rest is discarded as
 * it arrives, so the 413 can still be written and read; Node closes the connection once it is sent.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: Error | undefined): void => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        settle(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(undefined));
    req.on('error', () => settle(new ClientGone()));
    req.on('close', () => {
      if (!req.complete) settle(new ClientGone());
    });
  });
}

/**
 * The rest of an oversized body is never used, so the connection cannot carry another request:
 * the answer says `Connection: close`, and Node closes the socket itself once it is sent (the
 * remaining bytes are discarded meanwhile), so the browser opens a fresh connection for the next
 * call instead of meeting a reset one.
 */
function refuseTooLarge(res: ServerResponse): void {
  const message = `请求内容过大（超过 ${MAX_BODY_BYTES / 1024 / 1024} MB），未做任何改动`;
  sendJson(res, 413, { ok: false, error: { code: 'REQUEST_TOO_LARGE', message } }, { Connection: 'close' });
}

/** Only our own origin may talk to us: refuses DNS-rebinding hosts and cross-site requests. */
function isLocalHost(host: string | undefined): boolean {
  return !!host && /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpDoorOptions & { token: string },
): Promise<void> {
  if (req.headers[TOKEN_HEADER] !== options.token) {
    sendJson(res, 403, {
      ok: false,
      error: { code: 'FORBIDDEN', message: '访问被拒绝：请从法审工作台打开的页面操作' },
    });
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(await readBody(req));
  } catch (error) {
    if (error instanceof ClientGone) {
      res.destroy();
      return;
    }
    if (error instanceof BodyTooLarge) {
      refuseTooLarge(res);
      return;
    }
    sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: '请求格式有误' } });
    return;
  }
  const { method, input } = (payload ?? {}) as { method?: unknown; input?: unknown };
  sendJson(res, 200, await options.dispatch(typeof method === 'string' ? method : '', input));
}

async function handleStatic(
  res: ServerResponse,
  url: string,
  options: HttpDoorOptions & { token: string },
): Promise<void> {
  const file = await readStatic(options.rendererDir, url);
  // Client-side routes (/cases/12) get the app shell; the router takes it from there.
  const fallback = file ?? (url.includes('.') ? null : await readStatic(options.rendererDir, '/index.html'));
  if (!fallback) {
    send(res, 404, 'text/plain; charset=utf-8', '未找到');
    return;
  }
  if (fallback.type.startsWith('text/html')) {
    const html = fallback.body
      .toString('utf8')
      .replace('</head>', `<meta name="fashen-token" content="${options.token}"></head>`);
    send(res, 200, fallback.type, html);
    return;
  }
  send(res, 200, fallback.type, fallback.body);
}

export function createHttpDoor(options: HttpDoorOptions): { server: Server; token: string } {
  const token = options.token ?? randomBytes(24).toString('hex');
  const full = { ...options, token };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!isLocalHost(req.headers.host)) {
      send(res, 403, 'text/plain; charset=utf-8', '仅允许本机访问');
      return;
    }
    const work =
      req.method === 'POST' && url === '/api/call'
        ? handleApi(req, res, full)
        : req.method === 'GET'
          ? handleStatic(res, url, full)
          : null;
    if (!work) {
      send(res, 405, 'text/plain; charset=utf-8', '不支持的请求');
      return;
    }
    work.catch((error: unknown) => {
      console.error('[fashen] http error', error);
      if (!res.headersSent && !res.destroyed)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '程序内部错误，请重试' } });
    });
  });
  // A slow client (headers or body trickling in) is cut off instead of holding a socket forever.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  // A malformed request (a Content-Length that lies, a broken chunk) or a reset connection: answer
  // 400 if the socket can still take it, otherwise just let it go. Never throws.
  server.on('clientError', (_error, socket) => {
    if (socket.writable && !socket.destroyed) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    } else {
      socket.destroy();
    }
  });
  return { server, token };
}

export async function rendererIsBuilt(rendererDir: string): Promise<boolean> {
  try {
    await readFile(join(rendererDir, 'index.html'));
    return true;
  } catch {
    return false;
  }
}
