import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { ApiContext } from './context';
import type { Backend } from './dispatch-types';
import { buildHandlerTable } from './table';
import { recoverAfterCrash } from './recover';

export const DATABASE_FILE = 'fashen.db';

export interface BackendOptions {
  dataDir: string;
  /** Injected clock: tests and the e2e suite move time without touching the system clock. */
  now?: () => Date;
}

export function openBackend(options: BackendOptions): Backend {
  const databasePath = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath);
  const ctx: ApiContext = { db, dataDir: options.dataDir, databasePath, now: options.now ?? (() => new Date()) };
  const table = buildHandlerTable();
  recoverAfterCrash(ctx);
  return {
    dataDir: options.dataDir,
    dispatch: (method, input) => table.dispatch(method, input, ctx),
    close: () => db.close(),
  };
}
