import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  summary: string;
  before: unknown;
  after: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** The hash covers every column but itself, in a fixed order, plus the previous row's hash. */
export function hashAuditRow(row: Omit<AuditRow, 'id' | 'hash'>): string {
  const canonical = JSON.stringify([
    row.prev_hash,
    row.at,
    row.actor,
    row.action,
    row.entity,
    row.entity_id,
    row.summary,
    row.before_json,
    row.after_json,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one entry; call inside the command's transaction so the log and the change commit together. */
export function appendAudit(db: Db, entry: AuditEntry): void {
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const row = {
    prev_hash: last?.hash ?? GENESIS_HASH,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    summary: entry.summary,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, before_json, after_json, prev_hash, hash)
     VALUES (@at, @actor, @action, @entity, @entity_id, @summary, @before_json, @after_json, @prev_hash, @hash)`,
  ).run({ ...row, hash: hashAuditRow(row) });
}

export type ChainCheck = { ok: true; rows: number } | { ok: false; rows: number; brokenAtId: number; reason: string };

/** Walks the whole chain; reports the first row whose content or link no longer matches. */
export function verifyAuditChain(db: Db): ChainCheck {
  let prev = GENESIS_HASH;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    rows++;
    if (row.prev_hash !== prev) return { ok: false, rows, brokenAtId: row.id, reason: '与前一条记录的链接不符' };
    if (hashAuditRow(row) !== row.hash) return { ok: false, rows, brokenAtId: row.id, reason: '记录内容与其哈希不符' };
    prev = row.hash;
  }
  return { ok: true, rows };
}

export function auditForEntity(
  db: Db,
  entity: string,
  entityId: string,
): Array<Pick<AuditRow, 'id' | 'at' | 'actor' | 'action' | 'summary'>> {
  return db
    .prepare('SELECT id, at, actor, action, summary FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC')
    .all(entity, entityId) as Array<Pick<AuditRow, 'id' | 'at' | 'actor' | 'action' | 'summary'>>;
}
