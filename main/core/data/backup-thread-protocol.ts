// What the main thread and the backup worker say to each other (structured-cloned plain data).

import { AppError, isAppError } from '../../../shared/errors';
import type { BackupJob, FinishedCopy } from './backup-job';
import type { IntegrityReport } from './integrity';
import type { BackupInfo } from './restore-stage';

/** The audit record of an app's restore, written into the staged database before the swap (see restore.ts). */
export interface RestoreRecord {
  info: BackupInfo;
  keptAside: string | undefined;
  damagedAside: string | undefined;
  /** ISO instant. */
  at: string;
  door: string;
  actor: string;
}

/**
 * finish: copy `source` (if given: the live database, WAL mode) to job.copy first, then finishCopy.
 * verify: a backup file. check: the live data folder (检查数据), read-only beside the app's connection.
 * stage: check the backup `file` and prepare it in dataDir's restore-staging/ (stageBackupFile),
 * for 从其他位置恢复's inspection and for a restore; the swap itself stays on the main thread.
 * record: append a restore's audit record to the database staged in dataDir's restore-staging/.
 */
export type WorkerTask =
  | { op: 'finish'; job: BackupJob; source: string | undefined }
  | { op: 'verify'; file: string; store: string }
  | { op: 'check'; databasePath: string; dataDir: string }
  | { op: 'stage'; dataDir: string; file: string }
  | { op: 'record'; dataDir: string; record: RestoreRecord };

/** An error as data: an AppError keeps its code and Chinese message, a file-system error its errno code. */
export interface SerializedError {
  appError: boolean;
  name: string;
  message: string;
  code: string | undefined;
  details: Record<string, unknown> | undefined;
  path: string | undefined;
  syscall: string | undefined;
}

export type WorkerReply =
  | { ok: true; op: 'finish'; value: FinishedCopy }
  | { ok: true; op: 'verify'; value: { dataProblem: string | undefined } }
  | { ok: true; op: 'check'; value: IntegrityReport }
  | { ok: true; op: 'stage'; value: BackupInfo }
  | { ok: true; op: 'record'; value: null }
  | { ok: false; error: SerializedError };

function stringField(error: unknown, key: string): string | undefined {
  const value = (error as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function serializeError(error: unknown): SerializedError {
  const base = error instanceof Error ? error : new Error(String(error));
  return {
    appError: isAppError(error),
    name: base.name,
    message: base.message,
    code: stringField(error, 'code'),
    details: isAppError(error) ? error.details : undefined,
    path: stringField(error, 'path'),
    syscall: stringField(error, 'syscall'),
  };
}

/** The error as the caller would have seen it on its own thread (asFileError still recognises EACCES…). */
export function reviveError(error: SerializedError): Error {
  if (error.appError) return new AppError(error.code ?? 'INTERNAL', error.message, error.details);
  const revived = new Error(error.message) as Error & { code?: string; path?: string; syscall?: string };
  revived.name = error.name;
  if (error.code !== undefined) revived.code = error.code;
  if (error.path !== undefined) revived.path = error.path;
  if (error.syscall !== undefined) revived.syscall = error.syscall;
  return revived;
}
