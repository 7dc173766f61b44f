import type { Db } from '../db/open';

/**
 * What the core needs from whoever calls it: the database, the clock (injected so tests and e2e
 * can move time) and the data folder its files live in. The api's context extends this with what
 * only the doors know (the desktop shell, reopening the database, its path).
 */
export interface CoreContext {
  db: Db;
  dataDir: string;
  now(): Date;
}
