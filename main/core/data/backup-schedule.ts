// When the automatic backups run, for both doors (browser mode's serve and the Electron shell):
// once shortly after start-up, then every hour a cheap look at backups/ decides whether a daily
// or weekly backup is due (retention.ts plannedBackups, the same rule start-up uses), so an app
// left open for days still gets its daily backup. The clock, the timers and the backup itself
// are injected: the schedule is tested without waiting and without Electron.

import { existsSync } from 'node:fs';
import { officeDate, plannedBackups } from './retention';
import { isDataBusy } from './backup-lock';
import { backupsDir, listBackups, runStartupBackup, type StartupBackupResult } from './backup-startup';

/** How long after start-up the first backup begins: the window is usable first. */
export const FIRST_BACKUP_DELAY_MS = 20_000;
/** How often an open app looks whether a backup is due. */
export const BACKUP_CHECK_INTERVAL_MS = 3_600_000;
/** How soon to look again when a backup or restore of the user's was running. */
export const BUSY_RETRY_MS = 60_000;

/** setTimeout/clearTimeout, injectable. The real ones are unref'd: a pending check never keeps the process alive. */
export interface ScheduleTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const NODE_TIMERS: ScheduleTimers = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref();
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export interface BackupScheduleOptions {
  dataDir: string;
  databasePath: string;
  now?: () => Date;
  timers?: ScheduleTimers;
  firstDelayMs?: number;
  intervalMs?: number;
  busyRetryMs?: number;
  /** Makes the backup; runStartupBackup by default (never throws). */
  backup?: (now: Date) => Promise<StartupBackupResult>;
  /** Told every outcome, e.g. to log a problem. */
  onResult?: (result: StartupBackupResult) => void;
}

export interface BackupSchedule {
  /** Stops the checks; resolves once a backup already running has finished. Safe to call twice. */
  close(): Promise<void>;
}

/** Is a daily or weekly backup due now? Looks at file names in backups/ only. */
export function backupDue(dataDir: string, databasePath: string, now: Date): boolean {
  if (!existsSync(databasePath)) return false;
  try {
    const plan = plannedBackups(listBackups(backupsDir(dataDir)), officeDate(now));
    return plan.daily || plan.weekly;
  } catch {
    // Unreadable backups folder: let the backup run and report why it cannot.
    return true;
  }
}

export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const timers = options.timers ?? NODE_TIMERS;
  const clock = options.now ?? (() => new Date());
  const backup =
    options.backup ??
    ((now: Date) => runStartupBackup({ dataDir: options.dataDir, databasePath: options.databasePath, now }));
  const intervalMs = options.intervalMs ?? BACKUP_CHECK_INTERVAL_MS;
  let closed = false;
  let timer: unknown;
  let running: Promise<void> | undefined;

  const arm = (ms: number, first: boolean): void => {
    if (closed) return;
    timer = timers.setTimeout(() => {
      timer = undefined;
      running = check(first).finally(() => {
        running = undefined;
      });
    }, ms);
  };

  const check = async (first: boolean): Promise<void> => {
    if (closed) return;
    // The user's own backup or restore is running or waiting to: not now, and not reported as a failure.
    if (isDataBusy(options.dataDir)) {
      arm(options.busyRetryMs ?? BUSY_RETRY_MS, first);
      return;
    }
    const now = clock();
    // At start-up it always runs (it also tidies up after a crash and records that it looked).
    if (first || backupDue(options.dataDir, options.databasePath, now)) {
      try {
        const result = await backup(now);
        options.onResult?.(result);
      } catch {
        // runStartupBackup never throws; an injected one that does must not stop the schedule.
      }
    }
    arm(intervalMs, false);
  };

  arm(options.firstDelayMs ?? FIRST_BACKUP_DELAY_MS, true);

  return {
    async close() {
      closed = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
