// Crash safety (issue #6.2): a writer process is killed with SIGKILL at random moments, again and
// again on the same data folder, and after every kill the data is opened as the app would:
// the database passes integrity_check, and everything the writer reported as committed is there.
// Files are never recorded unless whole, and a backup is never there under its name unless whole.
// Reproduce a failure with FASHEN_CRASH_SEED=<seed printed in the message>.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditChain } from '../../main/core/audit/log';
import { isTempFile } from '../../main/core/files/atomic';
import { listFiles, sweepOrphanFiles } from '../../main/core/files/sweep';
import { blobStoreFor, readMeta } from '../../main/core/data/backup-format';
import { manifestCheck } from '../../main/core/data/backup-verify';
import { openDatabase } from '../../main/db/open';
import { bundleForNode } from '../../build/scripts/build-cli.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SEED = Number(process.env['FASHEN_CRASH_SEED'] ?? Date.now() % 1_000_000);
const SCALE = Number(process.env['FASHEN_CRASH_RUNS'] ?? 1);

/**
 * The writer, bundled to JavaScript once for the run as the CLI is: some thirty writers are started,
 * and compiling TypeScript at each start took more of the test's time than the kills. The bundle
 * sits under dist/ in the checkout, where it finds package.json, templates and node_modules.
 */
const WRITER_DIR = join(ROOT, 'dist', 'test-crash-writer', `${process.pid}-${Date.now().toString(36)}`);
const WRITER = join(WRITER_DIR, 'writer.mjs');
beforeAll(() => bundleForNode(ROOT, { writer: join(ROOT, 'tests', 'crash', 'writer.ts') }, WRITER_DIR));
afterAll(() => rmSync(WRITER_DIR, { recursive: true, force: true }));

/** mulberry32: a small seeded generator, so a failing sequence of kill times can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * When to kill, in the writer's own progress rather than in milliseconds (a loaded 2-core machine
 * once made every backup outlast a fixed kill window): after `afterLines` completed units, at
 * `fraction` of the time the last unit took, i.e. in the middle of the next one however slow.
 */
interface KillPlan {
  readonly afterLines: number;
  readonly fraction: number;
}

/** Starts the writer, SIGKILLs it as the plan says, returns the lines it completed. */
function runAndKill(mode: string, folder: string, first: number, plan: KillPlan): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WRITER, mode, folder, String(first)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    let armed = false;
    let seen = 0;
    let lastAt = 0;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    // Only a writer that hangs is stopped by the clock: the test then fails on too few lines.
    const guard = setTimeout(kill, 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const complete = out.split('\n').slice(0, -1);
      while (seen < complete.length && !armed) {
        const line = complete[seen];
        seen += 1;
        const now = performance.now();
        const interval = now - lastAt;
        lastAt = now;
        if (line === 'ready') continue;
        if (complete.filter((l) => l !== 'ready').length >= plan.afterLines) {
          armed = true;
          setTimeout(kill, Math.round(plan.fraction * interval));
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (!killed || signal !== 'SIGKILL' || !out.includes('ready\n'))
        fail(new Error(`${mode} writer ended on its own (seed ${SEED}): ${err}`));
      // Only whole lines count: the last one may have been cut off by the kill.
      else
        done(
          out
            .split('\n')
            .slice(0, -1)
            .filter((line) => line !== 'ready'),
        );
    });
  });
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function checkCommands(folder: string, lines: string[], where: string): number {
  const db = openDatabase(join(folder, 'fashen.db'));
  try {
    expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
    expect(db.pragma('foreign_key_check'), where).toEqual([]);
    expect(verifyAuditChain(db).ok, where).toBe(true);
    db.prepare("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')").run();
    // Each command is whole or absent: no case without its handler, no record without its audit entry.
    expect(
      db.prepare('SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_handlers)').pluck().all(),
      where,
    ).toEqual([]);
    const unaudited = `SELECT id FROM %t WHERE CAST(id AS TEXT) NOT IN (SELECT entity_id FROM audit_log WHERE entity = '%e')`;
    for (const [table, entity] of [
      ['staff', 'staff'],
      ['organizations', 'organization'],
      ['cases', 'case'],
    ]) {
      expect(
        db
          .prepare(unaudited.replace('%t', table ?? '').replace('%e', entity ?? ''))
          .pluck()
          .all(),
        `${where}: ${table} without audit`,
      ).toEqual([]);
    }
    const lookups: Record<string, string> = {
      staff: 'SELECT name FROM staff WHERE id = ?',
      org: 'SELECT name FROM organizations WHERE id = ?',
      case: 'SELECT case_number FROM cases WHERE id = ?',
    };
    for (const line of lines) {
      const [kind, id, value] = line.split(' ');
      expect(
        db
          .prepare(lookups[kind ?? ''] ?? '')
          .pluck()
          .get(Number(id)),
        `${where}: reported "${line}"`,
      ).toBe(value);
    }
    return 0;
  } finally {
    db.close();
  }
}

