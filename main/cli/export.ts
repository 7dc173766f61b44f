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

type FileMethod = 'ledgers.export' | 'reports.annualFile';

/** A command that reads one file from the API for a year and writes it where --out says. */
interface FileCommand<M extends FileMethod, Own> {
  usageLine: string;
  /** Options besides --year, --out, --as and --data-dir. */
  options: readonly string[];
  extensions: readonly string[];
  method: M;
  /** The command's own options, checked before the year and the output path. */
  own(values: Readonly<Record<string, unknown>>): Own;
  input(own: Own, year: number, out: string): InputOf<M>;
  /** What is printed once the file is written. */
  written(file: OutputOf<M>, year: number, out: string): string;
}

function stringOption(values: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Parse → sign in → call → write, the same for every file command. */
async function writeFileOf<M extends FileMethod, Own>(
  io: CliIo,
  args: readonly string[],
  command: FileCommand<M, Own>,
): Promise<string> {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        [...command.options, 'year', 'out', 'as', 'data-dir'].map((name) => [name, { type: 'string' as const }]),
      ),
      strict: true,
    }).values;
  } catch (error) {
    throw usage(describeCliError(error), command.usageLine);
  }
  const own = command.own(values);
  const year = yearOf(stringOption(values, 'year'), command.usageLine);
  const out = outPath(stringOption(values, 'out'), command.extensions, command.usageLine);
  const input = command.input(own, year, out);
  const backend = await signedInBackend(io, stringOption(values, 'data-dir'), stringOption(values, 'as'));
  try {
    const file = await call(backend, command.method, input);
    // Every FileMethod answers with a file ({ fileName, base64 }); TypeScript cannot see that through M.
    writeAtomically(out, Buffer.from((file as OutputOf<FileMethod>).base64, 'base64'));
    return command.written(file, year, out);
  } finally {
    backend.close();
  }
}

const LEDGER_FILE: FileCommand<'ledgers.export', (typeof LEDGER_KINDS)[number]> = {
  usageLine: EXPORT_USAGE,
  options: ['what'],
  extensions: ['xlsx'],
  method: 'ledgers.export',
  own(values) {
    const what = LEDGER_KINDS.find((kind) => kind === values['what']);
    if (!what) throw usage(`请用 --what 指定台账：${LEDGER_KINDS.join('、')}。`, EXPORT_USAGE);
    return what;
  },
  input: (what, year) => ({ what, year }),
  written: (file, _year, out) => `已导出 ${file.fileName.replace(/-\d{4}-\d{2}-\d{2}\.xlsx$/, '')}：${out}`,
};

const ANNUAL_REPORT_FILE: FileCommand<'reports.annualFile', null> = {
  usageLine: REPORT_USAGE,
  options: [],
  extensions: ['xlsx', 'docx'],
  method: 'reports.annualFile',
  own: () => null,
  input: (_own, year, out) => ({ year, format: extname(out).toLowerCase() === '.docx' ? 'docx' : 'xlsx' }),
  written: (_file, year, out) => `已生成 ${year}年度行政执法统计年报：${out}`,
};

export const exportCommand: CliCommand = (args, io) => run(io, () => writeFileOf(io, args, LEDGER_FILE));

export const reportCommand: CliCommand = (args, io) =>
  run(io, async () => {
    const [kind, ...rest] = args;
    if (kind !== 'annual')
      throw usage(`不认识的报表“${(kind ?? '').slice(0, 20)}”：目前只有 annual（行政执法统计年报）。`, REPORT_USAGE);
    return writeFileOf(io, rest, ANNUAL_REPORT_FILE);
  });
