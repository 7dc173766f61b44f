import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';

// One backup or restore at a time per data folder, within this process: a restore must never
// swap the database while the start-up backup is still copying it.
//
// The user's own task (立即备份, checking a backup, a restore) is never refused because of the
// automatic backup, which the clerk did not ask for and cannot see: it waits for it to finish
// (a backup in the worker, which always ends) and then runs; meanwhile no other automatic backup
// is let in (backup-schedule.ts looks at isDataBusy and tries again later). Two of the user's own
// tasks at once are refused, at once, with DATA_BUSY: the person knows what they started.

/** Who holds a data folder: the user's own task, or the automatic backup (backup-schedule.ts). */
export type DataLockHolder = 'user' | 'automatic';

interface Held {
  by: DataLockHolder;
  /** Settles when the holder lets go. */
  released: Promise<void>;
}

const held = new Map<string, Held>();
/** How many of the user's tasks are waiting for an automatic backup to finish, per data folder. */
const waiting = new Map<string, number>();

function busyError(): AppError {
  return new AppError('DATA_BUSY', '另一项备份或恢复正在进行，请稍后再试');
}

/** A task of the user's is waiting for an automatic backup to let go of the folder. */
function someoneWaits(key: string): boolean {
  return (waiting.get(key) ?? 0) > 0;
}

/** Taken, or a task of the user's is waiting to take it: no automatic backup may start now. */
export function isDataBusy(dataDir: string): boolean {
  const key = resolve(dataDir);
  return held.has(key) || someoneWaits(key);
}

export function refuseIfBusy(dataDir: string): void {
  if (isDataBusy(dataDir)) throw busyError();
}

function countWaiting(key: string, delta: 1 | -1): void {
  const count = (waiting.get(key) ?? 0) + delta;
  if (count > 0) waiting.set(key, count);
  else waiting.delete(key);
}

/**
 * Runs `work` holding the data folder. Taken at once (before this returns) when it is free. The
 * user's task waits while an automatic backup holds it; anything else holding it refuses the
 * task with DATA_BUSY, and so does a waiting user's task for an automatic backup.
 */
export async function withDataLock<T>(
  dataDir: string,
  work: () => Promise<T>,
  by: DataLockHolder = 'user',
): Promise<T> {
  const key = resolve(dataDir);
  if (by === 'automatic') refuseIfBusy(key);
  // Another of the user's tasks is already waiting for the automatic backup: refused now, not
  // after the wait.
  else if (someoneWaits(key)) throw busyError();
  else if (held.get(key)?.by === 'automatic') {
    countWaiting(key, 1);
    try {
      for (let current = held.get(key); current?.by === 'automatic'; current = held.get(key)) await current.released;
    } finally {
      countWaiting(key, -1);
    }
  }
  if (held.has(key)) throw busyError();
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  held.set(key, { by, released });
  try {
    return await work();
  } finally {
    held.delete(key);
    release();
  }
}
