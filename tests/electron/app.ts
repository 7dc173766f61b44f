// Starts the real Electron app (the repo root as the app: package.json "main" is the built
// dist/main/main.cjs) on a fresh data folder, through Playwright's Electron support.
// The unpacked app is used on purpose: a packaged one has the Node inspector fuse off, and
// Playwright drives Electron's main process through that inspector.

import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');

/** The path build/scripts/test-electron.mjs found, or the electron package's own answer. */
export function electronBinary(): string {
  const fromEnv = process.env['FASHEN_ELECTRON_BINARY'];
  if (fromEnv) return fromEnv;
  // The electron package's main export is the path of its downloaded binary.
  const binary: unknown = createRequire(import.meta.url)('electron');
  if (typeof binary !== 'string' || !existsSync(binary))
    throw new Error('Electron binary not installed; run `npm run test:electron`, which explains');
  return binary;
}

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-electron-'));
}

export async function launchApp(dataDir: string = freshDataDir()): Promise<RunningApp> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // The data folder comes from --data-dir only; nothing of the developer's own may leak in.
  delete env['FASHEN_DATA_DIR'];
  delete env['ELECTRON_RUN_AS_NODE'];
  // Chromium refuses to start its sandbox as root (CI containers); elsewhere it stays on.
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: electronBinary(),
    args: [...sandboxArgs, REPO, '--data-dir', dataDir],
    cwd: REPO,
    env,
    locale: 'zh-CN',
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, dataDir };
}

/** Calls the backend the way the renderer does: through the one function the preload exposes. */
export async function callBridge(page: Page, method: string, input: unknown): Promise<unknown> {
  const envelope = await page.evaluate(
    ([m, i]) =>
      (window as unknown as { fashen: { call(method: string, input: unknown): Promise<unknown> } }).fashen.call(m, i),
    [method, input] as const,
  );
  const result = envelope as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message ?? 'failed'}`);
  return result.value;
}

/** Past the first-run wizard (through its own skip button) to the home page. */
export async function skipFirstRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: '跳过，稍后在“设置”中完成' }).click();
  await expect(page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
}
