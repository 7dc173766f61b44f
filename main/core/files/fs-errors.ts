import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError, isAppError } from '../../../shared/errors';

type Action = '写入' | '读取';

const REASONS: Record<string, string> = {
  EACCES: '没有权限',
  EPERM: '没有权限，或文件正被其他程序使用',
  EBUSY: '文件正被其他程序使用',
  ENOSPC: '磁盘空间不足',
  EROFS: '该磁盘只能读、不能写',
  ENOENT: '文件夹不存在（U 盘可能已拔出）',
  ENOTDIR: '这不是一个文件夹',
  EEXIST: '已有同名文件',
  EIO: '读写磁盘出错（U 盘可能已拔出或损坏）',
  ENAMETOOLONG: '路径太长',
};

/**
 * SQLite's own file errors (a backup is written through SQLite, a backup is opened by it), by
 * primary code: SQLITE_IOERR_WRITE counts as SQLITE_IOERR.
 */
const SQLITE_REASONS: Record<string, Partial<Record<Action, string>>> = {
  SQLITE_CANTOPEN: {
    写入: '该位置不可写（U 盘是否写保护或已拔出？）',
    读取: '无法打开该文件（没有权限，或 U 盘已拔出）',
  },
  SQLITE_READONLY: {
    写入: '该位置只能读、不能写（U 盘是否写保护？）',
    读取: '该位置只能读、不能写（U 盘是否写保护？）',
  },
  SQLITE_FULL: { 写入: '磁盘已满', 读取: '磁盘已满' },
  SQLITE_IOERR: { 写入: '读写磁盘出错（U 盘可能已拔出或损坏）', 读取: '读写磁盘出错（U 盘可能已拔出或损坏）' },
  SQLITE_PERM: { 写入: '没有权限', 读取: '没有权限' },
  // Only when reading: a write that meets a damaged file was let down by its source, not its target.
  SQLITE_CORRUPT: { 读取: '文件已损坏或不完整' },
  SQLITE_NOTADB: { 读取: '这不是数据库文件' },
};

/** SQLITE_IOERR_WRITE → SQLITE_IOERR; anything else unchanged. */
function primaryCode(code: string): string {
  return code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/**
 * For EEXIST/ENOTDIR: the file standing where a folder should be (documents/2026 made a file),
 * found by walking up from the path the error names; undefined if there is none.
 */
function blockingFile(path: string): string | undefined {
  for (let current = path; ; current = dirname(current)) {
    const directory = isDirectory(current);
    if (directory !== undefined) return directory ? undefined : current;
    if (dirname(current) === current) return undefined;
  }
}

/** Why a file operation failed, in Chinese; undefined for anything that is not a file-system failure. */
export function fileErrorReason(error: unknown, action: Action = '写入', where?: string): string | undefined {
  const errno = (error as { code?: unknown } | null)?.code;
  if (typeof errno !== 'string') return undefined;
  if (errno === 'EEXIST' || errno === 'ENOTDIR') {
    const path = (error as { path?: unknown }).path;
    const syscall = (error as { syscall?: unknown }).syscall;
    const blocker =
      typeof path === 'string'
        ? blockingFile(resolve(errno === 'EEXIST' && syscall !== 'mkdir' ? dirname(path) : path))
        : undefined;
    if (blocker !== undefined)
      return where !== undefined && blocker === resolve(where)
        ? '同名文件挡住了文件夹'
        : `同名文件“${blocker}”挡住了文件夹`;
  }
  if (errno in REASONS) return REASONS[errno];
  return SQLITE_REASONS[primaryCode(errno)]?.[action];
}

/**
 * A file-system failure as one Chinese sentence naming the place, so a full USB stick or a
 * read-only folder is a message the user can act on, not "internal error". Covers the OS's errno
 * codes and SQLite's file errors (SQLITE_CANTOPEN, SQLITE_FULL, …). Our own errors pass; so does
 * anything else (a bug stays a bug). `what` names the place ("文书文件夹").
 */
export function asFileError(error: unknown, code: string, where: string, action: Action = '写入', what = ''): unknown {
  if (isAppError(error)) return error;
  const reason = fileErrorReason(error, action, where);
  if (reason === undefined) return error;
  return new AppError(code, `无法${action}${what}“${where}”：${reason}。`);
}
