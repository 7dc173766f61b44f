import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IntegrityCheck } from './integrity';
import { GENESIS_HASH } from '../audit/log';
import { parseBackupName } from './retention';
import { BACKUPS_DIR, readMeta } from './backup-format';

/** The end of the audit chain as a backup saw it. */
export interface AuditAnchor {
  source: string;
  madeAt: string;
  rows: number;
  head: string;
}

/** The audit heads recorded in the backups of a data folder; unreadable backups are skipped. */
export function backupAnchors(dataDir: string): AuditAnchor[] {
  const dir = join(dataDir, BACKUPS_DIR);
  if (!existsSync(dir)) return [];
  const anchors: AuditAnchor[] = [];
  for (const name of readdirSync(dir).filter((file) => parseBackupName(file) !== undefined)) {
    try {
      const db = new Database(join(dir, name), { readonly: true, fileMustExist: true });
      try {
        const meta = readMeta(db);
        if (meta) anchors.push({ source: name, madeAt: meta.madeAt, rows: meta.auditRows, head: meta.auditHead });
      } finally {
        db.close();
      }
    } catch {
      // A damaged backup anchors nothing; restoring it would be refused anyway.
    }
  }
  return anchors.sort((a, b) => (a.madeAt < b.madeAt ? 1 : -1));
}

/** Whether backups/<name> (a plain name, nothing else) holds the audit entry with this hash. */
export function backupHoldsEntry(dataDir: string, name: string, hash: string): boolean {
  // The entry records the full path it was written to; only its name is looked up, in backups/.
  const plain = name.split(/[\\/]/).at(-1) ?? '';
  const file = join(dataDir, BACKUPS_DIR, plain);
  if (plain === '' || parseBackupName(plain) === undefined || !existsSync(file)) return false;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT 1 FROM audit_log WHERE hash = ?').get(hash) !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

interface RestoreEntry {
  at: string;
  keptAside: string | null;
}

/**
 * The hash chain finds a row that was edited, or removed from the middle, but not rows cut off
 * the end. Every backup remembers the last audit entry it saw; that entry must still be in the
 * chain. A restore legitimately goes back, but only a real one: its entry names the copy of the
 * data kept aside just before it (backups/before-restore-….db), and a backup's last entry that the
 * chain lost must be in that copy. An entry merely claiming a restore excuses nothing.
 */
export const auditAnchorCheck: IntegrityCheck = {
  id: 'audit-anchor',
  title: '审计记录（与备份对照）',
  run({ db, anchors, backupHolds }) {
    const restores = (
      db
        .prepare(
          "SELECT at, json_extract(after_json, '$.keptAside') AS keptAside FROM audit_log WHERE action = 'data.restore' AND json_valid(after_json) ORDER BY id",
        )
        .all() as RestoreEntry[]
    ).filter((entry) => typeof entry.keptAside === 'string');
    const relevant = (anchors?.() ?? []).filter((anchor) => anchor.head !== GENESIS_HASH);
    if (relevant.length === 0) return { ok: true, summary: '没有可对照的备份' };
    const find = db.prepare('SELECT 1 FROM audit_log WHERE hash = ?');
    let excused = 0;
    for (const anchor of relevant) {
      if (find.get(anchor.head) !== undefined) continue;
      const keptBy = restores.find(
        (entry) => entry.at >= anchor.madeAt && entry.keptAside && backupHolds?.(entry.keptAside, anchor.head) === true,
      );
      if (keptBy) {
        excused++;
        continue;
      }
      return {
        ok: false,
        summary: '记录被删除',
        problem: `备份“${anchor.source}”制作时已有 ${anchor.rows} 条审计记录，其中最后一条现已不在，也没有哪次恢复前另存的数据含有它：审计记录在那之后被删除过，或数据库被换成了别的副本`,
      };
    }
    const restored = excused > 0 ? `（其中 ${excused} 个早于一次恢复，其记录在恢复前另存的数据中）` : '';
    return { ok: true, summary: `与 ${relevant.length} 个备份对照，没有记录从末尾被删除${restored}` };
  },
};
