import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IntegrityCheck } from './integrity';
import { GENESIS_HASH } from '../audit/log';
import { parseBackupName } from '../data/retention';
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

/**
 * The hash chain finds a row that was edited, or removed from the middle, but not rows cut off
 * the end. Every backup remembers the last audit entry it saw; that entry must still be in the
 * chain. Backups older than the last restore are skipped: a restore legitimately goes back.
 */
export const auditAnchorCheck: IntegrityCheck = {
  id: 'audit-anchor',
  title: '审计记录（与备份对照）',
  run({ db, anchors }) {
    const lastRestore = db.prepare("SELECT MAX(at) FROM audit_log WHERE action = 'data.restore'").pluck().get() as
      string | null;
    const relevant = (anchors?.() ?? []).filter(
      (anchor) => anchor.head !== GENESIS_HASH && (lastRestore === null || anchor.madeAt > lastRestore),
    );
    if (relevant.length === 0) return { ok: true, summary: '没有可对照的备份' };
    const find = db.prepare('SELECT 1 FROM audit_log WHERE hash = ?');
    for (const anchor of relevant) {
      if (find.get(anchor.head) === undefined) {
        return {
          ok: false,
          summary: '记录被删除',
          problem: `备份“${anchor.source}”制作时已有 ${anchor.rows} 条审计记录，其中最后一条现已不在：审计记录在那之后被删除过`,
        };
      }
    }
    return { ok: true, summary: `与 ${relevant.length} 个备份对照，没有记录从末尾被删除` };
  },
};
