import Database from 'better-sqlite3';
import { SHORT_PROBE_SQL } from '../main/core/cases/search';
const db = new Database('/tmp/x/b100k.db', { readonly: true });
for (const sql of [`SELECT c.id FROM cases c INDEXED BY cases_by_updated WHERE ${SHORT_PROBE_SQL} ORDER BY c.updated_at DESC, c.id DESC LIMIT 20`,
 `SELECT c.id, c.cause FROM cases c INDEXED BY cases_by_updated WHERE c.status='draft' AND ${SHORT_PROBE_SQL} ORDER BY c.updated_at DESC, c.id DESC LIMIT 20`,
 `SELECT COUNT(*) FROM cases c WHERE c.status='draft' AND ${SHORT_PROBE_SQL}`])
console.log((db.prepare('EXPLAIN QUERY PLAN ' + sql).all({ gram: '某' }) as any[]).map((r) => r.detail).join(' | '));
