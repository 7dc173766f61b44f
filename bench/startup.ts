// Start-up figures, each beside its reference (issue #18 "Fast from the first keystroke"): whole
// processes, timed from spawn to exit (or to the first answer), as a user or a script sees them.
// Figures only; nothing asserts. Children run one at a time; the median of a few runs is printed.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasCommand } from '../main/core/documents/testing/tools';

const FASHEN = 'bin/fashen.mjs';
const TIME = '/usr/bin/time';

interface Run {
  ms: number;
  /** Peak resident memory of the child in MB, where /usr/bin/time is installed. */
  rssMb: number | undefined;
  /**
   * The child's CPU time (user + system) in ms, where /usr/bin/time is installed: on a machine busy
   * with other work the wall-clock time mostly measures the others, this what the command costs.
   */
  cpuMs?: number | undefined;
}

/** Runs a command to its end; throws if it fails. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Run {
  const timed = existsSync(TIME);
  const started = performance.now();
  const result = timed
    ? spawnSync(TIME, ['-f', '__RSS_KB %M %U %S', command, ...args], { env, encoding: 'utf8' })
    : spawnSync(command, args, { env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  const rss = /__RSS_KB (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return {
    ms,
    rssMb: rss ? Number(rss[1]) / 1024 : undefined,
    cpuMs: rss ? (Number(rss[2]) + Number(rss[3])) * 1000 : undefined,
  };
}

function median(runs: readonly Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)] as Run;
}

function times(n: number, fn: () => Run): Run {
  return median(Array.from({ length: n }, fn));
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(6)} ms`;
}

function mb(run: Run): string {
  const cpu = run.cpuMs === undefined ? '' : `   cpu ${run.cpuMs.toFixed(0).padStart(5)} ms`;
  return run.rssMb === undefined ? cpu : `${cpu}   peak RSS ${run.rssMb.toFixed(0)} MB`;
}

function line(label: string, figure: Run, reference: string): void {
  console.log(`${label.padEnd(44)} ${ms(figure.ms)}${mb(figure)}   ${reference}`);
}

/** From spawning `fashen serve` to the page's HTML fully received. */
async function serveFirstPage(dataDir: string): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [FASHEN, 'serve', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (match) resolve(match[0]);
      });
      child.once('exit', () => reject(new Error(`serve exited: ${out}`)));
    });
    const response = await fetch(url);
    await response.text();
    if (!response.ok) throw new Error(`serve answered ${response.status}`);
    return { ms: performance.now() - started, rssMb: undefined };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/** The desktop main process from spawn until it asks its window to load the renderer, Electron mocked. */
function desktopMainReady(dataDir: string): Run {
  const env = { ...process.env, FASHEN_BENCH_T0: String(Date.now()) };
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['-r', './bench/fake-electron-runtime.cjs', 'dist/main/main.cjs', '--data-dir', dataDir],
    { env, encoding: 'utf8' },
  );
  const ms = performance.now() - started;
  if (!/__FASHEN_MAIN_READY/.test(result.stdout)) throw new Error(`desktop main did not start:\n${result.stderr}`);
  return { ms, rssMb: undefined };
}

