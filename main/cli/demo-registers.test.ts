import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../api/testing/backend';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../api/backend';
import { DEMO_SECRET, demoCommand, loadDemo } from './demo';
import { DEMO_STAFF } from './demo-data';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

describe('demo registers', () => {
  it('has records in each register built, one of them overdue on the home page', async () => {
    env = testBackend('2026-03-10T02:00:00.000Z');
    await loadDemo(env.backend);
    // The demo signs its people out when done; the test reads as its own administrator.
    env.signInAs(null);
    const all = await env.call('assistance.list', { scope: 'all' });
    expect(all).toHaveLength(4);
    const home = await env.call('home.attention', {});
    const overdue = home.filter((item) => item.kind.startsWith('assistance-') && item.level === 'danger');
    expect(overdue).toHaveLength(1);
    expect(await env.call('complaints.list', { scope: 'all' })).toHaveLength(2);
    expect(await env.call('supervision.list', { scope: 'all' })).toHaveLength(2);
    expect(home.filter((item) => item.kind === 'complaint' && item.level === 'danger')).toHaveLength(1);
    expect(home.filter((item) => item.kind === 'supervision' && item.level === 'danger')).toHaveLength(1);
  });
});

describe('demo sign-in (issue #14)', () => {
  it('gives every demo person the secret fashen-demo, and says so', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-demo-'));
    let stdout = '';
    const code = await demoCommand(['--data-dir', dataDir], {
      readStdin: () => Promise.resolve(''),
      stdout: (text) => (stdout += text),
      stderr: (text) => (stdout += text),
    });
    expect(code, stdout).toBe(0);
    expect(stdout).toContain(`演示人员的登录密码都是 ${DEMO_SECRET}`);
    expect(DEMO_SECRET).toBe('fashen-demo');
    const backend = openBackend({ dataDir });
    try {
      const desk = backend.openClient('浏览器');
      const status = await desk.dispatch('session.status', {});
      if (!status.ok) throw new Error(status.error.message);
      const people = (status.value as { people: Array<{ staffId: number; name: string; hasSecret: boolean }> }).people;
      expect(people.length).toBe(DEMO_STAFF.length);
      expect(people.every((person) => person.hasSecret)).toBe(true);
      for (const person of people) {
        expect(await desk.dispatch('session.signIn', { staffId: person.staffId, secret: 'fashen-demo' })).toMatchObject(
          {
            ok: true,
            value: { name: person.name },
          },
        );
      }
    } finally {
      backend.close();
    }
  });
});
