import { existsSync, readFileSync } from 'node:fs';
import type { Db } from './open';
import { resolveInside } from '../core/files/record';
import { INTEGRITY_CHECKS } from './integrity-checks';
import { backupAnchors, type AuditAnchor } from './integrity-anchor';

/** What a check looks at: a database and the files it records (live data folder or a backup). */
export interface CheckTarget {
  db: Db;
  /** A file recorded relative to the data folder ("documents/2025/x.pdf"); undefined if missing. */
  readFile(path: string): Buffer | undefined;
  /** Audit heads remembered by backups, to catch rows cut off the end of the chain. */
  anchors?(): AuditAnchor[];
}

export type CheckOutcome = { ok: true; summary: string } | { ok: false; summary: string; problem: string };

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

/** Runs every check; one that throws counts as failed, it never stops the others. */
export function runIntegrityChecks(target: CheckTarget, checks: readonly IntegrityCheck[] = INTEGRITY_CHECKS): IntegrityReport {
  const results = checks.map((check): CheckResult => {
    try {
      return { id: check.id, title: check.title, ...check.run(target) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { id: check.id, title: check.title, ok: false, summary: '无法完成检查', problem: `检查时出错：${message}` };
    }
  });
  const failed = results.find((result) => !result.ok);
  return { ok: failed === undefined, results, firstProblem: failed && !failed.ok ? `${failed.title}：${failed.problem}` : undefined };
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
  };
}

/** One line per check, for the terminal and the settings page. */
export function formatReport(report: IntegrityReport): string {
  return report.results.map((result) => `${result.ok ? '✓' : '✗'} ${result.title}：${result.ok ? result.summary : result.problem}`).join('\n');
}
