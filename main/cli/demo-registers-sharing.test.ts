import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../api/testing/backend';
import { loadDemo } from './demo';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

describe('demo 信息共享 and 管辖争议', () => {
  it('has records in both registers, one of each overdue, and their papers issued', async () => {
    env = testBackend('2026-03-10T02:00:00.000Z');
    await loadDemo(env.backend);
    const sharing = await env.call('sharing.list', { scope: 'all' });
    expect(sharing.length).toBeGreaterThanOrEqual(4);
    const disputes = await env.call('disputes.list', { scope: 'all' });
    expect(disputes).toHaveLength(2);
    const home = await env.call('home.attention', {});
    expect(home.filter((item) => item.kind.startsWith('sharing-') && item.level === 'danger')).toHaveLength(1);
    expect(home.filter((item) => item.kind === 'dispute' && item.level === 'danger')).toHaveLength(1);
    const papers = (await env.call('documents.list', {})).map((paper) => paper.templateId);
    for (const id of [
      'sharing-letter',
      'dispute-request',
      'assistance-letter',
      'complaint-answer',
      'supervision-report',
    ])
      expect(papers).toContain(id);
  }, 120_000);
});
