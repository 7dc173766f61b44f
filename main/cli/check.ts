import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { CliCommand } from './types';
import { dataFolderTarget, formatReport, runIntegrityChecks } from '../core/data/integrity';
import { restoreHint } from '../core/data/damaged-database';
import { dataPaths, isUsageError } from './backup';
import { describeCliError } from './errors';
import { entriesWithCode, normaliseCode } from '../core/audit/code';
import { papersWithCode } from '../core/papers/store';

/**
 * `--code <校验码>`: the code printed on a paper is the chain's head when its number was taken. If
 * an entry with that code is still in the chain (and the chain checks out), history up to that
 * paper has not been rewritten since. It cannot prove the paper's text is unaltered (compare it
 * with the issued PDF), nor anything about entries made after it.
 */
function codeReport(db: Database.Database, typed: string): { ok: boolean; text: string } {
  const code = normaliseCode(typed);
  if (code === undefined)
    return { ok: false, text: `校验码“${typed}”格式不对：应为 10 位字母或数字，如 7K3QD-M2X9A。` };
  const entries = entriesWithCode(db, code);
  const papers = papersWithCode(db, code);
  const named =
    papers.length > 0 ? `；载有此校验码的文书：${papers.map((p) => p.doc_number ?? p.title).join('、')}` : '';
  const first = entries[0];
  if (first === undefined)
    return {
      ok: false,
      text: `校验码 ${code} 在审计记录中找不到${named}：出具该文书时的审计记录已被改写或删除，或校验码抄错了。`,
    };
  return {
    ok: true,
    text: `校验码 ${code} 与第 ${first.position} 条审计记录相符（${first.at}，${first.summary}）${named}。这说明出具该文书时的审计记录仍在链中、未被改写；它不能证明纸面文字未被改动（请与已出具的 PDF 对照），也不能证明此后的记录。`,
  };
}

/**
 * `npx fashen check`: the database file, the links between records, the whole audit chain and
 * every issued document's hash. Reads only; safe while the app is running. Prints each check on
 * success; on a problem, one line naming the first broken link, exit code 1 (a damaged database
 * file adds how to restore it). `--verbose` adds the full report with SQLite's own words.
 * `--code <校验码>` also checks a paper's 校验码 against the chain (codeReport).
 */
export const checkCommand: CliCommand = (args, io) => {
  let paths: { dataDir: string; databasePath: string };
  let verbose: boolean;
  let code: string | undefined;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { 'data-dir': { type: 'string' }, verbose: { type: 'boolean' }, code: { type: 'string' } },
      strict: true,
    });
    paths = dataPaths(values['data-dir']);
    verbose = values.verbose === true;
    code = values.code;
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return Promise.resolve(isUsageError(error) ? 2 : 1);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(paths.databasePath, { fileMustExist: true });
    db.pragma('query_only = ON');
    const report = runIntegrityChecks(dataFolderTarget(db, paths.dataDir));
    const codeResult = code === undefined ? undefined : codeReport(db, code);
    if (codeResult) (codeResult.ok && report.ok ? io.stdout : io.stderr)(`${codeResult.text}\n`);
    if (!report.ok) {
      const damaged = report.results.some((result) => result.id === 'sqlite' && !result.ok);
      const hint = damaged ? `。${restoreHint(paths.dataDir, paths.databasePath)}。` : '';
      io.stderr(`发现问题：${report.firstProblem ?? ''}${hint}\n`);
      if (verbose) io.stderr(`${formatReport(report, { technical: true })}\n`);
      return Promise.resolve(1);
    }
    io.stdout(`${formatReport(report)}\n全部检查通过。数据文件夹：${paths.dataDir}\n`);
    return Promise.resolve(codeResult && !codeResult.ok ? 1 : 0);
  } catch (error) {
    io.stderr(`无法完成检查：${describeCliError(error)}\n`);
    if (verbose && error instanceof Error) io.stderr(`技术信息：${error.message}\n`);
    return Promise.resolve(1);
  } finally {
    db?.close();
  }
};
