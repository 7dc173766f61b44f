import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneFolder, recordFile, SUBSET_VERSION, writeRecord } from './font-subset-store';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function age(path: string, hours: number): void {
  const when = new Date(Date.now() - hours * 60 * 60 * 1000);
  utimesSync(path, when, when);
}

describe('the folder of cut copies', () => {
  it('keeps the 16 newest records and their copies, and drops leftovers over an hour old', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fashen-subset-store-'));
    dirs.push(dir);
    for (let i = 0; i < 18; i += 1) {
      const key = `key${String(i).padStart(2, '0')}`;
      writeFileSync(join(dir, `${key}-made.otf`), 'copy');
      writeRecord(recordFile(dir, key), {
        version: SUBSET_VERSION,
        postscriptName: null,
        extra: '',
        file: `${key}-made.otf`,
      });
      // key00 is the newest record, key17 the oldest; every copy is old.
      age(recordFile(dir, key), 2 + i);
      age(join(dir, `${key}-made.otf`), 48);
    }
    writeFileSync(join(dir, 'orphan-old.otf'), 'left by a killed build');
    age(join(dir, 'orphan-old.otf'), 3);
    writeFileSync(join(dir, 'orphan-new.otf'), 'being named by another process right now');
    writeFileSync(join(dir, 'half.json.123.tmp'), '{');
    age(join(dir, 'half.json.123.tmp'), 3);
    writeFileSync(join(dir, '.key00.json.ab12cd34.fashen-tmp'), '{');
    age(join(dir, '.key00.json.ab12cd34.fashen-tmp'), 3);

    pruneFolder(dir);

    const left = readdirSync(dir);
    expect(left.filter((name) => name.endsWith('.json'))).toHaveLength(16);
    expect(existsSync(recordFile(dir, 'key16'))).toBe(false);
    expect(existsSync(recordFile(dir, 'key17'))).toBe(false);
    expect(existsSync(join(dir, 'key16-made.otf'))).toBe(false);
    expect(existsSync(join(dir, 'key15-made.otf'))).toBe(true);
    expect(left).not.toContain('orphan-old.otf');
    expect(left).toContain('orphan-new.otf');
    expect(left).not.toContain('half.json.123.tmp');
    expect(left).not.toContain('.key00.json.ab12cd34.fashen-tmp');
  });

  it('never throws, whatever the folder', () => {
    expect(() => pruneFolder('/dev/null/subsets')).not.toThrow();
  });
});
