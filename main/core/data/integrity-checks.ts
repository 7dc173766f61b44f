import type { Db } from '../../db/open';
import type { IntegrityCheck } from './integrity';
import { verifyAuditChain } from '../audit/log';
import { documentFilesCheck } from './integrity-documents';
import { auditAnchorCheck } from './integrity-anchor';
import { anchorFileCheck, recordsCheck } from './integrity-records';
import { describeIntegrityLines, technicalLines } from '../../db/sqlite-errors';

export function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

const sqliteIntegrity: IntegrityCheck = {
  id: 'sqlite',
  title: '数据库文件',
  run({ db }) {
    const rows = db.prepare('PRAGMA integrity_check(20)').all() as Array<{ integrity_check: string }>;
    const lines = rows.map((row) => row.integrity_check);
    if (lines.length === 1 && lines[0] === 'ok') return { ok: true, summary: '结构完好' };
    return {
      ok: false,
      summary: '文件已损坏',
      problem: `数据库文件已损坏（${describeIntegrityLines(lines) || '原因不明'}）`,
      technical: technicalLines(lines),
    };
  },
};

const foreignKeys: IntegrityCheck = {
  id: 'foreign-keys',
  title: '数据关联',
  run({ db }) {
    const broken = db.prepare('PRAGMA foreign_key_check').all() as Array<{
      table: string;
      rowid: number;
      parent: string;
    }>;
    const first = broken[0];
    if (!first) return { ok: true, summary: '各项记录之间的关联完整' };
    return {
      ok: false,
      summary: `${broken.length} 处关联断开`,
      problem: `表 ${first.table} 的第 ${first.rowid} 行指向 ${first.parent} 中不存在的记录（共 ${broken.length} 处）`,
    };
  },
};

const auditChain: IntegrityCheck = {
  id: 'audit-chain',
  title: '审计记录链',
  run({ db }) {
    if (!tableExists(db, 'audit_log'))
      return { ok: false, summary: '缺少审计记录', problem: '这不是法审工作台的数据库：没有审计记录表' };
    const result = verifyAuditChain(db);
    if (result.ok) return { ok: true, summary: `${result.rows} 条记录，首尾相连，未被改动` };
    return {
      ok: false,
      summary: '记录链断开',
      problem: `第 ${result.brokenAtId} 条审计记录有误（${result.reason}），说明它或它之前的记录在程序之外被改动或删除过`,
    };
  },
};

/**
 * Everything `npx fashen check`, backups and restores verify, in the order they are reported.
 * To add a check (e.g. for a new kind of recorded file), write an IntegrityCheck and list it here.
 */
export const INTEGRITY_CHECKS: readonly IntegrityCheck[] = [
  sqliteIntegrity,
  foreignKeys,
  auditChain,
  auditAnchorCheck,
  anchorFileCheck,
  recordsCheck,
  documentFilesCheck,
];
