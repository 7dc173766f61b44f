import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend, Dispatch } from '../api/dispatch-types';
import type { Envelope } from '../../shared/contract/envelope';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { readStatic } from './static-files';

export const TOKEN_HEADER = 'x-fashen-token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Time allowed for a request's headers, and for the whole request including its body. */
const HEADERS_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 120_000;

export const SESSION_COOKIE = 'fashen_session';

export interface HttpDoorOptions {
  /**
   * Sessions per browser context: each signs in by itself and gets its own cookie. Without it (door
   * tests) every request goes to `dispatch`.
   */
  backend?: Pick<Backend, 'openClient' | 'findClient'>;
  dispatch?: Dispatch;
  rendererDir: string;
  /** Per-launch secret: the served page gets it in a meta tag; a foreign page cannot read it. */
  token?: string;
  /** Office-network mode: HTTPS with this certificate, answering to `hosts` besides loopback. */
  tls?: { key: string; cert: string };
  /** Host names or addresses (without port) the page may be asked for by; loopback always. */
  hosts?: readonly string[];
  /** Shown in the audit log for this door's sessions. */
  door?: string;
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
function isOwnHost(host: string | undefined, extra: readonly string[] = []): boolean {
  if (!host) return false;
  if (/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return true;
  const name = host.replace(/:\d+$/, '');
  return extra.includes(name);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * One call through this browser's own session: its cookie names it; a browser without one (or with
 * one from an earlier launch) gets a fresh session, kept only once someone signs in on it.
 */
async function dispatchForBrowser(
  req: IncomingMessage,
  options: HttpDoorOptions,
  method: string,
  input: unknown,
): Promise<{ envelope: Envelope<unknown>; cookie?: string }> {
  const backend = options.backend;
  if (!backend) return { envelope: await (options.dispatch ?? refuseAll)(method, input) };
  const presented = cookieValue(req, SESSION_COOKIE);
  const known = backend.findClient(presented);
  const client = known ?? backend.openClient(options.door ?? '浏览器');
  if (presented && !known) client.session.stale = true;
  const envelope = await client.dispatch(method, input);
  const secure = options.tls ? '; Secure' : '';
  if (client.session.actor) {
    if (known) return { envelope };
    return { envelope, cookie: `${SESSION_COOKIE}=${client.id}; Path=/; HttpOnly; SameSite=Strict${secure}` };
  }
  // Nobody signed in (any more) on it: forget the session, and the browser's cookie with it.
  client.end();
  return presented
    ? { envelope, cookie: `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}` }
    : { envelope };
}

const refuseAll: Dispatch = () => Promise.resolve({ ok: false, error: { code: 'NOT_SIGNED_IN', message: '请先登录' } });

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
  const answer = await dispatchForBrowser(req, options, typeof method === 'string' ? method : '', input);
  sendJson(res, 200, answer.envelope, answer.cookie ? { 'Set-Cookie': answer.cookie } : {});
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
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (!isOwnHost(req.headers.host, options.hosts)) {
      send(res, 403, 'text/plain; charset=utf-8', options.tls ? '请使用本程序给出的地址访问' : '仅允许本机访问');
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
  };
  // https.Server is a net/tls server with the same request API as http.Server.
  const server = options.tls
    ? (createHttpsServer(
        { key: options.tls.key, cert: options.tls.cert, minVersion: 'TLSv1.2' },
        listener,
      ) as unknown as Server)
    : createServer(listener);
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
