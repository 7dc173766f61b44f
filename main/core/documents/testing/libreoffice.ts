// Test support: converts a DOCX to PDF with LibreOffice the way a township office without the
// official fonts would see it — 仿宋_GB2312, 方正小标宋简体, 楷体 substituted by Noto Serif CJK SC and
// 黑体 by Noto Sans CJK SC (fonts-noto-cjk) — each conversion in its own user profile.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const ALIASES: readonly (readonly [string, string])[] = [
  ['仿宋_GB2312', 'Noto Serif CJK SC'],
  ['仿宋', 'Noto Serif CJK SC'],
  ['方正小标宋简体', 'Noto Serif CJK SC'],
  ['楷体', 'Noto Serif CJK SC'],
  ['宋体', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
];

export function writeFontconfig(dir: string): string {
  const rules = ALIASES.map(
    ([from, to]) =>
      `<match target="pattern"><test qual="any" name="family"><string>${from}</string></test>` +
      `<edit name="family" mode="assign" binding="strong"><string>${to}</string></edit></match>`,
  ).join('\n');
  const path = join(dir, 'fonts.conf');
  writeFileSync(
    path,
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n' +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${rules}\n</fontconfig>\n`,
  );
  return path;
}

/**
 * The DOCX as LibreOffice must be given it to break lines as Word and WPS do. Our papers turn
 * w:overflowPunct off (no 。，、 hangs past the margin; Word and WPS then carry the character
 * before it to the next line). LibreOffice 7.4 ignores that setting for Chinese text: it still hangs
 * the mark, and in a justified line drops it from the output. Its locale data lists hanging
 * characters only for Chinese and Japanese, so the copy it converts has its East Asian language
 * tagged en-US: LibreOffice then breaks by Unicode's line-breaking rules (no line starts with
 * 。，、：；！？）》 or ends with （《), with nothing hanging — what the paper asks of Word. Only the copy
 * for the conversion is changed; the DOCX under test is not.
 */
export function withoutHangingForLibreOffice(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const styles = files['word/styles.xml'];
  if (styles === undefined) throw new Error('no word/styles.xml in the DOCX');
  const text = strFromU8(styles);
  if (!text.includes('<w:overflowPunct w:val="0"/>')) return docx;
  files['word/styles.xml'] = strToU8(text.replace('w:eastAsia="zh-CN"', 'w:eastAsia="en-US"'));
  return zipSync(files);
}

/** Converts `docxPath` to PDF next to a fresh profile; returns the PDF's path. */
export async function convertToPdf(docxPath: string): Promise<string> {
  const [pdf] = await convertAllToPdf([docxPath]);
  if (pdf === undefined) throw new Error('LibreOffice converted nothing');
  return pdf;
}

/**
 * Converts several DOCX files in one LibreOffice run (one start-up, one fresh profile); returns the
 * PDFs' paths in the same order. The files' names must differ.
 */
export async function convertAllToPdf(docxPaths: readonly string[]): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'fashen-lo-'));
  const fontconfig = writeFontconfig(work);
  const profile = `file://${join(work, 'profile')}`;
  const copies = docxPaths.map((path) => {
    const copy = join(work, basename(path));
    writeFileSync(copy, withoutHangingForLibreOffice(readFileSync(path)));
    return copy;
  });
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...copies,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: fontconfig }, timeout: 60_000 + 10_000 * docxPaths.length },
  );
  return docxPaths.map((path) => join(work, basename(path).replace(/\.docx$/, '.pdf')));
}
