import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';

const REPO = resolve(import.meta.dirname, '..', '..');

export interface AppServer {
  url: string;
  dataDir: string;
  /** Calls the API the way the page does (with the per-launch token). */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  /** Fills the database with the demo office, staff, organisations and cases. */
  loadDemo(): Promise<void>;
  /** Restarts the server on the same data folder, optionally with the clock fixed at `now`. */
  restart(options?: { now?: string }): Promise<void>;
}

function startServer(dataDir: string, now: string | undefined): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, ...(now ? { FASHEN_TEST_NOW: now } : {}) };
  delete (env as Record<string, string | undefined>)['FASHEN_DATA_DIR'];
  const child = spawn(process.execPath, ['bin/fashen.mjs', 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolveUrl({ child, url: match[0] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

async function tokenOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const token = /name="fashen-token" content="([0-9a-f]+)"/.exec(html)?.[1];
  if (!token) throw new Error('served page has no token');
  return token;
}

export const test = base.extend<{ app: AppServer; firstRun: boolean }>({
  /** Most tests start past the first-run wizard; set `test.use({ firstRun: true })` to meet it. */
  firstRun: [false, { option: true }],
  app: async ({ firstRun }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-e2e-'));
    let running = await startServer(dataDir, undefined);
    const app: AppServer = {
      get url() {
        return running.url;
      },
      dataDir,
      async call(method, input) {
        const response = await fetch(`${running.url}api/call`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Fashen-Token': await tokenOf(running.url) },
          body: JSON.stringify({ method, input }),
        });
        const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
        return envelope.value as never;
      },
      async loadDemo() {
        const child = spawn(process.execPath, ['bin/fashen.mjs', 'demo', '--data-dir', dataDir], {
          cwd: REPO,
          stdio: 'ignore',
        });
        const code = await new Promise((done) => child.once('exit', done));
        if (code !== 0) throw new Error(`demo exited with ${code}`);
      },
      async restart(options = {}) {
        await stopServer(running.child);
        running = await startServer(dataDir, options.now);
      },
    };
    if (!firstRun) await app.call('setup.dismiss', {});
    await use(app);
    await stopServer(running.child);
  },
});

/** Opens a route of the app (hash routing) and waits for the shell. */
export async function open(page: Page, app: AppServer, route = '/'): Promise<void> {
  await page.goto(`${app.url}#${route}`);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
}

export { expect };
