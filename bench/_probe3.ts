import Database from 'better-sqlite3';
const db = new Database('/tmp/x/b100k.db', { readonly: true });
function t(label: string, sql: string, p: object) {
  const st = db.prepare(sql); const times: number[] = [];
  for (let i = 0; i < 20; i++) { const s = performance.now(); st.all(p); times.push(performance.now() - s); }
  times.sort((a, b) => a - b); console.log(label, times[10]?.toFixed(2), times[18]?.toFixed(2));
}
const cols = 'c.id, c.case_number, c.cause, c.party_name, c.status, c.fine_fen, c.updated_at';
for (const q of ['"青山综"', '"占道经营"', '"青山综执罚"']) {
  t('count ' + q, 'SELECT COUNT(*) AS n FROM cases_fts WHERE cases_fts MATCH @match', { match: q });
  t('in-walk ' + q, `SELECT ${cols} FROM cases c INDEXED BY cases_by_updated WHERE c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match) ORDER BY c.updated_at DESC, c.id DESC LIMIT 20`, { match: q });
  t('probe-walk ' + q, `SELECT ${cols} FROM cases c INDEXED BY cases_by_updated WHERE EXISTS (SELECT 1 FROM cases_fts f WHERE cases_fts MATCH @match AND f.rowid = c.id) ORDER BY c.updated_at DESC, c.id DESC LIMIT 20`, { match: q });
}
console.log((db.prepare(`EXPLAIN QUERY PLAN SELECT ${cols} FROM cases c INDEXED BY cases_by_updated WHERE EXISTS (SELECT 1 FROM cases_fts f WHERE cases_fts MATCH @match AND f.rowid = c.id) ORDER BY c.updated_at DESC, c.id DESC LIMIT 20`).all({match:'"abc"'}) as any[]).map(r=>r.detail).join(' | '));
