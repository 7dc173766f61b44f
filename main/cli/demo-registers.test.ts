import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../api/testing/backend';
import { loadDemo } from './demo';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

describe('demo registers', () => {
  it('has records in each register built, one of them overdue on the home page', async () => {
    env = testBackend('2026-03-10T02:00:00.000Z');
    await loadDemo(env.backend);
    const all = await env.call('assistance.list', { scope: 'all' });
    expect(all).toHaveLength(4);
    const home = await env.call('home.attention', {});
    const overdue = home.filter((item) => item.kind.startsWith('assistance-') && item.level === 'danger');
    expect(overdue).toHaveLength(1);
    expect(await env.call('complaints.list', { scope: 'all' })).toHaveLength(2);
    expect(await env.call('supervision.list', { scope: 'all' })).toHaveLength(2);
    expect(home.filter((item) => item.kind === 'complaint' && item.level === 'danger')).toHaveLength(1);
    expect(home.filter((item) => item.kind === 'supervision' && item.level === 'danger')).toHaveLength(1);
  }, 60_000);
});
