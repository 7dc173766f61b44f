import { afterEach, describe, expect, it } from 'vitest';
import { dataContext, testBackend, VALID_CITIZEN_ID } from '../../api/testing/backend';
import { openDatabase } from '../../db/open';
import { SHORT_MATCH_SQL, SHORT_PROBE_SQL, searchCases } from './search';

let env: ReturnType<typeof testBackend>;
afterEach(() => env?.backend.close());

async function seed() {
  env = testBackend();
  const handler = await env.call('staff.create', { name: '王建国', roles: ['handler'] });
  const base = {
    party: { type: 'citizen' as const, name: '李某某', idCode: VALID_CITIZEN_ID },
    foundOn: '2025-05-20',
    penaltyKinds: ['warning' as const],
    discretion: 'standard' as const,
    handlerIds: [handler.id],
  };
  await env.call('cases.create', {
    ...base,
    caseNumber: '青山综执罚〔2025〕1号',
    cause: '违法占道经营',
    facts: '在人行道摆摊销售水果。',
  });
  await env.call('cases.create', {
    ...base,
    caseNumber: '青山综执罚〔2025〕2号',
    cause: '擅自设置户外广告',
    facts: '在外墙设置广告牌 "100%好吃"。',
    party: { ...base.party, name: '欧阳锋' },
  });
}

describe('case search', () => {
  it('finds Chinese substrings of three or more characters through the trigram index', async () => {
    await seed();
    expect((await env.call('cases.list', { query: '户外广告' })).items.map((c) => c.caseNumber)).toEqual([
      '青山综执罚〔2025〕2号',
    ]);
    expect((await env.call('cases.list', { query: '〔2025〕1' })).total).toBe(1);
    expect((await env.call('cases.list', { query: '人行道' })).total).toBe(1);
  });

  it('finds one- and two-character queries in number, cause and party, which the trigram index cannot', async () => {
    await seed();
    expect((await env.call('cases.list', { query: '占道' })).total).toBe(1);
    expect((await env.call('cases.list', { query: '欧' })).total).toBe(1);
    expect((await env.call('cases.list', { query: '2号' })).items.map((c) => c.cause)).toEqual(['擅自设置户外广告']);
    expect((await env.call('cases.list', { query: '占道', status: 'submitted' })).total).toBe(0);
  });

  it('treats FTS syntax and LIKE wildcards in a query as plain text', async () => {
    await seed();
    expect((await env.call('cases.list', { query: '"100%好吃"' })).total).toBe(1);
    // A lone % is plain text for the short-query path too: it must not match everything.
    expect((await env.call('cases.list', { query: '%' })).total).toBe(0);
    expect((await env.call('cases.list', { query: '〔' })).total).toBe(2);
    expect((await env.call('cases.list', { query: 'AND OR NOT' })).total).toBe(0);
    expect((await env.call('cases.list', { query: '_' })).total).toBe(0);
  });

  it('follows edits: the old cause is no longer found, the new one is', async () => {
    await seed();
    const record = await env.call('cases.get', { id: 1 });
    await env.call('cases.update', {
      id: 1,
      caseNumber: record.caseNumber,
      cause: '违规焚烧秸秆',
      party: record.party,
      facts: record.facts,
      foundOn: record.foundOn,
      penaltyKinds: record.penaltyKinds,
      discretion: record.discretion,
      handlerIds: [1],
    });
    expect((await env.call('cases.list', { query: '占道经营' })).total).toBe(0);
    expect((await env.call('cases.list', { query: '焚烧秸秆' })).total).toBe(1);
  });

  it('uses the FTS index and the updated_at index (query plan)', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ match: '"abc"', limit: 20, offset: 0 }) as Array<{
          detail: string;
        }>
      )
        .map((row) => row.detail)
        .join(' | ');
    expect(
      plan(
        'SELECT c.id FROM cases c WHERE c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match) ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset',
      ),
    ).toMatch(/VIRTUAL TABLE INDEX/);
    expect(plan('SELECT c.id FROM cases c ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset')).toMatch(
      /cases_by_updated/,
    );
    expect(
      plan("SELECT id, updated_at FROM cases INDEXED BY cases_short_text WHERE instr(short_text, 'a') > 0"),
    ).toMatch(/cases_short_text/);
    expect(searchCases(db, { query: '', status: null, page: 1, pageSize: 20 })).toEqual({ items: [], total: 0 });
  });

  it('answers 1–2 character queries from the gram index, not by scanning the cases (query plan)', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ gram: '王某' }) as Array<{ detail: string }>)
        .map((row) => row.detail)
        .join(' | ');
    expect(plan(SHORT_MATCH_SQL)).toMatch(/SEARCH case_search_grams USING PRIMARY KEY \(gram=\?\)/);
    expect(plan('SELECT n FROM case_search_gram_counts WHERE gram = @gram')).toMatch(
      /SEARCH case_search_gram_counts USING PRIMARY KEY \(gram=\?\)/,
    );
    expect(plan(SHORT_MATCH_SQL)).not.toMatch(/SCAN/);
    // Many matches: the date index is walked and each case looked up in the gram index's key.
    const walk = plan(
      `SELECT c.id FROM cases c INDEXED BY cases_by_updated WHERE ${SHORT_PROBE_SQL} ORDER BY c.updated_at DESC, c.id DESC LIMIT 20`,
    );
    expect(walk).toMatch(/cases_by_updated/);
    expect(walk).toMatch(/SEARCH g (EXISTS )?USING PRIMARY KEY \(gram=\? AND case_id=\?\)/);
    expect(walk).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('finds with the gram index exactly what a scan of the short fields finds, through edits', async () => {
    await seed();
    const { db } = dataContext(env.dataDir);
    const scan = (text: string) =>
      (
        db
          .prepare('SELECT id FROM cases WHERE instr(short_text, ?) > 0 ORDER BY updated_at DESC, id DESC')
          .pluck()
          .all(text) as number[]
      ).join(',');
    const indexed = (text: string) =>
      searchCases(db, { query: text, status: null, page: 1, pageSize: 100 })
        .items.map((c) => c.id)
        .join(',');
    const record = await env.call('cases.get', { id: 2 });
    await env.call('cases.update', {
      id: 2,
      caseNumber: '青山综执罚〔2025〕22号',
      cause: '擅自设置户外广告牌',
      party: { ...record.party, name: '欧阳锋锋' },
      facts: record.facts,
      foundOn: record.foundOn,
      penaltyKinds: record.penaltyKinds,
      discretion: record.discretion,
      handlerIds: [1],
    });
    const texts = new Set<string>(['', 'x', '锋锋', '阳', '2号', '22', '〕2']);
    for (const row of db.prepare('SELECT short_text FROM cases').pluck().all() as string[]) {
      const chars = [...row];
      chars.forEach((char, i) => {
        texts.add(char);
        texts.add(chars.slice(i, i + 2).join(''));
      });
    }
    for (const text of texts) {
      if (text === '' || text.includes('\u001f')) continue;
      expect(indexed(text), text).toBe(scan(text));
      expect(searchCases(db, { query: text, status: null, page: 1, pageSize: 1 }).total, text).toBe(
        scan(text).split(',').filter(Boolean).length,
      );
      expect(searchCases(db, { query: text, status: 'draft', page: 1, pageSize: 1 }).total, text).toBe(
        scan(text).split(',').filter(Boolean).length,
      );
    }
    // A query holding the fields' separator keeps the old scan, which may match across two fields.
    expect(searchCases(db, { query: '号\u001f', status: null, page: 1, pageSize: 20 }).total).toBe(2);
    db.close();
  });
});
