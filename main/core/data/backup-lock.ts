import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';

// One backup or restore at a time per data folder, within this process: a restore must never
// swap the database while the start-up backup is still copying it.
const busy = new Set<string>();

export function isDataBusy(dataDir: string): boolean {
  return busy.has(resolve(dataDir));
}

export function refuseIfBusy(dataDir: string): void {
  if (isDataBusy(dataDir)) throw new AppError('DATA_BUSY', '另一项备份或恢复正在进行，请稍后再试');
}

export async function withDataLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  refuseIfBusy(dataDir);
  const key = resolve(dataDir);
  busy.add(key);
  try {
    return await work();
  } finally {
    busy.delete(key);
  }
}
