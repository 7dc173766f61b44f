import { AppError, isAppError } from '../errors';

const REASONS: Record<string, string> = {
  EACCES: '没有权限',
  EPERM: '没有权限，或文件正被其他程序使用',
  EBUSY: '文件正被其他程序使用',
  ENOSPC: '磁盘空间不足',
  EROFS: '该磁盘只能读、不能写',
  ENOENT: '文件夹不存在（U 盘可能已拔出）',
  ENOTDIR: '这不是一个文件夹',
  EIO: '读写磁盘出错（U 盘可能已拔出或损坏）',
  ENAMETOOLONG: '路径太长',
};

/**
 * A file-system failure as one Chinese sentence naming the place, so a full USB stick or a
 * read-only folder is a message the user can act on, not "internal error". Our own errors pass.
 */
export function asFileError(error: unknown, code: string, where: string, action: '写入' | '读取' = '写入'): unknown {
  if (isAppError(error)) return error;
  const errno = (error as { code?: unknown } | null)?.code;
  if (typeof errno !== 'string' || !(errno in REASONS)) return error;
  return new AppError(code, `无法${action}“${where}”：${REASONS[errno] ?? errno}。`);
}
