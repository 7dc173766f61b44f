import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { sha256, TEMP_SUFFIX, writeFileAtomic } from './atomic';
import { resolveInside, writeFilesThenRecord } from './record';
import { listFiles, sweepOrphanFiles } from './sweep';

function setup(): { db: Db; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'fashen-files-'));
  const db = openDatabase(':memory:', { migrate: false });
  db.exec('CREATE TABLE files (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL) STRICT');
  return { db, root };
}

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temp file', () => {
    const { root } = setup();
    const path = join(root, 'a', 'b.txt');
    writeFileAtomic(path, bytes('一'));
    writeFileAtomic(path, bytes('二'));
    expect(readFileSync(path, 'utf8')).toBe('二');
    expect(readdirSync(join(root, 'a'))).toEqual(['b.txt']);
  });
});

describe('writeFilesThenRecord', () => {
  it('writes every file, then records them with their hashes in one transaction', () => {
    const { db, root } = setup();
    const result = writeFilesThenRecord(
      db,
      root,
      [
        { path: 'documents/2025/1.docx', bytes: bytes('docx') },
        { path: 'documents/2025/1.pdf', bytes: bytes('pdf') },
      ],
      (written) => {
        for (const file of written) db.prepare('INSERT INTO files VALUES (?, ?)').run(file.path, file.sha256);
        return written.length;
      },
    );
    expect(result).toBe(2);
    expect(db.prepare('SELECT * FROM files ORDER BY path').all()).toEqual([
      { path: 'documents/2025/1.docx', sha256: sha256(bytes('docx')) },
      { path: 'documents/2025/1.pdf', sha256: sha256(bytes('pdf')) },
    ]);
    expect(readFileSync(join(root, 'documents/2025/1.pdf'), 'utf8')).toBe('pdf');
  });

  it('removes the files again when recording fails, and records nothing', () => {
    const { db, root } = setup();
    expect(() =>
      writeFilesThenRecord(
        db,
        root,
        [
          { path: 'd/1.pdf', bytes: bytes('x') },
          { path: 'd/2.pdf', bytes: bytes('y') },
        ],
        (written) => {
          db.prepare('INSERT INTO files VALUES (?, ?)').run(written[0]?.path, written[0]?.sha256);
          throw new AppError('NOPE', '记录失败');
        },
      ),
    ).toThrow('记录失败');
    expect(db.prepare('SELECT COUNT(*) AS n FROM files').get()).toEqual({ n: 0 });
    expect(listFiles(root)).toEqual([]);
  });

  it('never overwrites an existing file and writes nothing then', () => {
    const { db, root } = setup();
    mkdirSync(join(root, 'd'));
    writeFileSync(join(root, 'd', '1.pdf'), 'issued');
    expect(() =>
      writeFilesThenRecord(
        db,
        root,
        [
          { path: 'd/0.pdf', bytes: bytes('new') },
          { path: 'd/1.pdf', bytes: bytes('new') },
        ],
        () => 0,
      ),
    ).toThrow(/已存在/);
    expect(readFileSync(join(root, 'd', '1.pdf'), 'utf8')).toBe('issued');
    expect(existsSync(join(root, 'd', '0.pdf'))).toBe(false);
  });

  it.each(['../outside.pdf', 'a/../../outside.pdf', '/etc/passwd', 'C:\\Windows\\x', '..\\x', '', '.'])(
    'refuses a path that leaves the folder: %j',
    (path) => {
      const { db, root } = setup();
      expect(() => writeFilesThenRecord(db, root, [{ path, bytes: bytes('x') }], () => 0)).toThrow(
        expect.objectContaining({ code: 'UNSAFE_PATH' }),
      );
      expect(() => resolveInside(root, path)).toThrow(/不在数据文件夹内/);
    },
  );
});

describe('sweepOrphanFiles', () => {
  it('removes temp files and moves aside finished files nothing records', () => {
    const { root } = setup();
    const docs = join(root, 'documents');
    mkdirSync(join(docs, '2025'), { recursive: true });
    writeFileSync(join(docs, '2025', 'kept.pdf'), 'kept');
    writeFileSync(join(docs, '2025', 'orphan.pdf'), 'orphan');
    writeFileSync(join(docs, '2025', `.half.pdf.1234${TEMP_SUFFIX}`), 'hal');
    const quarantineDir = join(root, 'orphaned');
    const result = sweepOrphanFiles(docs, { isRecorded: (path) => path === '2025/kept.pdf', quarantineDir });
    expect(result).toEqual({ removedTemps: [`2025/.half.pdf.1234${TEMP_SUFFIX}`], quarantined: ['2025/orphan.pdf'] });
    expect(listFiles(docs)).toEqual([join('2025', 'kept.pdf')]);
    expect(readFileSync(join(quarantineDir, '2025', 'orphan.pdf'), 'utf8')).toBe('orphan');
  });

  it('without a record lookup removes only temp files, and a missing folder is fine', () => {
    const { root } = setup();
    writeFileSync(join(root, 'a.pdf'), 'a');
    writeFileSync(join(root, `b${TEMP_SUFFIX}`), 'b');
    expect(sweepOrphanFiles(root)).toEqual({ removedTemps: [`b${TEMP_SUFFIX}`], quarantined: [] });
    expect(sweepOrphanFiles(join(root, 'missing'))).toEqual({ removedTemps: [], quarantined: [] });
  });
});
