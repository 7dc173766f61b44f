// `fashen export --what <register> --year YYYY --out FILE.xlsx [--data-dir D]` — a register's ledger
// (台账) as the app's 导出台账 button makes it, for every record of that year.
// `fashen report annual --year YYYY --out FILE.xlsx|FILE.docx [--data-dir D]` — the annual report.
// Both go through the API (the same contract checks as the app) on the office's data folder.

import { basename, dirname, extname, join, resolve } from 'node:path';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from './types';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { LEDGER_KINDS } from '../../shared/contract/ledgers';
import { AppError } from '../../shared/errors';
import { openBackend, type LocalBackend } from '../api/backend';
import { dataPaths } from './backup';
import { describeCliError } from './errors';
import { openDatabase } from '../db/open';
import { signInOnCli } from './cli-sign-in';
import { cliActor } from './cli-actor';

const AS_USAGE = '[--as <姓名>（密码从标准输入读取；在终端里不加则询问）]';
export const EXPORT_USAGE = `用法：npx fashen export --what ${LEDGER_KINDS.join('|')} --year YYYY --out 文件.xlsx ${AS_USAGE} [--data-dir 目录]`;
export const REPORT_USAGE = `用法：npx fashen report annual --year YYYY --out 文件.xlsx|文件.docx ${AS_USAGE} [--data-dir 目录]`;

function usage(message: string, usageLine: string): AppError {
  return new AppError('USAGE', `${message}\n${usageLine}`);
}

function yearOf(text: string | undefined, usageLine: string): number {
  if (text === undefined) throw usage('请用 --year 指定年度（如 --year 2025）。', usageLine);
  if (!/^\d{4}$/.test(text)) throw usage(`年度“${text.slice(0, 20)}”应为四位数字，如 2025。`, usageLine);
  return Number(text);
}

/** The output path: its folder must exist and its extension match the format. */
function outPath(text: string | undefined, extensions: readonly string[], usageLine: string): string {
  if (!text) throw usage('请用 --out 指定输出文件。', usageLine);
  const full = resolve(text);
  const ext = extname(full).toLowerCase().slice(1);
  if (!extensions.includes(ext))
    throw usage(`输出文件“${basename(full)}”的扩展名应为 ${extensions.map((e) => `.${e}`).join(' 或 ')}。`, usageLine);
  let folder: boolean;
  try {
    folder = statSync(dirname(full)).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) throw new AppError('OUTPUT_UNWRITABLE', `输出文件所在的文件夹不存在：${dirname(full)}`);
  return full;
}

function writeAtomically(path: string, content: Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
    throw new AppError(
      'OUTPUT_UNWRITABLE',
      `无法写入输出文件“${path}”，请检查是否有写入权限、文件是否正被 Excel 或 WPS 打开。`,
    );
  }
}

async function call<M extends MethodName>(backend: LocalBackend, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const envelope = await backend.dispatch(method, input);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
  return envelope.value as OutputOf<M>;
}

/**
 * The backend, acting as the person who proved who they are: a ledger and the annual report read
 * case data, which the API gives only to someone signed in. A folder no one can sign in to yet is
 * read as the operating-system account (as the first-run wizard is).
 */
async function signedInBackend(io: CliIo, dataDirOption: string | undefined, asName: string | undefined) {
  const { dataDir, databasePath } = dataPaths(dataDirOption);
  const db = openDatabase(databasePath);
  let actor;
  try {
    actor = await signInOnCli(db, io, asName, new Date(), { admin: false });
  } finally {
    db.close();
  }
  const backend = openBackend({ dataDir });
  backend.client.session.actor = actor ?? { staffId: null, name: cliActor(), admin: true, trusted: true };
  backend.client.session.lastActive = Date.now();
  return backend;
}

async function run(io: CliIo, work: () => Promise<string>): Promise<number> {
  try {
    io.stdout(`${await work()}\n`);
    return 0;
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return error instanceof AppError && error.code === 'USAGE' ? 2 : 1;
  }
}

export const exportCommand: CliCommand = (args, io) =>
  run(io, async () => {
    let values;
    try {
      values = parseArgs({
        args: [...args],
        options: {
          what: { type: 'string' },
          year: { type: 'string' },
          out: { type: 'string' },
          as: { type: 'string' },
          'data-dir': { type: 'string' },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw usage(describeCliError(error), EXPORT_USAGE);
    }
    const what = values.what;
    if (!what || !(LEDGER_KINDS as readonly string[]).includes(what))
      throw usage(`请用 --what 指定台账：${LEDGER_KINDS.join('、')}。`, EXPORT_USAGE);
    const year = yearOf(values.year, EXPORT_USAGE);
    const out = outPath(values.out, ['xlsx'], EXPORT_USAGE);
    const backend = await signedInBackend(io, values['data-dir'], values.as);
    try {
      const file = await call(backend, 'ledgers.export', {
        what: what as (typeof LEDGER_KINDS)[number],
        year,
      });
      writeAtomically(out, Buffer.from(file.base64, 'base64'));
      return `已导出 ${file.fileName.replace(/-\d{4}-\d{2}-\d{2}\.xlsx$/, '')}：${out}`;
    } finally {
      backend.close();
    }
  });

export const reportCommand: CliCommand = (args, io) =>
  run(io, async () => {
    const [kind, ...rest] = args;
    if (kind !== 'annual')
      throw usage(`不认识的报表“${(kind ?? '').slice(0, 20)}”：目前只有 annual（行政执法统计年报）。`, REPORT_USAGE);
    let values;
    try {
      values = parseArgs({
        args: rest,
        options: {
          year: { type: 'string' },
          out: { type: 'string' },
          as: { type: 'string' },
          'data-dir': { type: 'string' },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw usage(describeCliError(error), REPORT_USAGE);
    }
    const year = yearOf(values.year, REPORT_USAGE);
    const out = outPath(values.out, ['xlsx', 'docx'], REPORT_USAGE);
    const format = extname(out).toLowerCase() === '.docx' ? 'docx' : 'xlsx';
    const backend = await signedInBackend(io, values['data-dir'], values.as);
    try {
      const file = await call(backend, 'reports.annualFile', { year, format });
      writeAtomically(out, Buffer.from(file.base64, 'base64'));
      return `已生成 ${year}年度行政执法统计年报：${out}`;
    } finally {
      backend.close();
    }
  });
