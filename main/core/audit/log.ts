import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { allSeals, paperSeal, sealsOfCase, type Seal } from './records';
import { scheduleAnchorUpdate } from './anchor';
import { sql } from '../../db/sql';

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
  /** Issued papers (ids) this entry vouches for, sealed as they are now (entries about a case also seal the case). */
  papers?: readonly number[];
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  /** The digests of the records this entry vouches for (JSON Seal[]); null on entries older than migration 008. */
  seal_json?: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * The hash covers every column but itself, in a fixed order, plus the previous row's hash. The
 * seals were added later (migration 008): an entry without them hashes as it always did.
 */
export function hashAuditRow(row: Omit<AuditRow, 'id' | 'hash'>): string {
  const fields = [
    row.prev_hash,
    row.at,
    row.actor,
    row.action,
    row.entity,
    row.entity_id,
    row.summary,
    row.before_json,
    row.after_json,
  ];
  if (row.seal_json !== undefined && row.seal_json !== null) fields.push(row.seal_json);
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The records an entry vouches for, read now. The first entry written by a version that seals (an
 * older database's first write after the upgrade) seals every record there is, as a baseline, so
 * from then on every record has a seal and one without is a record made outside the app.
 */
function sealsFor(db: Db, entry: AuditEntry, baseline: boolean): Seal[] {
  const seals = new Map<string, Seal>();
  const add = (seal: Seal | undefined) => {
    if (seal) seals.set(`${seal.kind}:${seal.key}`, seal);
  };
  if (baseline) allSeals(db).forEach(add);
  const caseId = Number(entry.entityId);
  if (entry.entity === 'case' && Number.isSafeInteger(caseId) && caseId > 0) sealsOfCase(db, caseId).forEach(add);
  for (const id of entry.papers ?? []) add(paperSeal(db, id));
  return [...seals.values()];
}

/**
 * Appends one entry; call inside the command's transaction so the log and the change commit
 * together, and after the change, so the seals it carries are of the records as changed. Once the
 * transaction is over the anchor file beside the database is brought up to date (anchor.ts).
 */
export function appendAudit(db: Db, entry: AuditEntry): void {
  // A database not yet at migration 008 (only ever in tests of older backups) is written the old way.
  const sealing = sql.column<string>(db, "SELECT name FROM pragma_table_info('audit_log')").includes('seal_json');
  const last = sql.get<{ hash: string; seal_json: string | null }>(
    db,
    `SELECT hash, ${sealing ? 'seal_json' : 'NULL AS seal_json'} FROM audit_log ORDER BY id DESC LIMIT 1`,
  );
  const baseline = last === undefined || last.seal_json === null;
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
    seal_json: sealing ? JSON.stringify(sealsFor(db, entry, baseline)) : null,
  };
  sql.run(
    db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, before_json, after_json, ${sealing ? 'seal_json, ' : ''}prev_hash, hash)
     VALUES (@at, @actor, @action, @entity, @entity_id, @summary, @before_json, @after_json, ${sealing ? '@seal_json, ' : ''}@prev_hash, @hash)`,
    { ...row, hash: hashAuditRow(row) },
  );
  scheduleAnchorUpdate(db);
}

/** The number of entries and the newest entry's hash (GENESIS if none). */
export function chainHead(db: Db): { rows: number; head: string } {
  const row = sql.get<{ rows: number; head: string | null }>(
    db,
    'SELECT COUNT(*) AS rows, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS head FROM audit_log',
  )!;
  return { rows: row.rows, head: row.head ?? GENESIS_HASH };
}

export type ChainCheck = { ok: true; rows: number } | { ok: false; rows: number; brokenAtId: number; reason: string };

/** Walks the whole chain; reports the first row whose content or link no longer matches. */
export function verifyAuditChain(db: Db): ChainCheck {
  let prev = GENESIS_HASH;
  let rows = 0;
  for (const row of sql.iterate<AuditRow>(db, 'SELECT * FROM audit_log ORDER BY id')) {
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
  return sql.all<Pick<AuditRow, 'id' | 'at' | 'actor' | 'action' | 'summary'>>(
    db,
    'SELECT id, at, actor, action, summary FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC',
    entity,
    entityId,
  );
}
