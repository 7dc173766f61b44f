import { afterEach, describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case';
import { openDatabase, type Db } from '../../db/open';
import { DIRECT_WALK, SEARCH_TUNING, STATUS_TOKENS, searchCases } from './search';

// The fast paths of the case search (gram and trigram indexes, the status in the trigram index,
// the rarest trigram first, sorting few matches, walking the date index for many) against the plain
// meaning of a search, read by a LIKE scan of every case: a 1–2 character query is looked for in
// the case number, cause and party; a longer one in the facts too. Newest first, then by id.

const CAUSES = ['违法占道经营', '擅自设置户外广告', '露天焚烧秸秆', '未经批准擅自建设', '夜间施工噪声扰民'];
const SURNAMES = [...'王李张刘陈杨黄赵覃欧'];
const PLACES = ['新街', '人民路', '石桥村', '农贸市场'];

/** A small pseudo-random sequence, so a failure can be replayed. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function generated(count: number): Db {
  const db = openDatabase(':memory:');
  const random = sequence(18);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const insert = db.prepare(
    `INSERT INTO cases (case_number, cause, party_type, party_name, party_id_code, party_address, facts, found_on,
       penalty_kinds, fine_fen, discretion, legal_basis, status, created_at, updated_at)
     VALUES (@number, @cause, 'citizen', @name, '11010519491231002X', '青山镇', @facts, '2024-01-01', '["fine"]', 0,
       'standard', '', @status, @at, @at)`,
  );
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const year = 2018 + Math.floor(random() * 8);
      const cause = pick(CAUSES);
      const name = random() < 0.15 ? `ABC贸易有限公司${i % 5}` : `${pick(SURNAMES)}某${random() < 0.3 ? '某' : ''}`;
      insert.run({
        number: `青山综执罚〔${year}〕${i}号`,
        cause,
        name,
        facts: `当事人于${year}年${1 + (i % 12)}月在青山镇${pick(PLACES)}${cause}，经执法人员现场检查并责令改正。编号${i}，abc门店${i % 50 === 0 ? '§d§' : ''}。`,
        status: pick(CASE_STATUSES),
        // Ties every few cases, and years out of order with the ids.
        at: new Date(Date.UTC(year, i % 12, 1) + Math.floor(random() * 5) * 3_600_000).toISOString(),
      });
    }
  })();
  return db;
}

function scan(db: Db, text: string, status: CaseStatus | null): number[] {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const fields =
    [...text].length < 3 ? ['case_number', 'cause', 'party_name'] : ['case_number', 'cause', 'party_name', 'facts'];
  return db
    .prepare(
      `SELECT id FROM cases WHERE (${fields.map((f) => `${f} LIKE @like ESCAPE '\\'`).join(' OR ')})
       ${status ? 'AND status = @status' : ''} ORDER BY updated_at DESC, id DESC`,
    )
    .pluck()
    .all({ like, ...(status ? { status } : {}) }) as number[];
}

/** Queries of 1, 2, 3, 5, 9 and 15 characters cut from the cases themselves, and a few that match nothing. */
function queries(db: Db): string[] {
  const random = sequence(7);
  const rows = db.prepare('SELECT case_number, cause, party_name, facts FROM cases').raw().all() as string[][];
  const found = new Set<string>([
    '覃',
    '王某',
    '青山镇',
    '〔2020〕',
    '现场检查并责令改正',
    '当事人于2020年3月在青山镇',
    'abc门店',
    '编号99999',
    // The status tokens' own text (020): found in the facts that hold it, never through the status.
    '§d§',
    '§a§',
    '%',
    '_号',
  ]);
  for (const length of [1, 2, 3, 5, 9, 15]) {
    for (let n = 0; n < 6; n++) {
      const row = rows[Math.floor(random() * rows.length)] ?? [];
      const field = [...(row[Math.floor(random() * (length < 3 ? 3 : 4))] ?? '')];
      if (field.length < length) continue;
      const start = Math.floor(random() * (field.length - length + 1));
      found.add(field.slice(start, start + length).join(''));
    }
  }
  return [...found];
}

const defaults = { tuning: { ...SEARCH_TUNING }, walk: { ...DIRECT_WALK } };
afterEach(() => {
  Object.assign(SEARCH_TUNING, defaults.tuning);
  Object.assign(DIRECT_WALK, defaults.walk);
});

describe('case search: the indexes find exactly what a LIKE scan finds', () => {
  it('for queries of every length, every status filter, any page, through edits — on every path', () => {
    const db = generated(400);
    // Edits the triggers must follow: statuses (now in the trigram index), texts, deletions.
    db.exec(`UPDATE cases SET status = 'closed', updated_at = '2026-01-01T00:00:00.000Z' WHERE id % 17 = 0`);
    db.exec(`UPDATE cases SET facts = '当事人于2020年3月在青山镇补充说明。', status = 'in-review' WHERE id % 23 = 0`);
    db.exec(`UPDATE cases SET party_name = '欧阳锋' WHERE id % 29 = 0`);
    db.exec('DELETE FROM cases WHERE id % 31 = 0');
    const texts = queries(db);
    expect(texts.length).toBeGreaterThan(30);
    const statuses: Array<CaseStatus | null> = [null, ...CASE_STATUSES];
    let compared = 0;
    // The defaults (few matches sorted), then tuned so the walks and the rarest trigram are taken.
    for (const tuning of [
      { walkAbove: 2000, commonTrigram: 1000, rows: 400, slack: 4 },
      { walkAbove: 10, commonTrigram: 8, rows: 400, slack: 4 },
      { walkAbove: 10, commonTrigram: 8, rows: 5000, slack: 0.5 },
    ]) {
      Object.assign(SEARCH_TUNING, { walkAbove: tuning.walkAbove, commonTrigram: tuning.commonTrigram });
      Object.assign(DIRECT_WALK, { rows: tuning.rows, slack: tuning.slack });
      for (const text of texts) {
        for (const status of statuses) {
          const all = scan(db, text, status);
          for (const [page, pageSize] of [
            [1, 20],
            [2, 20],
            [1, 100],
            [5, 7],
          ] as const) {
            const result = searchCases(db, { query: text, status, page, pageSize });
            expect(result.total, `${text} ${status} total`).toBe(all.length);
            expect(
              result.items.map((c) => c.id),
              `${text} ${status} page ${page}×${pageSize}`,
            ).toEqual(all.slice((page - 1) * pageSize, page * pageSize));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    db.close();
  });

  it('writes each status into the trigram index as the token the search asks for (020 and STATUS_TOKENS agree)', () => {
    const db = generated(40);
    for (const status of CASE_STATUSES) {
      db.prepare('UPDATE cases SET status = ? WHERE id = 1').run(status);
      const filters = db.prepare('SELECT filters FROM cases_fts_source WHERE id = 1').pluck().get();
      expect(filters, status).toBe(`§${STATUS_TOKENS[status]}§`);
      expect(
        searchCases(db, { query: '青山综执罚〔', status, page: 1, pageSize: 100 }).items.map((c) => c.id),
      ).toContain(1);
    }
    expect(new Set(Object.values(STATUS_TOKENS)).size).toBe(CASE_STATUSES.length);
    db.close();
  });
});
