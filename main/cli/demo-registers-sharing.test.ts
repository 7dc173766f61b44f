import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../api/testing/backend';
import { loadDemo } from './demo';
import { readLedgerWorkbook } from '../core/ledgers/xlsx';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

describe('demo 信息共享 and 管辖争议', () => {
  it('has records in both registers, one of each overdue, and their papers issued', async () => {
    env = testBackend('2026-03-10T02:00:00.000Z');
    await loadDemo(env.backend);
    // The demo signs out when done; the test reads on as its administrator.
    env.signInAs(null);
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

    // Both registers export as ledgers (台账): one row per record, the overdue one said so.
    const sheet = async (what: 'sharing' | 'disputes', name: string) => {
      const file = await env!.call('ledgers.export', { what, year: null });
      const book = await readLedgerWorkbook(Buffer.from(file.base64, 'base64'));
      const ws = book.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      const headers = (ws.getRow(2).values as unknown[]).slice(1).map(String);
      const rows: Record<string, unknown>[] = [];
      ws.eachRow((row, n) => {
        if (n <= 2) return;
        const values = (row.values as unknown[]).slice(1);
        rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i]])));
      });
      return rows;
    };
    const shared = await sheet('sharing', '信息共享');
    expect(shared).toHaveLength(sharing.length);
    expect(shared.filter((row) => row['是否按期'] === '未办（已逾期）')).toHaveLength(1);
    expect(shared.every((row) => typeof row['信息种类'] === 'string' && row['信息种类'] !== '')).toBe(true);
    const disputed = await sheet('disputes', '管辖争议');
    expect(disputed).toHaveLength(2);
    expect(disputed.some((row) => String(row['争议焦点'] ?? '').length > 0)).toBe(true);
  });
});
