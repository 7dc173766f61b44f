import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from './check';
import { demoCommand } from './demo';

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
  }, 120_000);
});
