import type { Db } from '../../db/open';
import { appendAudit } from '../audit/log';
import { actorName } from '../session/operator';
import type { RestoreResult } from './restore';

// Backups and restores go into the audit log: a backup carries the parties' personal data out of
// the office, and a restore makes the records jump back in time. Both must show in the history.
// IMMEDIATE, because the CLI may append while the app is running in another process.

export function recordBackup(db: Db, file: string, now: Date, door: string): void {
  db.transaction(() => {
    appendAudit(db, {
      at: now.toISOString(),
      actor: actorName(db),
      action: 'data.backup',
      entity: 'data',
      entityId: 'backup',
      summary: `备份数据到 ${file}（${door}）`,
      before: undefined,
      after: { file },
    });
  }).immediate();
}

/** Written into the restored database, so its own history shows where it came from. */
export function recordRestore(db: Db, result: RestoreResult, now: Date, door: string): void {
  const made = result.info.madeAt ? `（备份时间 ${result.info.madeAt}）` : '';
  db.transaction(() => {
    appendAudit(db, {
      at: now.toISOString(),
      actor: actorName(db),
      action: 'data.restore',
      entity: 'data',
      entityId: 'restore',
      summary: `从备份恢复数据（${door}）：${result.info.file}${made}${result.keptAside ? `；恢复前的数据已另存为 ${result.keptAside}` : ''}${result.damagedAside ? `；恢复前的数据库文件已损坏，已原样另存为 ${result.damagedAside}` : ''}`,
      before: undefined,
      after: {
        from: result.info.file,
        madeAt: result.info.madeAt,
        keptAside: result.keptAside ?? null,
        ...(result.damagedAside ? { damagedAside: result.damagedAside } : {}),
      },
    });
  }).immediate();
}
