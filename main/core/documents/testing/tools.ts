// Test support: the command-line tools the renderer tests check output with (poppler-utils,
// LibreOffice). CI installs them; a developer without them may opt out explicitly with
// FASHEN_SKIP_EXTERNAL_TOOLS=1, never silently.

import { execFileSync } from 'node:child_process';

export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** True when the tests needing `commands` must run; throws if they are missing and not opted out. */
export function requireTools(...commands: string[]): boolean {
  const missing = commands.filter((c) => !hasCommand(c));
  if (missing.length === 0) return true;
  if (process.env.FASHEN_SKIP_EXTERNAL_TOOLS === '1') {
    console.warn(`[documents] skipping tests that need ${missing.join(', ')} (FASHEN_SKIP_EXTERNAL_TOOLS=1)`);
    return false;
  }
  throw new Error(
    `tests need ${missing.join(', ')} (apt-get install poppler-utils libreoffice-writer fonts-noto-cjk), ` +
      'or set FASHEN_SKIP_EXTERNAL_TOOLS=1 to skip them knowingly',
  );
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

export function pdfPageCount(path: string): number {
  return Number(pdfInfo(path).Pages);
}

export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, path, '-'], { encoding: 'utf8' });
}

export interface PdfFontRow {
  readonly name: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

export function pdfFonts(path: string): PdfFontRow[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      const n = cols.length;
      return {
        name: cols[0] ?? '',
        embedded: cols[n - 5] === 'yes',
        subset: cols[n - 4] === 'yes',
        unicode: cols[n - 3] === 'yes',
      };
    });
}

/** Page texts with all whitespace removed, for comparing what lands on each page. */
export function pageTexts(path: string): string[] {
  const count = pdfPageCount(path);
  return Array.from({ length: count }, (_, i) => pdfText(path, i + 1).replace(/[\s\u2060]+/g, ''));
}

/** Each page's lines as pdftotext reads them, whitespace removed, empty lines dropped: where lines break. */
export function pageLines(path: string): string[][] {
  const count = pdfPageCount(path);
  return Array.from({ length: count }, (_, i) =>
    pdfText(path, i + 1)
      .split('\n')
      .map((line) => line.replace(/[\s\u2060]+/g, ''))
      .filter((line) => line.length > 0),
  );
}
