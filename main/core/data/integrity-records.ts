import type { Db } from '../../db/open';
import type { IntegrityCheck } from './integrity';
import { chainHead } from '../audit/log';
import { chainCode } from '../audit/code';
import { liveRecords, sealId, type LiveRecord, type Seal } from '../audit/records';
import { paperData } from '../papers/verification';
import type { AnchorFile } from '../audit/anchor';

function hasSeals(db: Db): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all() as string[];
  return columns.includes('seal_json');
}

function sealingBegan(db: Db): boolean {
  return hasSeals(db) && db.prepare('SELECT 1 FROM audit_log WHERE seal_json IS NOT NULL LIMIT 1').get() !== undefined;
}

const KIND_NAMES: Record<Seal['kind'], (key: string) => string> = {
  case: (key) => `第 ${key} 号案件`,
  round: (key) => `第 ${key} 号审核轮次（已签署）`,
  paper: (key) => `文书 ${key}`,
};

/**
 * The records themselves, not only the log (issue #17): every audit entry carries the digests of
 * the records it vouched for (audit/records.ts). The newest seal of each record must match the
 * record as it is now; every case, signed round and issued paper must have one; and every
 * paper's 校验码 must be the code of an entry in the chain.
 */
export const recordsCheck: IntegrityCheck = {
  id: 'records',
  title: '记录与审计链对照',
  run({ db }) {
    if (!sealingBegan(db)) return { ok: true, summary: '审计记录尚未封存任何记录（旧版本写入的数据）' };
    const sealed = new Map<string, { seal: Seal; entry: number }>();
    for (const row of db
      .prepare('SELECT id, seal_json FROM audit_log WHERE seal_json IS NOT NULL ORDER BY id')
      .iterate() as IterableIterator<{ id: number; seal_json: string }>) {
      for (const seal of JSON.parse(row.seal_json) as Seal[]) sealed.set(sealId(seal), { seal, entry: row.id });
    }
    const live = new Map<string, LiveRecord>(liveRecords(db).map((record) => [sealId(record), record]));
    const problems: string[] = [];
    for (const [id, { seal, entry }] of sealed) {
      const now = live.get(id);
      if (!now)
        problems.push(
          `${KIND_NAMES[seal.kind](seal.key)}已不在（第 ${entry} 条审计记录为它作证）：记录在程序之外被删除、改了编号或撤回了状态`,
        );
      else if (now.digest !== seal.digest)
        problems.push(`${now.name}与第 ${entry} 条审计记录所证的内容不符：记录在程序之外被改动过`);
    }
    for (const [id, record] of live) {
      if (!sealed.has(id)) problems.push(`${record.name}没有审计记录为证：它是在程序之外添加或改动的`);
    }
    const codes = new Set(
      (db.prepare('SELECT hash FROM audit_log').pluck().all() as string[]).map((hash) => chainCode(hash)),
    );
    for (const row of db
      .prepare("SELECT doc_number, title, data_json FROM issued_documents WHERE status <> 'pending' ORDER BY id")
      .all() as Array<{ doc_number: string | null; title: string; data_json: string }>) {
      let code: string | undefined;
      try {
        code = paperData(row.data_json).verificationCode;
      } catch {
        code = undefined;
      }
      if (code !== undefined && !codes.has(code))
        problems.push(
          `文书“${row.title}”${row.doc_number ? `（${row.doc_number}）` : ''}的校验码 ${code} 在审计记录中找不到：出具前的记录被改写过`,
        );
    }
    const first = problems[0];
    if (first === undefined) return { ok: true, summary: `${live.size} 项记录与审计记录所证一致` };
    return {
      ok: false,
      summary: `${problems.length} 处不符`,
      problem: problems.length > 1 ? `${first}（共 ${problems.length} 处）` : first,
    };
  },
};

function positionOf(db: Db, hash: string): number | undefined {
  const id = db.prepare('SELECT id FROM audit_log WHERE hash = ?').pluck().get(hash) as number | undefined;
  if (id === undefined) return undefined;
  return Number(db.prepare('SELECT COUNT(*) FROM audit_log WHERE id <= ?').pluck().get(id));
}

function compare(db: Db, anchor: AnchorFile): string | undefined {
  const now = chainHead(db);
  if (anchor.head === now.head && anchor.rows === now.rows) return undefined;
  const position = positionOf(db, anchor.head);
  if (position === undefined || position !== anchor.rows)
    return `锚点文件记着 ${anchor.rows} 条审计记录，而最后一条现已不在（数据库中现有 ${now.rows} 条）：记录被删除，或数据库被换回了较早的副本`;
  return `数据库中比锚点文件多出 ${now.rows - anchor.rows} 条审计记录（第 ${anchor.rows + 1} 条起）：它们不是本程序写入的（若程序恰在保存时断电，也会如此）`;
}

/**
 * The anchor file (audit/anchor.ts) against the chain: the chain must end exactly where the
 * anchor says. Catches rows cut off the end after the newest backup, the database put back to an
 * older copy, and well-formed rows appended by hand. A running app may write in between: the
 * comparison is repeated a few times before it counts as a problem.
 */
export const anchorFileCheck: IntegrityCheck = {
  id: 'anchor-file',
  title: '审计记录（与锚点文件对照）',
  run({ db, anchorFile }) {
    if (!anchorFile) return { ok: true, summary: '不适用' };
    let problem: string | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const anchor = anchorFile();
      if (anchor === undefined) {
        if (!sealingBegan(db)) return { ok: true, summary: '尚无锚点文件（旧版本写入的数据）' };
        problem = '锚点文件（audit-anchor.json）不见了：无法确认审计记录没有从末尾被删除或被换回旧副本';
        break;
      }
      if (anchor === 'unreadable') {
        problem = '锚点文件（audit-anchor.json）无法读取或已被改动';
        break;
      }
      problem = compare(db, anchor);
      if (problem === undefined) return { ok: true, summary: `审计记录结束于锚点文件所记之处（${anchor.rows} 条）` };
    }
    return { ok: false, summary: '与锚点不符', problem: problem ?? '' };
  },
};
