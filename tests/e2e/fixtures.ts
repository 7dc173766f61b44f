import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { isAdminMethod, isSignedMethod } from '../../shared/contract/access';

/**
 * Every person the tests sign in as has this secret (the first administrator included): the one
 * `fashen demo` gives its people, so a demo office needs no secrets reset before a test signs in.
 */
export const E2E_SECRET = 'fashen-demo';
/** The first administrator the fixture sets up (a head, as the first-run screen does). */
export const E2E_ADMIN = '系统管理员';

const REPO = resolve(import.meta.dirname, '..', '..');

export interface AppServer {
  url: string;
  dataDir: string;
  /**
   * Calls the API the way the page does (per-launch token, its own session cookie), signed in as
   * the administrator unless signInAs chose someone; signatures carry E2E_SECRET.
   */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  /** Acts as this person from now on, in `call` and in pages opened with open() (gives them E2E_SECRET first if needed). */
  signInAs(staffId: number | null): Promise<void>;
  /** The person open() signs the page in as (the administrator unless signInAs chose someone). */
  readonly actingName: string;
  /** Fills the database with the demo office, staff, organisations and cases. */
  loadDemo(): Promise<void>;
  /**
   * Restarts the server on the same data folder, optionally with the clock fixed at `now`, and with
   * office-network mode on `lanHost` (a loopback address such as 127.0.0.2: never a real network).
   */
  restart(options?: { now?: string; lanHost?: string }): Promise<void>;
  /** The office-network (HTTPS) address after restart({ lanHost }), else null. */
  readonly lanUrl: string | null;
}

