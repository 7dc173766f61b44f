import { afterEach, describe, expect, it } from 'vitest';
import { dataContext, testBackend, VALID_CITIZEN_ID } from '../../api/testing/backend';
import { openDatabase } from '../../db/open';
import {
  DIRECT_WALK,
  LONG_PROBE_SQL,
  SEARCH_TUNING,
  SHORT_MATCH_SQL,
  SHORT_PROBE_SQL,
  plainQuery,
  searchCases,
} from './search';

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

  it('lists a search’s total up to the list limit, then says there are more; short queries stay exact', async () => {
    await seed();
    const tuning = { ...SEARCH_TUNING };
    // Counted, not collected: few matches are collected and sorted, which gives their exact number.
    Object.assign(SEARCH_TUNING, { listCountLimit: 1, walkAbove: 0 });
    try {
      expect(await env.call('cases.list', { query: '青山综执罚' })).toMatchObject({ total: 1, totalCapped: true });
      expect(await env.call('cases.list', { query: '户外广告' })).toMatchObject({ total: 1, totalCapped: false });
      expect(await env.call('cases.list', { query: '〔' })).toMatchObject({ total: 2, totalCapped: false });
      expect(await env.call('cases.list', {})).toMatchObject({ total: 2, totalCapped: false });
    } finally {
      Object.assign(SEARCH_TUNING, tuning);
    }
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
    expect(searchCases(db, { query: '', status: null, page: 1, pageSize: 20 })).toEqual({
      items: [],
      total: 0,
      totalCapped: false,
    });
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

describe('case search over many cases (the date-index walks)', () => {
  /** More cases than WALK_THRESHOLD matching, so the walks are taken; letters of both cases for the folding. */
  function manyCases() {
    const db = openDatabase(':memory:');
    const insert = db.prepare(
      `INSERT INTO cases (case_number, cause, party_type, party_name, party_id_code, party_address, facts, found_on,
         penalty_kinds, fine_fen, discretion, legal_basis, status, created_at, updated_at)
       VALUES (@number, @cause, 'citizen', @name, '11010519491231002X', '青山镇', @facts, '2024-01-01', '["fine"]', 0,
         'standard', '', @status, @at, @at)`,
    );
    const causes = ['违法占道经营', '擅自设置户外广告', '露天焚烧秸秆'];
    const statuses = ['draft', 'submitted', 'in-review'];
    db.transaction(() => {
      for (let i = 1; i <= 1800; i++) {
        insert.run({
          number: `青山综执罚〔${2020 + Math.floor(i / 600)}〕${i}号`,
          cause: causes[i % 3],
          name: i % 4 === 0 ? `ABC贸易有限公司${i % 7}` : `王某${i % 11}`,
          facts: `当事人在青山镇${i % 2 === 0 ? '新街' : '正街'}${causes[(i * 7) % 3]}，编号${i}，abc门店。`,
          status: statuses[i % 3],
          // Updated-at ties every few cases, so the id decides the order among them.
          at: new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 3) * 3_600_000).toISOString(),
        });
      }
    })();
    return db;
  }

  it('pages through exactly the cases the trigram index finds, newest first, at any page and status', () => {
    const db = manyCases();
    const defaults = { ...DIRECT_WALK };
    const expected = (text: string, status: string | null) =>
      (
        db
          .prepare(
            `SELECT c.id FROM cases c WHERE c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)
             ${status ? 'AND c.status = ?' : ''} ORDER BY c.updated_at DESC, c.id DESC`,
          )
          .pluck()
          .all(...(status ? [`"${text}"`, status] : [`"${text}"`])) as number[]
      ).join(',');
    const queries = [
      '青山镇',
      '当事人在青山镇',
      '占道经营',
      '青山综执罚',
      'abc门店',
      'ABC门店',
      'abc贸易',
      '编号1',
      '〔2020〕',
    ];
    // The defaults, then a walk that gives up early (as when the matches lie in the past at 100,000 cases).
    for (const tuning of [defaults, { rows: 5000, slack: 1 }, { rows: 5000, slack: 0.5 }]) {
      Object.assign(DIRECT_WALK, tuning);
      for (const text of queries) {
        for (const status of [null, 'in-review'] as const) {
          const all = expected(text, status).split(',').filter(Boolean);
          for (const pageSize of [20, 100]) {
            for (const page of [1, 2, 7, 40]) {
              const result = searchCases(db, { query: text, status, page, pageSize });
              expect(result.total, `${text} ${status} total`).toBe(all.length);
              expect(
                result.items.map((c) => String(c.id)),
                `${text} ${status} page ${page}×${pageSize}`,
              ).toEqual(all.slice((page - 1) * pageSize, page * pageSize));
            }
          }
        }
      }
    }
    Object.assign(DIRECT_WALK, defaults);
    db.close();
  });

  it('counts a 3+ character query up to countUpTo: past it the total is a floor, and the pages are still the newest', () => {
    const db = manyCases();
    const newest = (text: string) =>
      db
        .prepare(
          `SELECT c.id FROM cases c WHERE c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)
           ORDER BY c.updated_at DESC, c.id DESC`,
        )
        .pluck()
        .all(`"${text}"`) as number[];
    const all = newest('青山镇');
    expect(all.length).toBe(1800);
    const tuning = { ...SEARCH_TUNING };
    // Counted, not collected: up to walkAbove matches are collected and sorted, which gives their exact number.
    SEARCH_TUNING.walkAbove = 100;
    try {
      for (const page of [1, 2, 25]) {
        const result = searchCases(db, { query: '青山镇', status: null, page, pageSize: 20, countUpTo: 500 });
        expect(result).toMatchObject({ total: 500, totalCapped: true });
        expect(result.items.map((c) => c.id)).toEqual(all.slice((page - 1) * 20, page * 20));
      }
      // A page reaching past the floor ends at it (30 does not divide 500).
      const last = searchCases(db, { query: '青山镇', status: null, page: 17, pageSize: 30, countUpTo: 500 });
      expect(last.items.map((c) => c.id)).toEqual(all.slice(480, 500));
      // Past the floor nothing is listed: the screen pages through that many only.
      expect(searchCases(db, { query: '青山镇', status: null, page: 26, pageSize: 20, countUpTo: 500 }).items).toEqual(
        [],
      );
      // At or under the limit, exact; a status-filtered search is counted with its status (600 in
      // review), capped or not; a query without the limit is exact.
      const some = newest('编号1');
      expect(
        searchCases(db, { query: '编号1', status: null, page: 1, pageSize: 20, countUpTo: some.length }),
      ).toMatchObject({ total: some.length, totalCapped: false });
      expect(
        searchCases(db, { query: '青山镇', status: 'in-review', page: 1, pageSize: 20, countUpTo: 600 }),
      ).toMatchObject({ total: 600, totalCapped: false });
      expect(
        searchCases(db, { query: '青山镇', status: 'in-review', page: 1, pageSize: 20, countUpTo: 599 }),
      ).toMatchObject({ total: 599, totalCapped: true });
      expect(searchCases(db, { query: '青山镇', status: null, page: 1, pageSize: 20 })).toMatchObject({
        total: 1800,
        totalCapped: false,
      });
    } finally {
      Object.assign(SEARCH_TUNING, tuning);
    }
    db.close();
  });

  it('reads a common 3+ character query’s first page by walking the date index, not by collecting every match', () => {
    const db = openDatabase(':memory:');
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT c.id FROM cases c INDEXED BY cases_by_updated WHERE ${LONG_PROBE_SQL} ORDER BY c.updated_at DESC, c.id DESC LIMIT 20`,
        )
        .all({ text: '青山镇' }) as Array<{ detail: string }>
    )
      .map((row) => row.detail)
      .join(' | ');
    expect(plan).toMatch(/cases_by_updated/);
    expect(plan).not.toMatch(/TEMP B-TREE|VIRTUAL TABLE|LIST SUBQUERY/);
    expect(plainQuery('当事人在青山镇〔2021〕12号')).toBe(true);
    expect(plainQuery('ABC门店')).toBe(false);
    expect(plainQuery('Ⅳ号')).toBe(false);
    db.close();
  });
});
