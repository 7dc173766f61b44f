import Database from 'better-sqlite3';
const db = new Database('/tmp/x/b100k.db', { readonly: true });
console.log(db.prepare("SELECT name, SUM(pgsize)/1048576.0 AS mb FROM dbstat GROUP BY name ORDER BY mb DESC LIMIT 8").all());
console.log(db.prepare('SELECT COUNT(*) n FROM case_search_grams').get());
function t(label: string, sql: string, p: object) {
  const st = db.prepare(sql); const times: number[] = [];
  for (let i = 0; i < 30; i++) { const s = performance.now(); st.all(p); times.push(performance.now() - s); }
  times.sort((a, b) => a - b); console.log(label, times[15]?.toFixed(2), times[28]?.toFixed(2));
}
const m = { match: '"占道经营"', limit: 20, offset: 0 };
t('fts count', 'SELECT COUNT(*) AS n FROM cases_fts WHERE cases_fts MATCH @match', { match: m.match });
t('fts ids', 'SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match', { match: m.match });
t('walk page', 'SELECT c.id FROM cases c INDEXED BY cases_by_updated WHERE c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match) ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset', m);
t('gram count 某', 'SELECT COUNT(*) FROM case_search_grams WHERE gram=@g', { g: '某' });
t('gram walk 某', 'SELECT c.id FROM cases c INDEXED BY cases_by_updated WHERE c.id IN (SELECT case_id FROM case_search_grams WHERE gram=@g) ORDER BY c.updated_at DESC, c.id DESC LIMIT 20', { g: '某' });
t('gram walk 〔2025', 'SELECT c.id FROM cases c INDEXED BY cases_by_updated WHERE c.id IN (SELECT case_id FROM case_search_grams WHERE gram=@g) ORDER BY c.updated_at DESC, c.id DESC LIMIT 20', { g: '〔' });
import { searchCases } from '../main/core/cases/search';
for (const q of ['某', '〔', '青', '王某', '覃', '占道经营', '编号99999', '2号']) {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) { const s = performance.now(); searchCases(db as never, { query: q, status: null, page: 1, pageSize: 20 }); times.push(performance.now() - s); }
  times.sort((a, b) => a - b); console.log('searchCases', q, times[20]?.toFixed(2), times[38]?.toFixed(2));
}
