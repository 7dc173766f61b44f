import { existsSync, statSync } from 'node:fs';
import type { z } from 'zod';
import type { HandlerTable } from '../registry';
import type { ApiContext } from '../context';
import type { MethodSpec } from '../../../shared/contract/method';
import type { dataMethods } from '../../../shared/contract/data';
import { AppError } from '../../../shared/errors';
import { backupFileName, manualBackupName } from '../../core/data/retention';
import { asFileError } from '../../core/files/fs-errors';
import { createBackup, freeBackupPath } from '../../core/data/backup';
import { recordBackup, recordRestore } from '../../core/data/backup-audit';
import { scheduleAnchorUpdate } from '../../core/audit/anchor';
import { backupsDir, listBackups, readStartupStatus } from '../../core/data/backup-startup';
import { checkDataFolderInWorker } from '../../core/data/backup-thread';
import { inspectBackup, restoreBackupInWorker, type RestoreResult } from '../../core/data/restore';
import { compareWithNow, readBackupContents } from '../../core/data/backup-summary';
import { actorName } from '../../core/session/operator';

type DataMethod = keyof typeof dataMethods;
type In<M extends DataMethod> = z.output<(typeof dataMethods)[M]['input']>;
type Out<M extends DataMethod> = (typeof dataMethods)[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

/**
 * What restoring through the API needs from the backend: close the database every handler uses,
 * run `whileClosed` (the file swap), and open it again, all before the next command runs.
 * Proposed for ApiContext; until the backend provides it, restore says to use the CLI.
 */
export interface ReopenHook {
  reopenDatabase(whileClosed: () => void): void;
}

function chosenFolder(dir: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new AppError('FOLDER_NOT_FOUND', `找不到文件夹“${dir}”，请重新选择（U 盘是否已插好？）`);
  return dir;
}

export const dataHandlers: { [M in DataMethod]: (input: In<M>, ctx: ApiContext) => Promise<Out<M>> } = {
  async 'data.backupNow'(input, ctx) {
    const now = ctx.now();
    const file = input.dir
      ? freeBackupPath(chosenFolder(input.dir), manualBackupName(now))
      : freeBackupPath(backupsDir(ctx.dataDir), backupFileName('manual', now));
    try {
      const made = await createBackup(ctx.db, {
        dataDir: ctx.dataDir,
        file,
        kind: 'manual',
        now,
        madeBy: actorName(ctx),
      });
      recordBackup(ctx.db, file, now, '程序', actorName(ctx));
      return {
        file,
        bytes: made.bytes,
        files: made.files,
        auditRows: made.meta.auditRows,
        madeAt: made.meta.madeAt,
        dataProblem: made.dataProblem ?? null,
      };
    } catch (error) {
      throw asFileError(error, 'BACKUP_WRITE_FAILED', input.dir ?? backupsDir(ctx.dataDir));
    }
  },

  'data.listBackups'(_input, ctx) {
    const status = readStartupStatus(ctx.dataDir);
    return Promise.resolve({
      dir: backupsDir(ctx.dataDir),
      items: listBackups(backupsDir(ctx.dataDir)).map(({ file, name, kind, date, bytes }) => ({
        file,
        name,
        kind,
        date,
        bytes,
        contents: readBackupContents(file) ?? null,
      })),
      lastAutomatic: status ? { at: status.at, problem: status.problem ?? null } : null,
    });
  },

  // Checking and staging the backup run in the backup worker (restore.ts): on a large database they
  // take seconds, and the app keeps answering. Only the safety copy and the swap block, briefly.
  async 'data.inspectBackup'(input, ctx) {
    try {
      return await inspectBackup(ctx.dataDir, input.file);
    } catch (error) {
      throw asFileError(error, 'BACKUP_READ_FAILED', input.file, '读取');
    }
  },

  // Reads both databases (the backup read-only) to say what a restore would lose; changes nothing.
  async 'data.compareBackup'(input, ctx) {
    try {
      return Promise.resolve(compareWithNow(ctx.db, input.file));
    } catch (error) {
      throw asFileError(error, 'BACKUP_READ_FAILED', input.file, '读取');
    }
  },

  async 'data.restore'(input, ctx) {
    const hook = (ctx as ApiContext & Partial<ReopenHook>).reopenDatabase;
    if (!hook)
      throw new AppError(
        'RESTORE_UNAVAILABLE',
        '这里不能直接恢复：请关闭法审工作台，然后运行 npx fashen restore --in <备份文件>。',
      );
    let result: RestoreResult;
    try {
      result = await restoreBackupInWorker({
        dataDir: ctx.dataDir,
        databasePath: ctx.databasePath,
        file: input.file,
        now: ctx.now(),
        db: ctx.db,
        swap: (complete) => hook.call(ctx, complete),
        // The record goes into the restored database in the worker: a first write to a database
        // from before sealing seals every record it holds, seconds at 100,000 cases (issue #18).
        record: { door: '程序', actor: actorName(ctx) },
      });
    } catch (error) {
      throw asFileError(error, 'RESTORE_FAILED', ctx.dataDir);
    }
    // ctx.db is now the restored database, whose own history holds the restore: the anchor follows.
    if (result.recorded) scheduleAnchorUpdate(ctx.db);
    else recordRestore(ctx.db, result, ctx.now(), '程序', actorName(ctx));
    return { restored: result.info, keptAside: result.keptAside ?? null };
  },

  async 'data.choosePath'(input, ctx) {
    if (!ctx.desktop) return { available: false, path: null };
    return { available: true, path: await ctx.desktop.choosePath(input.purpose) };
  },

  // In the backup worker: on a large database the checks take seconds, and the app keeps answering.
  async 'data.check'(_input, ctx) {
    const report = await checkDataFolderInWorker(ctx.databasePath, ctx.dataDir);
    return {
      ok: report.ok,
      firstProblem: report.firstProblem ?? null,
      checks: report.results.map((result) => ({
        id: result.id,
        title: result.title,
        ok: result.ok,
        text: result.ok ? result.summary : result.problem,
      })),
    };
  },
};

/**
 * Registers the data methods. They are async (no wrapping transaction): a backup awaits SQLite's
 * online backup, and a restore closes the database, which cannot happen inside a transaction.
 */
export function registerDataHandlers(table: HandlerTable): void {
  for (const name of Object.keys(dataHandlers) as DataMethod[]) {
    // The handlers are typed against dataMethods above; `never` only bridges to the table's
    // signature, which knows these names once shared/contract/index.ts includes dataMethods.
    // A restore swaps the database: it runs alone (registry.ts), so no command lands in the old one meanwhile.
    if (name === 'data.restore') table.registerExclusive(name, dataHandlers[name] as never);
    else table.registerAsync(name as never, dataHandlers[name] as never);
  }
}