/** Returns how many unfinished or unrecorded files the kill left (what the sweep had to clean). */
function checkFiles(folder: string, lines: string[], where: string): number {
  const db = new Database(join(folder, 'files.db'));
  const rows = db.prepare('SELECT * FROM issued').all() as Array<{
    n: number;
    docx: string;
    pdf: string;
    docx_sha256: string;
    pdf_sha256: string;
  }>;
  expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
  db.close();
  // Before any recovery: no record points at a missing or half-written file.
  for (const row of rows) {
    for (const [path, hash] of [
      [row.docx, row.docx_sha256],
      [row.pdf, row.pdf_sha256],
    ] as const) {
      expect(existsSync(join(folder, path)), `${where}: ${path} recorded but missing`).toBe(true);
      expect(sha256(readFileSync(join(folder, path))), `${where}: ${path} recorded but not whole`).toBe(hash);
    }
  }
  const recorded = new Set(rows.flatMap((row) => [row.docx, row.pdf]));
  for (const line of lines)
    expect(recorded.has(`documents/${line.split(' ')[1]}.pdf`), `${where}: reported "${line}"`).toBe(true);
  // After the start-up sweep: nothing unfinished and nothing unrecorded is left among the documents.
  const swept = sweepOrphanFiles(join(folder, 'documents'), {
    isRecorded: (path) => recorded.has(`documents/${path}`),
    quarantineDir: join(folder, 'orphaned-files'),
  });
  expect(
    listFiles(folder, join(folder, 'documents'))
      .map((path) => path.replace(/\\/g, '/'))
      .sort(),
    where,
  ).toEqual([...recorded].sort());
  return swept.removedTemps.length + swept.quarantined.length;
}

function checkBackups(folder: string, lines: string[], where: string): number {
  const dir = join(folder, 'backups');
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.db') && !isTempFile(name)) : [];
  for (const line of lines) expect(names, `${where}: reported "${line}"`).toContain(line.split(/[/\\]/).at(-1));
  // Every backup under its name is whole and verifies, whenever the kill came.
  for (const name of names) {
    const db = new Database(join(dir, name), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true }), `${where}: ${name}`).toBe('ok');
      expect(readMeta(db), `${where}: ${name}`).toBeDefined();
      expect(
        manifestCheck(blobStoreFor(join(dir, name))).run({ db, readFile: () => undefined }).ok,
        `${where}: ${name}`,
      ).toBe(true);
    } finally {
      db.close();
    }
  }
  const swept = sweepOrphanFiles(dir);
  expect(listFiles(dir).filter(isTempFile), where).toEqual([]);
  return swept.removedTemps.length;
}

type Check = (folder: string, lines: string[], where: string) => number;

/** Kills the writer `runs` times on one folder, each after 1..maxLines units; returns lines reported and leftovers cleaned. */
async function chain(
  mode: string,
  runs: number,
  maxLines: number,
  check: Check,
): Promise<{ reported: number; leftovers: number }> {
  const next = random(SEED + mode.length);
  const folder = mkdtempSync(join(tmpdir(), `fashen-crash-${mode}-`));
  const total = { reported: 0, leftovers: 0 };
  try {
    for (let run = 0; run < runs; run++) {
      const plan = { afterLines: 1 + Math.floor(next() * maxLines), fraction: 0.1 + next() * 0.8 };
      const lines = await runAndKill(mode, folder, run * 100_000 + 1, plan);
      const where = `${mode} run ${run + 1}, killed ${Math.round(plan.fraction * 100)}% into unit ${plan.afterLines + 1} (seed ${SEED})`;
      total.leftovers += check(folder, lines, where);
      total.reported += lines.length;
    }
    return total;
  } finally {
    // 1–2.5 GB a chain (the files writer writes until it is killed): kept, a few runs filled the disk.
    // A failure names its seed (FASHEN_CRASH_SEED replays it) to look again.
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('crash safety under SIGKILL', () => {
  it.skipIf(process.platform === 'win32')(
    'after every kill the data opens whole and holds everything reported as committed',
    async () => {
      const [commands, files, backups] = await Promise.all([
        chain('db', 10 * SCALE, 5, checkCommands),
        chain('files', 12 * SCALE, 5, checkFiles),
        chain('backup', 8 * SCALE, 1, checkBackups),
      ]);
      // The kills really landed in the middle of work: commands and files were being committed,
      // and at least one backup was cut off half-way (its temp file had to be swept away).
      expect(commands.reported).toBeGreaterThan(10 * SCALE);
      expect(files.reported).toBeGreaterThan(0);
      expect(backups.reported).toBeGreaterThan(0);
      expect(backups.leftovers).toBeGreaterThan(0);
    },
    // A guard against a hung writer only: on a loaded machine every spawn takes seconds.
    900_000,
  );
});
