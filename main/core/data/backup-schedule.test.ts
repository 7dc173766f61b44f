import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupFileName, officeDate } from './retention';
import { isDataBusy, withDataLock } from './backup-lock';
import { createBackup } from './backup';
import {
  BACKUP_CHECK_INTERVAL_MS,
  BUSY_RETRY_MS,
  FIRST_BACKUP_DELAY_MS,
  startBackupSchedule,
  type BackupSchedule,
  type ScheduleTimers,
} from './backup-schedule';
import { backupsDir, listBackups, type StartupBackupResult } from './backup-startup';
import { emptyDataFolder, seededDataFolder, type DataFolder } from '../../cli/testing/backup';

let folder: DataFolder | undefined;
let schedule: BackupSchedule | undefined;
afterEach(async () => {
  await schedule?.close();
  schedule = undefined;
  folder?.ctx.db.close();
  folder = undefined;
});

/** Timers the test fires by hand: nothing waits, nothing runs by itself. */
function manualTimers() {
  let nextId = 1;
  const pending = new Map<number, { callback: () => void; ms: number }>();
  /** Resolved when the schedule arms its next timer: tests wait for that event, never for a time. */
  let onArmed: (() => void) | undefined;
  const timers: ScheduleTimers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.set(id, { callback, ms });
      onArmed?.();
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    pending,
    /** The one armed timer's delay. */
    armed(): number[] {
      return [...pending.values()].map((timer) => timer.ms);
    },
    /** Fires the one armed timer and waits until the check it starts has armed the next one (or stopped). */
    async fire(): Promise<void> {
      const [entry] = [...pending.entries()];
      if (!entry) throw new Error('no timer armed');
      pending.delete(entry[0]);
      // However slow the machine (a real backup with its verification in a worker), the check
      // ends by arming the next timer: wait for exactly that, with no clock of our own.
      const armed = new Promise<void>((resolve) => (onArmed = resolve));
      entry[1].callback();
      await armed;
      onArmed = undefined;
      expect(pending.size).toBe(1);
    },
  };
}

/** An instant in office time (UTC+8) on 2025-06-(day). */
function at(day: number, hour: number, minute = 0): Date {
  return new Date(Date.UTC(2025, 5, day, hour - 8, minute));
}

/** A stand-in for runStartupBackup: records the call and leaves the files it would have made. */
function fakeBackup(dataDir: string) {
  const calls: string[] = [];
  const backup = (now: Date): Promise<StartupBackupResult> => {
    calls.push(officeDate(now));
    const dir = backupsDir(dataDir);
    mkdirSync(dir, { recursive: true });
    const made: string[] = [];
    for (const kind of ['daily', 'weekly'] as const) {
      const file = join(dir, backupFileName(kind, now));
      writeFileSync(file, 'backup');
      made.push(file);
    }
    return Promise.resolve({ at: now.toISOString(), made, deleted: [], problem: undefined });
  };
  return { calls, backup };
}

/** The schedule with the real start-up backup, on a data folder with cases, its timers fired by hand. */
async function realSchedule(now: () => Date) {
  const seeded = await seededDataFolder();
  folder = seeded;
  const clock = manualTimers();
  const results: StartupBackupResult[] = [];
  schedule = startBackupSchedule({
    dataDir: seeded.dataDir,
    databasePath: seeded.databasePath,
    now,
    timers: clock.timers,
    onResult: (result) => results.push(result),
  });
  return { seeded, dataDir: seeded.dataDir, clock, results };
}

