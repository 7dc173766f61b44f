import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from './check';
import { DEMO_SECRET, demoCommand } from './demo';
import { openBackend } from '../api/backend';
import { openDatabase } from '../db/open';

function readDemo<T>(dataDir: string, read: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(join(dataDir, 'fashen.db'));
  try {
    return read(db);
  } finally {
    db.close();
  }
}
const readHashes = (dataDir: string) =>
  readDemo(dataDir, (db) => db.prepare('SELECT secret_hash FROM staff_access').pluck().all() as string[]);
const headId = (dataDir: string) =>
  readDemo(dataDir, (db) => db.prepare("SELECT id FROM staff WHERE name = '王建国'").pluck().get() as number);

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      readStdin: () => Promise.resolve(''),
      stdout: (text: string) => void (out.stdout += text),
      stderr: (text: string) => void (out.stderr += text),
    },
  };
}

describe('fashen demo', () => {
  it('leaves a data folder that passes every check, the audit anchor included', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'fashen-demo-')), 'data');
    const demo = io();
    expect(await demoCommand(['--data-dir', dataDir], demo.io), demo.out.stderr).toBe(0);
    const check = io();
    expect(await checkCommand(['--data-dir', dataDir], check.io), check.out.stdout + check.out.stderr).toBe(0);

    // The demo's secret is printed for everyone, so its hashes are cheap — and still checked:
    // the demo head signs in with it and not with anything else.
    const backend = openBackend({ dataDir });
    try {
      const hashes = readHashes(dataDir);
      expect(hashes.length).toBeGreaterThan(0);
      for (const hash of hashes) expect(hash).toMatch(/^scrypt\$256\$8\$1\$/);
      const staffId = headId(dataDir);
      expect((await backend.client.dispatch('session.signIn', { staffId, secret: DEMO_SECRET })).ok).toBe(true);
      expect((await backend.client.dispatch('session.signIn', { staffId, secret: 'fashen-demo2' })).ok).toBe(false);
    } finally {
      backend.close();
    }
  });
});
