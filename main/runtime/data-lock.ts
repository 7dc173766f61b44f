// One program at a time on a data folder. Two (the desktop app and a browser-mode `serve`, or two
// `serve`s) would each run the start-up recovery, which voids documents that are still being issued
// by the other; a restore under a running app would swap its database away. SQLite itself copes
// with two connections; what it cannot know is that recovery assumes it is alone.

import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
  /**
   * When the holder started, as the OS counts it (Linux: field 22 of /proc/<pid>/stat, clock ticks
   * since boot). A lock whose pid is running but started at another time belongs to a process that
   * merely reused the number after ours died: it is stale. Absent where the OS does not say.
   */
  started?: string;
}

/** The OS's start time of a process, where it can be read cheaply (Linux /proc); undefined elsewhere. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const started = fields[19];
    return started && /^\d+$/.test(started) ? started : undefined;
  } catch {
    return undefined;
  }
}

/** The lock's holder is this very program still running (not a later process that got its pid). */
function holderAlive(holder: LockOwner): boolean {
  if (!isRunning(holder.pid)) return false;
  if (typeof holder.started !== 'string') return true;
  const now = processStartTime(holder.pid);
  return now === undefined || now === holder.started;
}

/**
 * A lock path that is not a plain file (a folder someone made, a link): never removed by us, since
 * it may hold something; the message says what to do instead of "rm returned EISDIR".
 */
function refuseStrangeLock(path: string, dataDir: string): void {
  let kind: string | undefined;
  try {
    const stat = lstatSync(path);
    if (stat.isFile()) return;
    kind = stat.isDirectory() ? '文件夹' : stat.isSymbolicLink() ? '链接' : '特殊文件';
  } catch {
    return;
  }
  throw new AppError(
    'DATA_FOLDER_LOCK_INVALID',
    `数据文件夹 ${dataDir} 中的 ${LOCK_FILE} 是一个${kind}，不是本程序的锁文件，无法判断数据文件夹是否正被使用：请确认没有其他法审工作台程序在运行后，把它移走或删除，再重试。`,
  );
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
  // Owner-only (0700); openDatabase tightens a folder made looser before (db/private-files.ts).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE);
  const started = processStartTime(pid);
  const owner: LockOwner = {
    pid,
    host: hostname(),
    purpose,
    since: new Date().toISOString(),
    ...(started === undefined ? {} : { started }),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    refuseStrangeLock(path, dataDir);
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
    const stale = holder === undefined || (holder.host === owner.host && !holderAlive(holder));
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