/** The JS and CSS the renderer's index.html loads before anything else, gzipped. */
function rendererInitialSize(): { js: number; css: number; files: number } | undefined {
  const dir = join('dist', 'renderer');
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return undefined;
  const html = readFileSync(index, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  let js = 0;
  let css = 0;
  for (const ref of new Set(refs)) {
    const size = gzipSync(readFileSync(join(dir, ref))).length;
    if (ref.endsWith('.js')) js += size;
    else css += size;
  }
  return { js, css, files: new Set(refs).size };
}

export async function benchStartup(): Promise<void> {
  const [load] = loadavg();
  console.log(
    `\n== Start-up (whole processes; load average ${load?.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`,
  );
  const node = times(7, () => run(process.execPath, ['-e', '0']));
  line('node -e 0 (the reference)', node, '');

  // First use after a source change rebuilds the CLI bundle; later runs start from it.
  const stale = join('dist', 'cli', 'current.json');
  rmSync(stale, { force: true });
  line('fashen --help, first run (builds the bundle)', run(process.execPath, [FASHEN, '--help']), '(once per change)');
  const help = times(7, () => run(process.execPath, [FASHEN, '--help']));
  line('fashen --help', help, `${(help.ms / node.ms).toFixed(1)}× node -e 0 (target ≤ 3×; was 1.8 s ≈ 18×)`);
  const tsxHelp = times(3, () => run(process.execPath, [FASHEN, '--help'], { ...process.env, FASHEN_CLI_TSX: '1' }));
  line('fashen --help through tsx (before)', tsxHelp, `${(tsxHelp.ms / node.ms).toFixed(1)}× node -e 0`);

  const dataDir = mkdtempSync(join(tmpdir(), 'fashen-bench-start-'));
  const demo = run(process.execPath, [FASHEN, 'demo', '--data-dir', join(dataDir, 'demo')]);
  line('fashen demo', demo, 'target ≤ 3 s on an idle machine (was ≈ 20 s)');
  line('fashen check (after demo)', run(process.execPath, [FASHEN, 'check', '--data-dir', join(dataDir, 'demo')]), '');

  if (existsSync(join('dist', 'renderer', 'index.html'))) {
    const runs: Run[] = [];
    for (let i = 0; i < 3; i++) runs.push(await serveFirstPage(join(dataDir, `serve-${i}`)));
    const serve = median(runs);
    line(
      'fashen serve → page answered',
      serve,
      `${(serve.ms / node.ms).toFixed(1)}× node -e 0 (target ≤ 6×; was 1.5–2.2 s)`,
    );
  } else {
    console.log('fashen serve: skipped (renderer not built: npm run build:renderer)');
  }

  const pdf = join(dataDir, 'opinion.pdf');
  const render = times(3, () =>
    run(process.execPath, [FASHEN, 'render', 'review-opinion', '--data', 'sample', '--format', 'pdf', '--out', pdf]),
  );
  const docx = join(dataDir, 'opinion.docx');
  run(process.execPath, [FASHEN, 'render', 'review-opinion', '--data', 'sample', '--format', 'docx', '--out', docx]);
  if (hasCommand('soffice')) {
    let n = 0;
    const office = times(3, () => {
      const profile = join(dataDir, `lo-${(n += 1)}`);
      return run('soffice', [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dataDir, 'lo-out'),
        docx,
      ]);
    });
    line('LibreOffice DOCX → PDF (the reference)', office, 'fresh profile each run');
    line(
      'fashen render review-opinion --format pdf',
      render,
      `${(office.ms / render.ms).toFixed(1)}× faster than LibreOffice (target ≥ 4×), ` +
        `${office.rssMb && render.rssMb ? `${(render.rssMb / office.rssMb).toFixed(2)}× its peak memory (target < 1)` : ''}`,
    );
  } else {
    line(
      'fashen render review-opinion --format pdf',
      render,
      'LibreOffice not installed: no comparison (was 3.6 s vs 1.3 s)',
    );
  }
  console.log(`  (${statSync(pdf).size.toLocaleString()} bytes of PDF)`);

  if (existsSync(join('dist', 'main', 'main.cjs'))) {
    const desktop = times(3, () => desktopMainReady(join(dataDir, `desktop-${Math.random().toString(36).slice(2)}`)));
    line(
      'desktop main process ready (Electron mocked)',
      desktop,
      `${(desktop.ms / node.ms).toFixed(1)}× node -e 0; the window then paints the renderer`,
    );
  } else {
    console.log('desktop start: skipped (no dist/main/main.cjs: npm run build:main)');
  }
  const size = rendererInitialSize();
  if (size)
    console.log(
      `${'renderer initial JS, gzip'.padEnd(44)} ${(size.js / 1024).toFixed(0).padStart(6)} kB   (+ CSS ${(size.css / 1024).toFixed(0)} kB, ${size.files} files)   budget 400 kB`,
    );
}
