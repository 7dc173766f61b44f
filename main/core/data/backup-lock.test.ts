import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDataBusy, withDataLock } from './backup-lock';

const busy = { code: 'DATA_BUSY', message: '另一项备份或恢复正在进行，请稍后再试' };

/** A task that holds the lock until the test lets it go. */
function held() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const work = async (): Promise<string> => {
    markStarted();
    await released;
    return 'done';
  };
  return { work, release, started };
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-lock-'));
}

describe('withDataLock', () => {
  it('lets the user’s own task wait for an automatic backup, then run, and never hands the folder back to the automatic one meanwhile', async () => {
    const dataDir = folder();
    const automatic = held();
    const running = withDataLock(dataDir, automatic.work, 'automatic');
    expect(isDataBusy(dataDir)).toBe(true);

    const order: string[] = [];
    const user = withDataLock(dataDir, () => {
      order.push('user');
      return Promise.resolve('mine');
    });
    // The user's task is queued, not refused; another automatic backup is not let in before it.
    await expect(withDataLock(dataDir, () => Promise.resolve('again'), 'automatic')).rejects.toMatchObject(busy);
    expect(order).toEqual([]);

    automatic.release();
    await expect(running).resolves.toBe('done');
    await expect(user).resolves.toBe('mine');
    expect(order).toEqual(['user']);
    expect(isDataBusy(dataDir)).toBe(false);
  });

  it('still refuses at once a second task of the user’s while one runs, whether or not it waited first', async () => {
    const dataDir = folder();
    const mine = held();
    const running = withDataLock(dataDir, mine.work);
    await expect(withDataLock(dataDir, () => Promise.resolve('second'))).rejects.toMatchObject(busy);
    await expect(withDataLock(dataDir, () => Promise.resolve('automatic'), 'automatic')).rejects.toMatchObject(busy);
    mine.release();
    await running;

    // Two presses while an automatic backup runs: the first is made after it, the second is told
    // at once, while the automatic backup still runs.
    const automatic = held();
    const auto = withDataLock(dataDir, automatic.work, 'automatic');
    const first = held();
    const firstRun = withDataLock(dataDir, first.work);
    await expect(withDataLock(dataDir, () => Promise.resolve('second'))).rejects.toMatchObject(busy);
    automatic.release();
    await auto;
    // The first has the folder (a refusal of it ends the wait too, and fails the test).
    await Promise.race([first.started, firstRun]);
    first.release();
    await expect(firstRun).resolves.toBe('done');
    expect(isDataBusy(dataDir)).toBe(false);
  });

  it('releases the folder when the task fails, also for a task that waited', async () => {
    const dataDir = folder();
    const automatic = held();
    const auto = withDataLock(dataDir, automatic.work, 'automatic');
    const failing = withDataLock(dataDir, () => Promise.reject(new Error('磁盘已满')));
    automatic.release();
    await auto;
    await expect(failing).rejects.toThrow('磁盘已满');
    expect(isDataBusy(dataDir)).toBe(false);
    await expect(withDataLock(dataDir, () => Promise.resolve('after'))).resolves.toBe('after');
  });
});
