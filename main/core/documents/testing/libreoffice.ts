// Test support: converts a DOCX to PDF with LibreOffice the way a township office without the
// official fonts would see it — 仿宋_GB2312, 方正小标宋简体, 楷体 substituted by Noto Serif CJK SC and
// 黑体 by Noto Sans CJK SC (fonts-noto-cjk) — each conversion in its own user profile.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
      ...docxPaths,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: fontconfig }, timeout: 60_000 + 10_000 * docxPaths.length },
  );
  return docxPaths.map((path) => join(work, basename(path).replace(/\.docx$/, '.pdf')));
}
