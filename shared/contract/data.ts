import { z } from 'zod';
import { method } from './method';
import { noInput } from './fields';

// Your data (issue #6): backups, restore, and the integrity check, for 设置 › 数据与系统.

// A full path on Windows (E:\, \\server\share) or elsewhere (/media/usb). A relative path would
// depend on where the program happened to start, so it is refused.
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/;

function absolutePath(label: string) {
  return (
    z
      .string({ error: `请选择${label}` })
      .trim()
      .min(1, `请选择${label}`)
      .max(1000, `${label}的路径太长`)
      // A NUL cannot be in any real path; Node refuses it with an English error, so refuse it here.
      // eslint-disable-next-line no-control-regex
      .refine((path) => !/[\u0000-\u001f]/.test(path), `${label}的路径中有不可见字符，请重新选择`)
      .refine((path) => ABSOLUTE_PATH.test(path), `${label}应为完整路径，例如 E:\\ 或 /media/usb`)
  );
}

export type BackupKind = 'daily' | 'weekly' | 'manual' | 'before-restore';

/** The counts a backup and the live data are compared by. */
export interface DataCounts {
  /** The office's name, or null before setup. */
  officeName: string | null;
  cases: number;
  /** Issued papers in force (voided ones are not counted). */
  papers: number;
  /** Staff in service. */
  staff: number;
}

/** What a backup says about itself: recorded when it was made, or counted from an older one. */
export interface BackupContents extends DataCounts {
  madeAt: string | null;
  /** The person who made it in the app, 自动 for an automatic one; null when not recorded. */
  madeBy: string | null;
  appVersion: string | null;
  schemaVersion: number | null;
  /** Made before the office was set up: restoring it gives an empty program. */
  empty: boolean;
  /** false: an older backup whose contents were counted from its tables, not recorded when it was made. */
  recorded: boolean;
}

/** What restoring a backup would change, by case number and paper number (not by counts alone). */
export interface RestoreComparison {
  file: string;
  now: DataCounts;
  backup: BackupContents;
  /** Case numbers here now that the backup does not have: added after it was made. */
  lostCases: string[];
  /** Papers in force here now that the backup does not have. */
  lostPapers: number;
  /** Cases in the backup that are no longer here. */
  regainedCases: number;
  /** The backup belongs to another office (its name differs from this one's). */
  otherOffice: boolean;
}

export interface BackupSummary {
  file: string;
  name: string;
  kind: BackupKind;
  /** Office date it was made, YYYY-MM-DD. */
  date: string;
  bytes: number;
  /** What it holds; null when the file cannot be read as a database. */
  contents: BackupContents | null;
}

export interface BackupList {
  /** Where automatic backups are kept (<data folder>/backups). */
  dir: string;
  /** Newest first. */
  items: BackupSummary[];
  /** The last automatic backup at start-up, if any ran. */
  lastAutomatic: { at: string; problem: string | null } | null;
}

export interface BackupMade {
  file: string;
  bytes: number;
  /** Documents and other files of the data folder carried inside the backup. */
  files: number;
  auditRows: number;
  madeAt: string;
  /** The data itself has a problem (e.g. a broken audit chain); the backup keeps it as it is. */
  dataProblem: string | null;
}

export interface BackupDetails {
  file: string;
  madeAt: string | null;
  appVersion: string | null;
  schemaVersion: number;
  auditRows: number;
  cases: number;
  files: number;
}

export interface RestoreDone {
  restored: BackupDetails;
  /** The verified backup of the data as it was just before; null if there was none. */
  keptAside: string | null;
}

export interface IntegrityResult {
  ok: boolean;
  /** The first broken link, as one sentence; null when everything passed. */
  firstProblem: string | null;
  checks: Array<{ id: string; title: string; ok: boolean; text: string }>;
}

export const dataMethods = {
  /** A verified backup now: into the chosen folder (USB stick), or <data folder>/backups. */
  'data.backupNow': method<BackupMade>()(z.strictObject({ dir: absolutePath('备份保存的文件夹').optional() })),
  'data.listBackups': method<BackupList>()(noInput),
  /** Checks a backup file without restoring it: what is in it, and whether it may be restored. */
  'data.inspectBackup': method<BackupDetails>()(z.strictObject({ file: absolutePath('备份文件') })),
  /** Checks, keeps the current data aside, restores. Refused with a message if anything is wrong. */
  /** What restoring the backup would change compared with the data now (cases and papers lost). Reads only. */
  'data.compareBackup': method<RestoreComparison>()(z.strictObject({ file: absolutePath('备份文件') })),
  'data.restore': method<RestoreDone>()(z.strictObject({ file: absolutePath('备份文件') })),
  /** The same checks as `npx fashen check`. */
  'data.check': method<IntegrityResult>()(noInput),
  /**
   * The system's folder or file dialog (desktop app). `available: false` in browser mode, where the
   * person types the path; `path: null` when they cancel.
   */
  'data.choosePath': method<{ available: boolean; path: string | null }>()(
    z.strictObject({ purpose: z.enum(['backup-folder', 'backup-file', 'font-file'], { error: '没有这种选择' }) }),
  ),
};