describe('startBackupSchedule', () => {
  it('backs up 20 s after start-up, then looks every hour', async () => {
    folder = emptyDataFolder();
    const clock = manualTimers();
    const { calls, backup } = fakeBackup(folder.dataDir);
    const results: StartupBackupResult[] = [];
    schedule = startBackupSchedule({
      dataDir: folder.dataDir,
      databasePath: folder.databasePath,
      now: () => at(4, 10),
      timers: clock.timers,
      backup,
      onResult: (result) => results.push(result),
    });
    expect(clock.armed()).toEqual([FIRST_BACKUP_DELAY_MS]);
    expect(calls).toEqual([]);
    await clock.fire();
    expect(calls).toEqual(['2025-06-04']);
    expect(results).toHaveLength(1);
    expect(clock.armed()).toEqual([BACKUP_CHECK_INTERVAL_MS]);
  });

  it('makes the next daily backup once the office date changes, and not twice a day', async () => {
    folder = emptyDataFolder();
    const clock = manualTimers();
    const { calls, backup } = fakeBackup(folder.dataDir);
    let now = at(4, 10);
    schedule = startBackupSchedule({
      dataDir: folder.dataDir,
      databasePath: folder.databasePath,
      now: () => now,
      timers: clock.timers,
      backup,
    });
    await clock.fire();
    // The rest of the day, hour by hour: nothing is due.
    for (let hour = 11; hour <= 23; hour++) {
      now = at(4, hour, 30);
      await clock.fire();
    }
    expect(calls).toEqual(['2025-06-04']);
    // 00:30 office time (16:30 UTC the day before): a new day, a new daily backup; the week already has one.
    now = at(5, 0, 30);
    await clock.fire();
    now = at(5, 1, 30);
    await clock.fire();
    expect(calls).toEqual(['2025-06-04', '2025-06-05']);
    expect(
      listBackups(backupsDir(folder.dataDir))
        .map((b) => b.name)
        .sort(),
    ).toEqual(['daily-2025-06-04.db', 'daily-2025-06-05.db', 'weekly-2025-06-04.db', 'weekly-2025-06-05.db']);
  });

  it('does nothing while there is no database', async () => {
    folder = emptyDataFolder();
    const clock = manualTimers();
    const { calls, backup } = fakeBackup(folder.dataDir);
    let now = at(4, 10);
    schedule = startBackupSchedule({
      dataDir: folder.dataDir,
      databasePath: join(folder.dataDir, 'none.db'),
      now: () => now,
      timers: clock.timers,
      backup,
      firstDelayMs: 1,
    });
    await clock.fire(); // the start-up run always runs (runStartupBackup itself does nothing without a database)
    now = at(5, 10);
    await clock.fire();
    expect(calls).toEqual(['2025-06-04']);
  });

  it('waits while the user’s own backup or restore runs, without reporting a failure', async () => {
    folder = emptyDataFolder();
    const clock = manualTimers();
    const { calls, backup } = fakeBackup(folder.dataDir);
    const results: StartupBackupResult[] = [];
    schedule = startBackupSchedule({
      dataDir: folder.dataDir,
      databasePath: folder.databasePath,
      now: () => at(4, 10),
      timers: clock.timers,
      backup,
      onResult: (result) => results.push(result),
    });
    let release = () => {};
    const held = withDataLock(folder.dataDir, () => new Promise<void>((resolve) => (release = resolve)));
    await clock.fire();
    expect(calls).toEqual([]);
    expect(clock.armed()).toEqual([BUSY_RETRY_MS]);
    release();
    await held;
    await clock.fire();
    expect(calls).toEqual(['2025-06-04']);
    expect(results.every((result) => result.problem === undefined)).toBe(true);
  });

  it('keeps to its schedule when a backup fails, and tries again when the next check finds it due', async () => {
    folder = emptyDataFolder();
    const clock = manualTimers();
    const attempts: string[] = [];
    const backup = (now: Date) => {
      attempts.push(now.toISOString());
      return Promise.reject(new Error('disk gone'));
    };
    let now = at(4, 10);
    schedule = startBackupSchedule({
      dataDir: folder.dataDir,
      databasePath: folder.databasePath,
      now: () => now,
      timers: clock.timers,
      backup,
    });
    await clock.fire();
    now = at(4, 11);
    await clock.fire();
    expect(attempts).toHaveLength(2);
    expect(clock.armed()).toEqual([BACKUP_CHECK_INTERVAL_MS]);
  });

  it('stops on close: no timer is left, and a backup already running is waited for', async () => {
    folder = emptyDataFolder();
    const clock = manualTimers();
    let finish = () => {};
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const backup = (now: Date) =>
      new Promise<StartupBackupResult>((resolve) => {
        markStarted();
        finish = () => resolve({ at: now.toISOString(), made: [], deleted: [], problem: undefined });
      });
    const own = startBackupSchedule({
      dataDir: folder.dataDir,
      databasePath: folder.databasePath,
      now: () => at(4, 10),
      timers: clock.timers,
      backup,
    });
    const [first] = [...clock.pending.values()];
    clock.pending.clear();
    first?.callback();
    await started;
    let closed = false;
    const closing = own.close().then(() => (closed = true));
    // Let every settled promise run (a macrotask turn): close must still be waiting for the backup.
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    finish();
    await closing;
    expect(closed).toBe(true);
    expect(clock.pending.size).toBe(0);
    await own.close(); // twice is fine
  });

  it('with the real backup: 立即备份 while the start-up backup copies waits for it and is made, the app writing all along', async () => {
    const now = at(4, 10);
    const { seeded, dataDir, clock, results } = await realSchedule(() => now);
    // The start-up backup begins: it holds the data folder while its worker copies and verifies.
    const automatic = clock.fire();
    expect(isDataBusy(dataDir)).toBe(true);
    // The clerk presses 立即备份 meanwhile (what data.backupNow does), while the app goes on writing
    // through its own connection, as the e2e fixture's `fashen demo` did through another.
    let settled = false;
    const manualFile = join(backupsDir(dataDir), backupFileName('manual', now));
    const manual = createBackup(seeded.ctx.db, { dataDir, file: manualFile, kind: 'manual', now, madeBy: '陈静' });
    const outcome = manual.then(
      () => 'made',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    void outcome.finally(() => (settled = true));
    let written = 0;
    while (!settled) {
      await seeded.call('orgs.create', { name: `备份时新建的单位${written}`, kind: 'court' });
      written++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Not refused because of a backup the clerk never asked for: made, after the automatic one.
    expect(await outcome).toBe('made');
    await automatic;
    expect(written).toBeGreaterThan(0);
    expect(results.map((result) => result.problem)).toEqual([undefined]);
    expect((await manual).meta).toMatchObject({ kind: 'manual', contents: { madeBy: '陈静' } });
    expect(
      listBackups(backupsDir(dataDir))
        .map((b) => b.name)
        .sort(),
    ).toEqual(['daily-2025-06-04.db', basename(manualFile), 'weekly-2025-06-04.db']);
    expect(isDataBusy(dataDir)).toBe(false);
  }, 30_000);

  it('with the real backup: a daily backup on each new day the app stays open', async () => {
    let now = at(4, 10);
    const { dataDir, clock, results } = await realSchedule(() => now);
    await clock.fire();
    now = at(4, 18);
    await clock.fire();
    now = at(5, 0, 40);
    await clock.fire();
    expect(results.map((result) => result.problem)).toEqual([undefined, undefined]);
    expect(
      listBackups(backupsDir(dataDir))
        .map((b) => b.name)
        .sort(),
    ).toEqual(['daily-2025-06-04.db', 'daily-2025-06-05.db', 'weekly-2025-06-04.db']);
  }, 30_000);
});
