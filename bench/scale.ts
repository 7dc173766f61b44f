import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, DATABASE_FILE } from '../main/api/backend';
import { openDatabase } from '../main/db/open';
import { loadMigrations, migrate } from '../main/db/migrate';
import { generateAudit, generateCases, generateDocuments } from './generate';
import { row, timeMany } from './stats';
import { benchDailyBackup } from './backup';
import { benchRestore } from './restore';

const CASES = Number(process.env['BENCH_CASES'] ?? 100_000);
const AUDIT_ROWS = Number(process.env['BENCH_AUDIT'] ?? 300_000);
const DOCUMENTS = Number(process.env['BENCH_DOCUMENTS'] ?? 50_000);
const RUNS = 200;
/** Cases and audit rows are generated at this schema; the later migrations (search index…) are timed. */
const BASE_SCHEMA = 3;

async function firstPaint(dataDir: string): Promise<string> {
  if (!existsSync('/usr/bin/chromium')) return 'browser-mode first paint: skipped (no /usr/bin/chromium)';
  const { chromium } = await import('@playwright/test');
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/fashen.mjs', 'serve', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  const listening = performance.now() - started;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage();
  const navStart = performance.now();
  await page.goto(url);
  // The first screen a person sees: the sign-in screen (or the first-run one, or the shell when the
  // office has no sign-in yet), whichever this data folder opens on.
  await page
    .getByRole('navigation', { name: '主导航' })
    .or(page.getByRole('button', { name: /^(登录|设置管理员并登录)$/ }))
    .first()
    .waitFor();
  const shown = performance.now() - navStart;
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await browser.close();
  child.kill('SIGTERM');
  return `browser mode: server listening after ${listening.toFixed(0)} ms; page first contentful paint ${fcp.toFixed(0)} ms, first screen visible after ${shown.toFixed(0)} ms`;
}

export async function benchScale(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fashen-bench-'));
  const path = join(dataDir, DATABASE_FILE);
  console.log(
    `\n== Scale: ${CASES.toLocaleString()} cases, ${AUDIT_ROWS.toLocaleString()} audit rows, ${DOCUMENTS.toLocaleString()} documents (${dataDir})`,
  );
  const base = openDatabase(path, { migrate: false });
  migrate(
    base,
    loadMigrations().filter((m) => m.version <= BASE_SCHEMA),
  );
  let start = performance.now();
  generateCases(base, CASES);
  generateAudit(base, AUDIT_ROWS, CASES);
  console.log(`generated in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  base.close();

  start = performance.now();
  const migrated = openDatabase(path);
  console.log(
    `migrations ${BASE_SCHEMA + 1}…latest at this size (incl. building the search index): ${(performance.now() - start).toFixed(0)} ms`,
  );
  generateDocuments(migrated, DOCUMENTS, CASES);
  migrated.close();

  const backend = openBackend({ dataDir });
  // The benchmark acts as a trusted in-process actor (as `fashen export` does), not a person signing in.
  backend.client.session.actor = { staffId: null, name: '基准测试', admin: true, trusted: true };
  const call = async (method: string, input: unknown) => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  };
  console.log(row('case list, first page', await timeMany(RUNS, () => call('cases.list', {}))));
  console.log(row('case list, page 2000', await timeMany(RUNS, () => call('cases.list', { page: 2000 }))));
  console.log(row('case list, status filter', await timeMany(RUNS, () => call('cases.list', { status: 'in-review' }))));
  // Every search: p95 under 20 ms whatever its length and filters (issue #18): 1, 2, 3, 5, 9 and
  // 15 characters (names, case numbers, parties, facts), without and with a status filter, and
  // years (a year's case numbers, alone and with a status). Generated cases: every case holds
  // 青山镇 and 现场检查并责令改正; a year is 1/11 of them, a status 1/9.
  const SEARCH_TARGET_MS = 20;
  const lengths: Array<[string, string]> = [
    ['1 char, rare surname', '覃'],
    ['1 char, in every case', '青'],
    ['2 chars, party', '王某'],
    ['3 chars, party', '王某某'],
    ['3 chars, in every case', '青山镇'],
    ['5 chars, cause', '设置户外广'],
    ['5 chars, a year (2020〕)', '2020〕'],
    ['9 chars, case number', '综执罚〔2020〕1'],
    ['9 chars, in every case', '现场检查并责令改正'],
    ['15 chars, facts', '当事人于2020年3月在青山镇'],
    ['15 chars, one case number', '综执罚〔2018〕12345号'],
  ];
  const searches: Array<[string, Record<string, unknown>]> = [];
  for (const [label, query] of lengths) {
    searches.push([`search ${label} (${query})`, { query }]);
    searches.push([`  + status in review`, { query, status: 'in-review' }]);
  }
  searches.push(['search a year (〔2020〕)', { query: '〔2020〕' }]);
  searches.push(['  + status closed', { query: '〔2020〕', status: 'closed' }]);
  searches.push(['search rare (编号99999)', { query: '编号99999' }]);
  for (const [label, input] of searches)
    console.log(row(label, await timeMany(RUNS, () => call('cases.list', input)), SEARCH_TARGET_MS));
  let id = 0;
  console.log(
    row(
      'open a case (get + history)',
      await timeMany(RUNS, async () => {
        id = (id * 7919 + 1) % CASES || 1;
        await call('cases.get', { id });
        await call('cases.history', { id });
      }),
    ),
  );
  console.log(
    row(
      'a case’s documents',
      await timeMany(RUNS, async () => {
        id = (id * 7919 + 1) % CASES || 1;
        await call('documents.list', { caseId: id });
      }),
    ),
  );
  console.log(row('home page attention/deadlines', await timeMany(RUNS, () => call('home.attention', {}))));
  // While the app is open, as the automatic backup runs.
  await benchDailyBackup(dataDir, path);
  // Checking that day's backup before a restore, then restoring it, with the app open.
  await benchRestore(dataDir, backend);
  backend.close();
  console.log(await firstPaint(dataDir));
  // The 100,000-case office is gigabytes with its backups: kept, a few runs filled the disk.
  rmSync(dataDir, { recursive: true, force: true });
}
