import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
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
    expect(asFileError(Object.assign(new Error('x'), { code: 'EACCES' }), 'C', '/media/usb/b.db', '读取')).toMatchObject({ message: '无法读取“/media/usb/b.db”：没有权限。' });
  });

  it('passes our own errors and unknown failures through unchanged', () => {
    const ours = new AppError('X', '已有说明');
    expect(asFileError(ours, 'Y', 'E:\\')).toBe(ours);
    const bug = new TypeError('bug');
    expect(asFileError(bug, 'Y', 'E:\\')).toBe(bug);
  });
});
