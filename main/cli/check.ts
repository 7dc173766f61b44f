import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { CliCommand } from './types';
import { dataFolderTarget, formatReport, runIntegrityChecks } from '../db/integrity';
import { dataPaths, isUsageError } from './backup';
import { describeCliError } from './errors';

/**
 * `npx fashen check`: the database file, the links between records, the whole audit chain and
 * every issued document's hash. Reads only; safe while the app is running. Prints each check on
 * success; on a problem, one line naming the first broken link, exit code 1.
 */
export const checkCommand: CliCommand = (args, io) => {
  let paths: { dataDir: string; databasePath: string };
  try {
    const { values } = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' } }, strict: true });
    paths = dataPaths(values['data-dir']);
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return Promise.resolve(isUsageError(error) ? 2 : 1);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(paths.databasePath, { fileMustExist: true });
    db.pragma('query_only = ON');
    const report = runIntegrityChecks(dataFolderTarget(db, paths.dataDir));
    if (!report.ok) {
      io.stderr(`发现问题：${report.firstProblem ?? ''}\n`);
      return Promise.resolve(1);
    }
    io.stdout(`${formatReport(report)}\n全部检查通过。数据文件夹：${paths.dataDir}\n`);
    return Promise.resolve(0);
  } catch (error) {
    io.stderr(`无法完成检查：${describeCliError(error)}\n`);
    return Promise.resolve(1);
  } finally {
    db?.close();
  }
};
