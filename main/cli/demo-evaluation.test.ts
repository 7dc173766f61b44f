import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../api/testing/backend';
import { loadDemo } from './demo';
import { figuresUnlike } from '../core/stats/testing/figures';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

describe('demo reports', () => {
  it('fills every statistics table, a scored evaluation, training hours and a due publication', async () => {
    env = testBackend('2026-03-10T02:00:00.000Z');
    await loadDemo(env.backend);
    // The demo signs out when done; the test reads on as its administrator.
    env.signInAs(null);
    const stats = await env.call('stats.year', { year: 2026 });
    for (const table of stats.tables) {
      const total = table.rows.reduce((sum, row) => sum + Object.values(row.values).reduce((a, b) => a + b, 0), 0);
      expect(total, table.title).toBeGreaterThan(0);
    }
    expect(figuresUnlike(stats)).toEqual([]);
    const evaluation = await env.call('evaluation.year', { year: 2026 });
    expect(evaluation.summary.scored).toBe(1);
    const training = await env.call('training.year', { year: 2026 });
    expect(training.people.some((p) => p.enforcement && p.missing === 0)).toBe(true);
    expect(training.people.some((p) => p.enforcement && p.missing > 0)).toBe(true);
    const home = await env.call('home.attention', {});
    expect(home.some((item) => item.kind === 'publicity')).toBe(true);
  });
});