function startServer(
  dataDir: string,
  now: string | undefined,
  lanHost?: string,
): Promise<{ child: ChildProcess; url: string; lanUrl: string | null }> {
  if (lanHost && !lanHost.startsWith('127.')) throw new Error('tests may use loopback addresses only');
  const lan = lanHost ? ['--lan', '--host', lanHost, '--lan-port', '0'] : [];
  const env = { ...process.env, ...(now ? { FASHEN_TEST_NOW: now } : {}) };
  delete (env as Record<string, string | undefined>)['FASHEN_DATA_DIR'];
  const child = spawn(process.execPath, ['bin/fashen.mjs', 'serve', '--port', '0', '--data-dir', dataDir, ...lan], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      const lanMatch = /https:\/\/[\d.]+:\d+\//.exec(output);
      if (match && (!lanHost || lanMatch)) resolveUrl({ child, url: match[0], lanUrl: lanMatch?.[0] ?? null });
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

/** The per-launch token, read from the served page once per server (a restart makes a new one). */
const tokens = new Map<string, Promise<string>>();
function tokenOf(url: string): Promise<string> {
  let token = tokens.get(url);
  if (!token) {
    token = fetch(url)
      .then((response) => response.text())
      .then((html) => {
        const found = /name="fashen-token" content="([0-9a-f]+)"/.exec(html)?.[1];
        if (!found) throw new Error('served page has no token');
        return found;
      });
    tokens.set(url, token);
  }
  return token;
}

export const test = base.extend<{ app: AppServer; firstRun: boolean }>({
  /** Most tests start past the first-run wizard; set `test.use({ firstRun: true })` to meet it. */
  firstRun: [false, { option: true }],
  app: async ({ firstRun }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-e2e-'));
    let running = await startServer(dataDir, undefined);
    // Two API sessions of our own: the administrator's, and the person's the test acts as.
    const cookies = { admin: '', acting: '' };
    let acting: { staffId: number | null; name: string } = { staffId: null, name: E2E_ADMIN };
    type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    async function raw(jar: 'admin' | 'acting', method: string, input: unknown): Promise<Envelope> {
      const response = await fetch(`${running.url}api/call`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Fashen-Token': await tokenOf(running.url),
          ...(cookies[jar] ? { Cookie: cookies[jar] } : {}),
        },
        body: JSON.stringify({ method, input }),
      });
      const set = response.headers.get('set-cookie');
      if (set) cookies[jar] = set.split(';')[0] ?? '';
      return (await response.json()) as Envelope;
    }
    async function adminId(): Promise<number> {
      const status = (await raw('admin', 'session.status', {})).value as {
        people: Array<{ staffId: number; name: string }>;
      };
      const admin = status.people.find((person) => person.name === E2E_ADMIN);
      if (!admin) throw new Error('the e2e administrator is missing');
      return admin.staffId;
    }
    /** Signs a jar in (again: a restart forgets every session). */
    async function signIn(jar: 'admin' | 'acting'): Promise<void> {
      const staffId = jar === 'admin' || acting.staffId === null ? await adminId() : acting.staffId;
      const envelope = await raw(jar, 'session.signIn', { staffId, secret: E2E_SECRET });
      if (!envelope.ok) throw new Error(`session.signIn: ${envelope.error?.message}`);
    }
    async function call(jar: 'admin' | 'acting', method: string, input: unknown): Promise<unknown> {
      const sent = isSignedMethod(method) ? { ...(input as object), secret: E2E_SECRET } : input;
      let envelope = await raw(jar, method, sent);
      if (!envelope.ok && envelope.error?.code === 'NOT_SIGNED_IN') {
        await signIn(jar);
        envelope = await raw(jar, method, sent);
      }
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
      return envelope.value;
    }
    const app: AppServer = {
      get url() {
        return running.url;
      },
      get lanUrl() {
        return running.lanUrl;
      },
      dataDir,
      get actingName() {
        return acting.name;
      },
      async call(method, input) {
        // Office settings are the administrator's; the tests set them up whoever they act as.
        const value = await call(isAdminMethod(method) ? 'admin' : 'acting', method, input);
        // Whoever the tests register can sign in on a page, with E2E_SECRET.
        if (method === 'staff.create')
          await call('admin', 'session.resetSecret', { staffId: (value as { id: number }).id, newSecret: E2E_SECRET });
        return value as never;
      },
      async signInAs(staffId) {
        if (staffId === null) {
          acting = { staffId: null, name: E2E_ADMIN };
        } else {
          const access = (await call('admin', 'session.access', {})) as Array<{
            staffId: number;
            name: string;
            hasSecret: boolean;
          }>;
          const person = access.find((row) => row.staffId === staffId);
          if (!person) throw new Error(`no staff member ${staffId}`);
          if (!person.hasSecret) await call('admin', 'session.resetSecret', { staffId, newSecret: E2E_SECRET });
          acting = { staffId, name: person.name };
        }
        await signIn('acting');
      },
      async loadDemo() {
        const child = spawn(process.execPath, ['bin/fashen.mjs', 'demo', '--data-dir', dataDir], {
          cwd: REPO,
          stdio: 'ignore',
        });
        const code = await new Promise((done) => child.once('exit', done));
        if (code !== 0) throw new Error(`demo exited with ${code}`);
        // Demo people sign in with the demo secret, which is E2E_SECRET.
      },
      async restart(options = {}) {
        await stopServer(running.child);
        running = await startServer(dataDir, options.now, options.lanHost);
      },
    };
    if (!firstRun) {
      const made = await raw('admin', 'session.firstAdmin', { name: E2E_ADMIN, secret: E2E_SECRET });
      if (!made.ok) throw new Error(`session.firstAdmin: ${made.error?.message}`);
      await app.call('setup.dismiss', {});
    }
    await use(app);
    await stopServer(running.child);
    // Each test's office (database, backups, papers) goes with it: kept, they filled a developer's
    // disk over a few hundred runs. A failed test's screenshot and trace are in test-results/.
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Signs the page in through the sign-in screen, as a person would. */
export async function signInOnPage(page: Page, name: string, secret = E2E_SECRET): Promise<void> {
  await page.getByRole('combobox', { name: '姓名' }).click();
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByLabel('密码').fill(secret);
  await page.getByRole('button', { name: '登录' }).click();
}

const answering = new WeakSet<Page>();

/** Answers every "签名确认" prompt (a signature asks for the secret again) with E2E_SECRET. */
export async function answerSecretPrompts(page: Page): Promise<void> {
  if (answering.has(page)) return;
  answering.add(page);
  await page.addLocatorHandler(page.getByRole('dialog', { name: '签名确认' }), async (dialog) => {
    await dialog.getByLabel('签名确认密码').fill(E2E_SECRET);
    await dialog.getByRole('button', { name: '确认签名' }).click();
    await expect(dialog).toBeHidden();
  });
}

/**
 * Opens a route of the app (hash routing), signed in through the screen as the person the test acts
 * as (app.actingName), and waits for the shell. A signature's "签名确认" prompt is answered with
 * E2E_SECRET whenever it appears.
 */
export async function open(page: Page, app: AppServer, route = '/'): Promise<void> {
  await answerSecretPrompts(page);
  await page.goto(`${app.url}#${route}`);
  const shell = page.getByRole('navigation', { name: '主导航' });
  const signIn = page.getByRole('button', { name: '登录', exact: true });
  await expect(shell.or(signIn)).toBeVisible();
  if (await shell.isVisible()) {
    const who = page.getByLabel('当前登录人员');
    if ((await who.textContent())?.replace('（管理员）', '') === app.actingName) return;
    await page.getByRole('button', { name: '退出登录' }).click();
  }
  await signInOnPage(page, app.actingName);
  await expect(shell).toBeVisible();
  if (!page.url().endsWith(`#${route}`)) await page.goto(`${app.url}#${route}`);
  await expect(shell).toBeVisible();
}

export { expect };
