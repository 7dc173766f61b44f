import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createZip } from './zip';
import { readZip } from './testing/zip-reader';

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

describe('createZip', () => {
  const when = new Date(2025, 5, 1, 9, 30, 12);
  const entries = [
    { name: 'diagnostics.txt', data: Buffer.from('\uFEFF法审工作台 诊断信息\r\n', 'utf8'), modified: when },
    { name: 'logs/main.log', data: Buffer.from('x'.repeat(100_000)), modified: when },
    { name: 'empty.txt', data: Buffer.alloc(0), modified: when },
  ];

  it('round-trips names, bytes and times through a reader', () => {
    const read = readZip(createZip(entries));
    expect(read.map((entry) => entry.name)).toEqual(['diagnostics.txt', 'logs/main.log', 'empty.txt']);
    for (const [index, entry] of read.entries()) {
      expect(entry.data.equals(entries[index]?.data ?? Buffer.alloc(1))).toBe(true);
      expect(entry.modified).toEqual(when);
    }
  });

  it('compresses', () => {
    expect(createZip(entries).length).toBeLessThan(5_000);
  });

  it('refuses names that would escape the folder it is unpacked into', () => {
    for (const name of ['../x', '/etc/passwd', 'a\\b', '']) {
      expect(() => createZip([{ name, data: Buffer.alloc(1), modified: when }])).toThrow(/bad zip entry name/);
    }
  });

  it.skipIf(!hasUnzip)('is accepted by Info-ZIP unzip', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fashen-zip-')), 'test.zip');
    writeFileSync(file, createZip(entries));
    const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(result.stdout).toContain('No errors detected');
    expect(result.status).toBe(0);
  });
});
