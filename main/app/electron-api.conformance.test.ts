// Checks electron-api.ts against the real Electron type declarations: the real module must be
// assignable to our interfaces, or the one cast in loadElectronMain/loadElectronPreload would
// be a lie. Runs wherever electron.d.ts can be found (node_modules/electron on a normal machine,
// or FASHEN_ELECTRON_DTS=/path/to/electron.d.ts); skipped where Electron could not be installed.

import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

function findElectronDts(): string | undefined {
  const fromEnv = process.env['FASHEN_ELECTRON_DTS'];
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : undefined;
  try {
    const packageJson = createRequire(import.meta.url).resolve('electron/package.json');
    const dts = join(dirname(packageJson), 'electron.d.ts');
    return existsSync(dts) ? dts : undefined;
  } catch {
    return undefined;
  }
}

const electronDts = findElectronDts();

const CHECK_SOURCE = (apiPath: string) => `
import type { ElectronMain, ElectronPreload } from ${JSON.stringify(apiPath)};
import * as electron from 'electron';
export const main: ElectronMain = electron;
export const preload: ElectronPreload = electron;
`;

describe.skipIf(electronDts === undefined)('electron-api.ts against the real electron.d.ts', () => {
  it('accepts the real electron module as ElectronMain and ElectronPreload', () => {
    const dts = electronDts ?? '';
    const folder = mkdtempSync(join(tmpdir(), 'fashen-electron-api-'));
    const checkFile = join(folder, 'check.ts');
    writeFileSync(checkFile, CHECK_SOURCE(join(here, 'electron-api').replaceAll('\\', '/')), 'utf8');
    const program = ts.createProgram([checkFile, dts], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      typeRoots: [join(repoRoot, 'node_modules', '@types')],
      skipLibCheck: true,
      esModuleInterop: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? d.file.fileName : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });
});
