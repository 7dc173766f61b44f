import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpDoor, SESSION_COOKIE, TOKEN_HEADER } from './server';
import { dataContext, testBackend } from '../api/testing/backend';

// Issue #14 at the HTTP door: each browser gets its own session cookie once someone signs in on it;
// a cookie from an earlier launch (or made up) signs nobody in, says so, and is logged.

let server: Server | undefined;
let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
  env?.backend.close();
});

async function door() {
  env = testBackend();
  const person = await env.call('staff.create', { name: '李娜', roles: ['handler'] });
  await env.call('session.resetSecret', { staffId: person.id, newSecret: 'handler-secret-1' });
  const http = createHttpDoor({ backend: env.backend, rendererDir: '/nonexistent', door: '浏览器' });
  server = http.server;
  const listening = http.server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', () => resolve()));
  const port = (listening.address() as AddressInfo).port;
  async function call(method: string, input: unknown, cookie?: string) {
    const response = await fetch(`http://127.0.0.1:${port}/api/call`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [TOKEN_HEADER]: http.token,
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify({ method, input }),
    });
    return { envelope: (await response.json()) as unknown, setCookie: response.headers.get('set-cookie') };
  }
  return { call, staffId: person.id, dataDir: env.dataDir };
}

describe('HTTP door sessions', () => {
  it('gives a browser its own session cookie on sign-in, and acts as that person with it', async () => {
    const { call, staffId } = await door();
    expect((await call('cases.list', {})).envelope).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    const signedIn = await call('session.signIn', { staffId, secret: 'handler-secret-1' });
    expect(signedIn.envelope).toMatchObject({ ok: true, value: { name: '李娜' } });
    expect(signedIn.setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{40,}; Path=/; HttpOnly; SameSite=Strict`));
    const cookie = (signedIn.setCookie ?? '').split(';')[0] ?? '';
    expect((await call('session.get', {}, cookie)).envelope).toMatchObject({ ok: true, value: { name: '李娜' } });
    expect((await call('cases.list', {}, cookie)).envelope).toMatchObject({ ok: true });
    // Another browser, without the cookie, is nobody.
    expect((await call('session.get', {})).envelope).toMatchObject({ ok: true, value: { staffId: null } });
  });

  it('refuses a cookie this launch never issued, says the sign-in has lapsed, clears it and logs the attempt', async () => {
    const { call, dataDir } = await door();
    const stale = `${SESSION_COOKIE}=from-an-earlier-launch-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`;
    const refused = await call('cases.list', {}, stale);
    expect(refused.envelope).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN', message: '登录已失效（程序已重新启动或已退出登录），请重新登录' },
    });
    expect(refused.setCookie).toContain('Max-Age=0');
    const ctx = dataContext(dataDir);
    try {
      const row = ctx.db
        .prepare("SELECT actor, summary FROM audit_log WHERE action = 'session.refused' ORDER BY id DESC LIMIT 1")
        .get() as { actor: string; summary: string };
      expect(row).toEqual({ actor: '未登录', summary: '使用已失效的登录凭据调用“cases.list”被拒绝（浏览器）' });
      expect(JSON.stringify(row)).not.toContain('from-an-earlier-launch');
    } finally {
      ctx.db.close();
    }
  });
});
