import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { asFileError } from './fs-errors';

describe('asFileError', () => {
  it.each([
    ['ENOSPC', '无法写入“E:\\”：磁盘空间不足。'],
    ['EACCES', '无法写入“E:\\”：没有权限。'],
    ['EROFS', '无法写入“E:\\”：该磁盘只能读、不能写。'],
    ['EIO', '无法写入“E:\\”：读写磁盘出错（U 盘可能已拔出或损坏）。'],
  ])('%s becomes a Chinese sentence naming the place', (code, message) => {
    const error = asFileError(Object.assign(new Error(`${code}: raw`), { code }), 'BACKUP_WRITE_FAILED', 'E:\\');
    expect(error).toMatchObject({ code: 'BACKUP_WRITE_FAILED', message });
  });

  it('says reading when it was a read', () => {
    expect(
      asFileError(Object.assign(new Error('x'), { code: 'EACCES' }), 'C', '/media/usb/b.db', '读取'),
    ).toMatchObject({ message: '无法读取“/media/usb/b.db”：没有权限。' });
  });

  it('passes our own errors and unknown failures through unchanged', () => {
    const ours = new AppError('X', '已有说明');
    expect(asFileError(ours, 'Y', 'E:\\')).toBe(ours);
    const bug = new TypeError('bug');
    expect(asFileError(bug, 'Y', 'E:\\')).toBe(bug);
  });
});

describe('asFileError for SQLite’s file errors and blocked folders', () => {
  const sqlite = (code: string) => Object.assign(new Error('unable to open database file'), { code });

  it.each([
    ['SQLITE_CANTOPEN', '无法写入“/proc”：该位置不可写（U 盘是否写保护或已拔出？）。'],
    ['SQLITE_READONLY', '无法写入“/proc”：该位置只能读、不能写（U 盘是否写保护？）。'],
    ['SQLITE_FULL', '无法写入“/proc”：磁盘已满。'],
    ['SQLITE_IOERR_WRITE', '无法写入“/proc”：读写磁盘出错（U 盘可能已拔出或损坏）。'],
    ['SQLITE_PERM', '无法写入“/proc”：没有权限。'],
  ])('%s becomes a Chinese sentence', (code, message) => {
    expect(asFileError(sqlite(code), 'BACKUP_WRITE_FAILED', '/proc')).toMatchObject({
      code: 'BACKUP_WRITE_FAILED',
      message,
    });
  });

  it('a damaged file is a reading problem only, and other SQLite errors pass', () => {
    expect(asFileError(sqlite('SQLITE_CORRUPT'), 'C', '/b.db', '读取')).toMatchObject({
      message: '无法读取“/b.db”：文件已损坏或不完整。',
    });
    const corrupt = sqlite('SQLITE_CORRUPT');
    expect(asFileError(corrupt, 'C', '/out')).toBe(corrupt);
    const constraint = sqlite('SQLITE_CONSTRAINT_UNIQUE');
    expect(asFileError(constraint, 'C', '/out')).toBe(constraint);
  });

  it('names a file that stands where a folder should be', () => {
    const root = mkdtempSync(join(tmpdir(), 'fashen-fs-errors-'));
    const blocker = join(root, 'documents');
    writeFileSync(blocker, 'x');
    let caught: unknown;
    try {
      mkdirSync(join(blocker, '2026'), { recursive: true });
    } catch (error) {
      caught = error;
    }
    expect(asFileError(caught, 'C', join(root, 'documents', '2026'), '写入', '文书文件夹')).toMatchObject({
      message: `无法写入文书文件夹“${join(root, 'documents', '2026')}”：同名文件“${blocker}”挡住了文件夹。`,
    });
    try {
      mkdirSync(blocker, { recursive: true });
    } catch (error) {
      caught = error;
    }
    expect(asFileError(caught, 'C', blocker)).toMatchObject({
      message: `无法写入“${blocker}”：同名文件挡住了文件夹。`,
    });
  });
});
