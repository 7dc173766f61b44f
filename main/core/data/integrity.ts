import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../../db/open';
import { resolveInside } from '../files/record';
import { INTEGRITY_CHECKS } from './integrity-checks';
import { backupAnchors, backupHoldsEntry, type AuditAnchor } from './integrity-anchor';
import { readAnchorFile, type AnchorFile } from '../audit/anchor';
import { isAppError } from '../../../shared/errors';
import { fileErrorReason } from '../files/fs-errors';
import { isCorruption, sqliteCode } from '../../db/sqlite-errors';

/** What a check looks at: a database and the files it records (live data folder or a backup). */
export interface CheckTarget {
  db: Db;
  /** A file recorded relative to the data folder ("documents/2025/x.pdf"); undefined if missing. */
  readFile(path: string): Buffer | undefined;
  /** Audit heads remembered by backups, to catch rows cut off the end of the chain. */
  anchors?(): AuditAnchor[];
  /** Whether the backup of this name in the data folder's backups/ holds the audit entry with this hash. */
  backupHolds?(name: string, hash: string): boolean;
  /** The anchor file beside the database (audit/anchor.ts); only for the live data folder. */
  anchorFile?(): AnchorFile | undefined | 'unreadable';
}

/**
 * `problem` is Chinese and for the user; `technical` (optional) is what SQLite or the program said,
 * for the log and `npx fashen check --verbose`, never shown as the message.
 */
export type CheckOutcome =
  { ok: true; summary: string } | { ok: false; summary: string; problem: string; technical?: string };

/**
 * One thing `npx fashen check`, every backup and every restore verify. Checks are listed in
 * integrity-checks.ts: adding one there adds it everywhere.
 */
export interface IntegrityCheck {
  id: string;
  /** Chinese, e.g. "审计记录链". */
  title: string;
  run(target: CheckTarget): CheckOutcome;
}

export type CheckResult = { id: string; title: string } & CheckOutcome;

export interface IntegrityReport {
  ok: boolean;
  results: CheckResult[];
  /** The first problem found, as one Chinese sentence naming the check and the place. */
  firstProblem: string | undefined;
}

/** A check that threw: our own errors as they are, a damaged or unreadable file in words, anything else as an internal error. */
function failedCheck(error: unknown): CheckOutcome {
  const technical = error instanceof Error ? `${sqliteCode(error) ?? error.name}: ${error.message}` : String(error);
  if (isAppError(error)) return { ok: false, summary: '无法完成检查', problem: `检查时出错：${error.message}` };
  if (isCorruption(error))
    return { ok: false, summary: '文件已损坏', problem: '数据库文件已损坏，无法读取', technical };
  const reason = fileErrorReason(error, '读取');
  if (reason !== undefined) return { ok: false, summary: '无法完成检查', problem: `检查时出错：${reason}`, technical };
  return { ok: false, summary: '无法完成检查', problem: '检查时出错（程序内部错误，详见技术信息）', technical };
}

/** Runs every check; one that throws counts as failed, it never stops the others. */
export function runIntegrityChecks(
  target: CheckTarget,
  checks: readonly IntegrityCheck[] = INTEGRITY_CHECKS,
): IntegrityReport {
  const results = checks.map((check): CheckResult => {
    try {
      return { id: check.id, title: check.title, ...check.run(target) };
    } catch (error) {
      return { id: check.id, title: check.title, ...failedCheck(error) };
    }
  });
  const failed = results.find((result) => !result.ok);
  return {
    ok: failed === undefined,
    results,
    firstProblem: failed && !failed.ok ? `${failed.title}：${failed.problem}` : undefined,
  };
}

/** The live data folder: files are read from where the records say they are; backups anchor the audit chain. */
export function dataFolderTarget(db: Db, dataDir: string): CheckTarget {
  return {
    db,
    readFile(path) {
      let full: string;
      try {
        full = resolveInside(dataDir, path);
      } catch {
        return undefined;
      }
      return existsSync(full) ? readFileSync(full) : undefined;
    },
    anchors: () => backupAnchors(dataDir),
    backupHolds: (name, hash) => backupHoldsEntry(dataDir, name, hash),
    anchorFile: () => readAnchorFile(db.name),
  };
}

/** One line per check, for the terminal and the settings page; `technical` adds SQLite's own words under a failed check. */
export function formatReport(report: IntegrityReport, options: { technical?: boolean } = {}): string {
  return report.results
    .map((result) => {
      const line = `${result.ok ? '✓' : '✗'} ${result.title}：${result.ok ? result.summary : result.problem}`;
      return options.technical && !result.ok && result.technical ? `${line}\n    技术信息：${result.technical}` : line;
    })
    .join('\n');
}

/** The technical detail of every failed check, one line each (for the log). */
export function technicalDetail(report: IntegrityReport): string[] {
  return report.results.flatMap((result) =>
    !result.ok && result.technical ? [`${result.id}: ${result.technical}`] : [],
  );
}
