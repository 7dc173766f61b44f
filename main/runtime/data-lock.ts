// One program at a time on a data folder. Two (the desktop app and a browser-mode `serve`, or two
// `serve`s) would each run the start-up recovery, which voids documents that are still being issued
// by the other; a restore under a running app would swap its database away. SQLite itself copes
// with two connections; what it cannot know is that recovery assumes it is alone.

import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { ensurePrivateDir } from './private-files';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

export const LOCK_FILE = 'fashen.lock';

export interface DataLock {
  /** Gives the folder back; safe to call twice. */
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
  purpose: string;
  since: string;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process of this computer is still running (EPERM: it is, but belongs to someone else). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the data folder for this process, or refuses in Chinese naming who has it. A lock left by
 * a program that is no longer running on this computer (a crash, a power cut) is taken over; one
 * held from another computer (a folder on a network share) cannot be checked, so the message says
 * how to clear it once that program is closed.
 */
export function lockDataFolder(dataDir: string, purpose: string, pid: number = process.pid): DataLock {
  ensurePrivateDir(dataDir);
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid, host: hostname(), purpose, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, owner)) {
      let held = true;
      return {
        release() {
          if (!held) return;
          held = false;
          const current = readOwner(path);
          if (current?.pid === owner.pid && current.host === owner.host) rmSync(path, { force: true });
        },
      };
    }
    const holder = readOwner(path);
    const stale = holder === undefined || (holder.host === owner.host && !isRunning(holder.pid));
    if (!stale) {
      const where = holder.host === owner.host ? `本机进程 ${holder.pid}` : `计算机“${holder.host}”`;
      throw new AppError(
        'DATA_FOLDER_IN_USE',
        `数据文件夹 ${dataDir} 正被另一个法审工作台程序使用（${where}，${holder.purpose}）。同一数据文件夹同时只能由一个程序打开：请先关闭那个程序${holder.host === owner.host ? '' : `；如确认它已关闭，可删除该文件夹中的 ${LOCK_FILE} 后重试`}。`,
      );
    }
    rmSync(path, { force: true });
  }
  throw new AppError('DATA_FOLDER_IN_USE', `无法取得数据文件夹 ${dataDir} 的使用权，请重试。`);
}
