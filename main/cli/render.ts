// `fashen render <template-id> --data <file.json|sample|-> --format docx|pdf|html --out <file>`
// Renders a formal document from a template and case data (or the template's sample data).
// Anything the user got wrong — an unknown template, bad data, a bad format — exits 2 with one
// Chinese line on stderr, and no file is left behind: the output goes to a temporary file in the
// same folder and is renamed into place only once complete.

import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, isAppError } from '../../shared/errors';
import { isRenderFormat, loadTemplate, renderModel, prepareDocument, sampleData } from '../core/documents/render';
import { checkFontFile, fontSourceOf, formatFontSpec, parseFontSpec } from '../core/documents/office-fonts';
import type { PdfFontOptions, RenderFormat } from '../core/documents/render';
import { describeCliError } from './errors';
import type { CliCommand, CliIo } from './types';

const USAGE =
  '用法：render <模板编号> --data <数据文件.json|sample|-> --format docx|pdf|html --out <输出文件> ' +
  '[--office-templates <目录>] [--font-body <字体文件>] [--font-title …] [--font-heading …] [--font-kai …]' +
  '（字体为 .ttf、.otf 或 .ttc；字体集中的某一款写作 文件.ttc#PostScript名）';

const FONT_OPTIONS = { body: 'font-body', title: 'font-title', heading: 'font-heading', kai: 'font-kai' } as const;

/**
 * Each --font-* file passes the same check as the app's font setting (office-fonts.ts) before
 * anything is read or written: not found, not a font, no Chinese characters → exit 2, one line.
 */
function checkedFonts(
  values: Partial<Record<(typeof FONT_OPTIONS)[keyof typeof FONT_OPTIONS], string>>,
): PdfFontOptions {
  const fonts: { -readonly [K in keyof PdfFontOptions]: PdfFontOptions[K] } = {};
  for (const [role, option] of Object.entries(FONT_OPTIONS) as [
    keyof typeof FONT_OPTIONS,
    (typeof FONT_OPTIONS)[keyof typeof FONT_OPTIONS],
  ][]) {
    const text = values[option];
    if (text === undefined) continue;
    const spec = parseFontSpec(text);
    try {
      fonts[role] = fontSourceOf(checkFontFile({ path: spec.path === '' ? '' : resolve(spec.path), face: spec.face }));
    } catch (error) {
      if (isAppError(error))
        throw new AppError(error.code, `--${option} ${formatFontSpec(spec)}：${error.message}`, error.details);
      throw error;
    }
  }
  return fonts;
}

/** --office-templates must name a folder that exists: a typo would otherwise fall back to the built-in templates unseen. */
function checkFolder(dir: string): void {
  const full = resolve(dir);
  let folder: boolean;
  try {
    folder = statSync(full).isDirectory();
  } catch {
    throw new AppError(
      'OFFICE_TEMPLATES_NOT_FOUND',
      `找不到本单位模板文件夹“${full}”（--office-templates），请检查路径。`,
    );
  }
  if (!folder)
    throw new AppError(
      'OFFICE_TEMPLATES_NOT_FOUND',
      `“${full}”不是文件夹（--office-templates 应为本单位模板所在的文件夹）。`,
    );
}

interface Parsed {
  readonly templateId: string;
  readonly data: string;
  readonly format: RenderFormat;
  readonly out: string;
  readonly overrideDir: string | undefined;
  readonly fonts: PdfFontOptions;
}

function parse(args: readonly string[]): Parsed {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      data: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'office-templates': { type: 'string' },
      'font-body': { type: 'string' },
      'font-title': { type: 'string' },
      'font-heading': { type: 'string' },
      'font-kai': { type: 'string' },
    },
  });
  const [templateId, ...extra] = positionals;
  if (templateId === undefined || extra.length > 0 || !values.data || !values.format || !values.out) {
    throw new AppError('INVALID_ARGUMENTS', USAGE);
  }
  if (!isRenderFormat(values.format)) {
    throw new AppError('RENDER_FORMAT_INVALID', `不支持的文书格式“${values.format}”，可选：docx、pdf、html。`);
  }
  const overrideDir = values['office-templates'];
  if (overrideDir !== undefined) checkFolder(overrideDir);
  return {
    templateId,
    data: values.data,
    format: values.format,
    out: values.out,
    overrideDir,
    fonts: checkedFonts(values),
  };
}

/** Case data for one document is a few KB; anything past this is a mistake (or /dev/zero). */
export const MAX_DATA_BYTES = 4 * 1024 * 1024;
const TOO_LARGE = `数据文件超过 ${MAX_DATA_BYTES / 1024 / 1024} MB，不像一份文书的数据，未做任何处理。`;

/**
 * Only a regular file of a sane size is read: a device (/dev/zero), a pipe or a folder is refused
 * before reading, and the size is checked again on what was actually read (a file still growing).
 */
function readDataFile(source: string): string {
  let fd: number;
  try {
    fd = openSync(source, 'r');
  } catch {
    throw new AppError('DATA_FILE_UNREADABLE', `无法读取数据文件“${source}”。`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new AppError('DATA_FILE_UNREADABLE', `“${source}”不是普通文件，--data 应为一个 JSON 文件。`);
    if (stat.size > MAX_DATA_BYTES) throw new AppError('DATA_FILE_TOO_LARGE', TOO_LARGE);
    const buffer = Buffer.alloc(MAX_DATA_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > MAX_DATA_BYTES) throw new AppError('DATA_FILE_TOO_LARGE', TOO_LARGE);
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('DATA_FILE_UNREADABLE', `无法读取数据文件“${source}”。`);
  } finally {
    closeSync(fd);
  }
}

async function readData(source: string, templateId: string, io: CliIo): Promise<unknown> {
  if (source === 'sample') {
    loadTemplate(templateId);
    return sampleData(templateId);
  }
  let text: string;
  if (source === '-') {
    text = await io.readStdin(MAX_DATA_BYTES);
  } else {
    text = readDataFile(source);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('DATA_FILE_INVALID', `数据文件“${source === '-' ? '标准输入' : source}”不是有效的 JSON。`);
  }
}

/** Writes the whole file beside its destination first, so a failure never leaves half a file. */
function writeAtomically(path: string, content: Buffer | string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
    throw new AppError('OUTPUT_UNWRITABLE', `无法写入输出文件“${path}”，请检查目录是否存在、是否有写入权限。`);
  }
}

export const renderCommand: CliCommand = async (args, io) => {
  try {
    const options = parse(args);
    const data = await readData(options.data, options.templateId, io);
    const { model, template } = prepareDocument(options.templateId, data, { overrideDir: options.overrideDir });
    const content = await renderModel(model, options.format, { fonts: options.fonts });
    writeAtomically(options.out, content);
    const source = template.source === 'override' ? '（本单位模板）' : '';
    io.stdout(`已生成${template.template.name}${source}：${options.out}\n`);
    if (template.overrideProblem) io.stderr(`注意：本单位模板未采用，已改用内置模板。${template.overrideProblem}\n`);
    return 0;
  } catch (error) {
    if (
      isAppError(error) ||
      (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`${describeCliError(error)}\n`);
      return 2;
    }
    io.stderr(`生成文书时出现意外错误：${describeCliError(error)}\n`);
    return 1;
  }
};
