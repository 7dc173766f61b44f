import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { LOCK_FILE, lockDataFolder, type DataLock } from './data-lock';

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
});
