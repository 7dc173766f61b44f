import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataContext, testBackend } from './testing/backend';
import { DEFAULT_COST } from '../core/session/secrets';

// Issue #14: who is acting. Sessions per client, secrets as scrypt hashes, the lock, the re-ask
// before a signature, and administrators for the office's settings.

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

async function office() {
  env = testBackend();
  const head = await env.call('staff.create', { name: '张志强', roles: ['head'] });
  const handler = await env.call('staff.create', { name: '李娜', roles: ['handler'] });
  await env.call('session.resetSecret', { staffId: head.id, newSecret: 'head-secret-1' });
  await env.call('session.resetSecret', { staffId: handler.id, newSecret: 'handler-secret-1' });
  return { env, head: head.id, handler: handler.id };
}

function auditRows(
  dataDir: string,
): Array<{ actor: string; action: string; summary: string; after_json: string | null }> {
  const ctx = dataContext(dataDir);
  try {
    return ctx.db.prepare('SELECT actor, action, summary, after_json FROM audit_log ORDER BY id').all() as never;
  } finally {
    ctx.db.close();
  }
}

describe('signing in', () => {
  it('refuses everything but the sign-in screen to a client nobody signed in on', async () => {
    const { env } = await office();
    const desk = env.backend.openClient('浏览器');
    expect(await desk.dispatch('cases.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await desk.dispatch('staff.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    const status = await desk.dispatch('session.status', {});
    expect(status).toMatchObject({ ok: true, value: { signedIn: null, needsFirstAdmin: false } });
    expect(JSON.stringify(status)).not.toContain('secret_hash');
    const info = await desk.dispatch('system.info', {});
    expect(info).toMatchObject({ ok: true, value: { dataDir: '' } });
  });

  it('signs in per client: two desks act as two people, and the audit log says who', async () => {
    const { env, head, handler } = await office();
    const a = env.backend.openClient('浏览器');
    const b = env.backend.openClient('浏览器');
    expect(await a.dispatch('session.signIn', { staffId: handler, secret: 'handler-secret-1' })).toMatchObject({
      ok: true,
      value: { name: '李娜', admin: false },
    });
    expect(await b.dispatch('session.signIn', { staffId: head, secret: 'head-secret-1' })).toMatchObject({ ok: true });
    expect(await a.dispatch('session.get', {})).toMatchObject({ value: { name: '李娜' } });
    expect(await b.dispatch('session.get', {})).toMatchObject({ value: { name: '张志强', admin: true } });
    await b.dispatch('orgs.create', { name: '某区公安分局', kind: 'public-security' });
    expect(auditRows(env.dataDir).at(-1)).toMatchObject({ actor: '张志强', action: 'org.create' });
    // Settings are for administrators.
    expect(await a.dispatch('staff.create', { name: '王五', roles: ['clerk'] })).toMatchObject({
      ok: false,
      error: { code: 'ADMIN_REQUIRED' },
    });
    expect(await a.dispatch('session.signOut', {})).toMatchObject({ ok: true, value: { staffId: null } });
    expect(await a.dispatch('cases.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await b.dispatch('cases.list', {})).toMatchObject({ ok: true });
  });

  it('refuses a wrong secret, locks after five, and logs each attempt without the secret', async () => {
    const { env, handler } = await office();
    const desk = env.backend.openClient('浏览器');
    for (let i = 1; i <= 4; i++) {
      const wrong = await desk.dispatch('session.signIn', { staffId: handler, secret: `wrong-${i}` });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    }
    expect(await desk.dispatch('session.signIn', { staffId: handler, secret: 'wrong-5' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    // Locked even with the right secret, until the time has passed or an administrator resets it.
    expect(await desk.dispatch('session.signIn', { staffId: handler, secret: 'handler-secret-1' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    env.setNow('2025-06-02T02:16:00.000Z');
    expect(await desk.dispatch('session.signIn', { staffId: handler, secret: 'handler-secret-1' })).toMatchObject({
      ok: true,
    });
    expect(await desk.dispatch('session.signIn', { staffId: handler, secret: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '请输入密码' },
    });
    const rows = auditRows(env.dataDir);
    expect(rows.filter((row) => row.action === 'session.refused')).toHaveLength(7);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/wrong-|handler-secret|scrypt\$/);
  });

  it('refuses a deactivated person, in Chinese, and logs the attempt', async () => {
    const { env, handler } = await office();
    await env.call('staff.update', { id: handler, name: '李娜', roles: ['handler'], active: false });
    const desk = env.backend.openClient('浏览器');
    const refused = await desk.dispatch('session.signIn', { staffId: handler, secret: 'handler-secret-1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STAFF_INACTIVE' } });
    expect(JSON.stringify(refused)).toContain('李娜 已停用，不能登录');
    expect(auditRows(env.dataDir).at(-1)).toMatchObject({ actor: '李娜', action: 'session.refused' });
    expect(await desk.dispatch('session.get', {})).toMatchObject({ ok: true, value: { staffId: null } });
  });

  it('ends a session after the office’s idle time, and says so', async () => {
    const { env, handler } = await office();
    const desk = env.backend.openClient('浏览器');
    await desk.dispatch('session.signIn', { staffId: handler, secret: 'handler-secret-1' });
    env.setNow('2025-06-02T02:31:00.000Z');
    const refused = await desk.dispatch('cases.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(JSON.stringify(refused)).toContain('未操作，已自动退出');
  });

  it('refuses a new secret that is empty or too short, and a PIN that is not 6 digits', async () => {
    const { env, handler } = await office();
    expect((await env.fail('session.resetSecret', { staffId: handler, newSecret: '' })).message).toBe('密码不能为空');
    expect((await env.fail('session.resetSecret', { staffId: handler, newSecret: 'short' })).message).toContain(
      '至少 8 个字符',
    );
    await env.call('session.savePolicy', { secretKind: 'pin', idleMinutes: 10, lanEnabled: false });
    expect((await env.fail('session.resetSecret', { staffId: handler, newSecret: '12345a' })).message).toContain(
      '6 位数字',
    );
    await env.call('session.resetSecret', { staffId: handler, newSecret: '402917' });
  });
});

describe('signatures ask for the secret again', () => {
  it('refuses a signature without the signer’s own secret, and with someone else’s', async () => {
    const { env, head } = await office();
    const desk = env.backend.openClient('桌面程序');
    await desk.dispatch('session.signIn', { staffId: head, secret: 'head-secret-1' });
    expect(await desk.dispatch('profiles.setDefault', { id: 'tancheng' })).toMatchObject({
      ok: false,
      error: { code: 'SECRET_REQUIRED' },
    });
    expect(await desk.dispatch('profiles.setDefault', { id: 'tancheng', secret: 'handler-secret-1' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS' },
    });
    const done = await desk.dispatch('profiles.setDefault', { id: 'tancheng', secret: 'head-secret-1' });
    expect(done.ok, JSON.stringify(done)).toBe(true);
  });
});

describe('the first administrator', () => {
  it('is created once, on an empty database, with a secret; then the door is shut', async () => {
    env = testBackend();
    const desk = env.backend.openClient('桌面程序');
    expect(await desk.dispatch('session.status', {})).toMatchObject({ value: { needsFirstAdmin: true } });
    expect(await desk.dispatch('session.firstAdmin', { name: '张志强', secret: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await desk.dispatch('session.firstAdmin', { name: '张志强', secret: 'head-secret-1' })).toMatchObject({
      ok: true,
      value: { name: '张志强', admin: true },
    });
    expect(await desk.dispatch('staff.list', {})).toMatchObject({
      ok: true,
      value: [{ name: '张志强', roles: ['head'] }],
    });
    const other = env.backend.openClient('浏览器');
    expect(await other.dispatch('session.firstAdmin', { name: '李四', secret: 'another-secret' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('keeps only the hash, at the office cost, readable by the owner only', async () => {
    env = testBackend(undefined, { secretCost: DEFAULT_COST });
    const desk = env.backend.openClient('桌面程序');
    await desk.dispatch('session.firstAdmin', { name: '张志强', secret: 'head-secret-1' });
    const ctx = dataContext(env.dataDir);
    const hash = (ctx.db.prepare('SELECT secret_hash FROM staff_access').pluck().get() as string) ?? '';
    ctx.db.close();
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('head-secret-1');
    if (process.platform !== 'win32') {
      for (const file of readdirSync(env.dataDir).filter((name) => name.startsWith('fashen.db')))
        expect(readFileSync(join(env.dataDir, file)).length >= 0 && statMode(join(env.dataDir, file)) & 0o077).toBe(0);
    }
  });
});

import { statSync } from 'node:fs';
function statMode(path: string): number {
  return statSync(path).mode;
}
