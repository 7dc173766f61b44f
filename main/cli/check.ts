import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { CliCommand } from './types';
import { dataFolderTarget, formatReport, runIntegrityChecks } from '../core/backup/integrity';
import { restoreHint } from '../core/backup/damaged-database';
import { dataPaths, isUsageError } from './backup';
import { describeCliError } from './errors';

/**
 * `npx fashen check`: the database file, the links between records, the whole audit chain and
 * every issued document's hash. Reads only; safe while the app is running. Prints each check on
 * success; on a problem, one line naming the first broken link, exit code 1 (a damaged database
 * file adds how to restore it). `--verbose` adds the full report with SQLite's own words.
 */
export const checkCommand: CliCommand = (args, io) => {
  let paths: { dataDir: string; databasePath: string };
  let verbose: boolean;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { 'data-dir': { type: 'string' }, verbose: { type: 'boolean' } },
      strict: true,
    });
    paths = dataPaths(values['data-dir']);
    verbose = values.verbose === true;
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
      const damaged = report.results.some((result) => result.id === 'sqlite' && !result.ok);
      const hint = damaged ? `。${restoreHint(paths.dataDir, paths.databasePath)}。` : '';
      io.stderr(`发现问题：${report.firstProblem ?? ''}${hint}\n`);
      if (verbose) io.stderr(`${formatReport(report, { technical: true })}\n`);
      return Promise.resolve(1);
    }
    io.stdout(`${formatReport(report)}\n全部检查通过。数据文件夹：${paths.dataDir}\n`);
    return Promise.resolve(0);
  } catch (error) {
    io.stderr(`无法完成检查：${describeCliError(error)}\n`);
    if (verbose && error instanceof Error) io.stderr(`技术信息：${error.message}\n`);
    return Promise.resolve(1);
  } finally {
    db?.close();
  }
};
