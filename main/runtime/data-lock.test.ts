import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { LOCK_FILE, lockDataFolder, processStartTime, type DataLock } from './data-lock';

const held: DataLock[] = [];
afterEach(() => held.splice(0).forEach((lock) => lock.release()));

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-lock-'));
}

/** A process id that is certainly not running: a child that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
}

describe('one program per data folder', () => {
  it('refuses a second program while the first runs, naming it, and gives the folder back on release', () => {
    const dir = folder();
    const first = lockDataFolder(dir, '桌面程序');
    held.push(first);
    expect(() => lockDataFolder(dir, '浏览器模式', process.pid + 1)).toThrow(
      /正被另一个法审工作台程序使用（本机进程 \d+，桌面程序）/,
    );
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    held.push(lockDataFolder(dir, '浏览器模式'));
  });

  it('takes over a lock left by a program that is no longer running (a crash, a power cut)', () => {
    const dir = folder();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid(), host: hostname(), purpose: '桌面程序', since: '2025-06-02T02:00:00.000Z' }),
    );
    held.push(lockDataFolder(dir, '浏览器模式'));
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      purpose: '浏览器模式',
    });
  });

  it('cannot check a lock from another computer, and says how to clear it', () => {
    const dir = folder();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 4242, host: '司法所-前台', purpose: '桌面程序', since: '2025-06-02T02:00:00.000Z' }),
    );
    expect(() => lockDataFolder(dir, '浏览器模式')).toThrow(
      /计算机“司法所-前台”.*如确认它已关闭，可删除该文件夹中的 fashen\.lock 后重试/,
    );
  });

  it('treats an unreadable lock file as stale, and does not remove a lock it no longer owns', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), 'not json');
    const lock = lockDataFolder(dir, '桌面程序');
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'elsewhere', purpose: 'x', since: '' }));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose pid now belongs to another running process (pid reused), not one of that same process',
    () => {
      // The test runner's parent process is certainly running and is not us.
      const other = process.ppid;
      const started = processStartTime(other);
      expect(started).toMatch(/^\d+$/);
      const dir = folder();
      const lock = (startedAt: string): string =>
        JSON.stringify({
          pid: other,
          host: hostname(),
          purpose: '桌面程序',
          since: '2025-06-02T02:00:00.000Z',
          started: startedAt,
        });
      writeFileSync(join(dir, LOCK_FILE), lock(started ?? ''));
      expect(() => lockDataFolder(dir, '浏览器模式')).toThrow(/正被另一个法审工作台程序使用/);
      writeFileSync(join(dir, LOCK_FILE), lock(String(Number(started) + 1)));
      held.push(lockDataFolder(dir, '浏览器模式'));
      expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
        pid: process.pid,
        started: processStartTime(process.pid),
      });
    },
  );

  it('refuses, in Chinese and without removing it, a fashen.lock that is a folder', () => {
    const dir = folder();
    mkdirSync(join(dir, LOCK_FILE));
    writeFileSync(join(dir, LOCK_FILE, 'keep.txt'), 'x');
    expect(() => lockDataFolder(dir, '浏览器模式')).toThrow(/fashen\.lock 是一个文件夹.*移走或删除/);
    expect(existsSync(join(dir, LOCK_FILE, 'keep.txt'))).toBe(true);
  });
});
