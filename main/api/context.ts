import type { Db } from '../db/open';

/** What every handler may use. The clock is injected so tests (and e2e) can move time. */
export interface ApiContext {
  db: Db;
  dataDir: string;
  databasePath: string;
  now(): Date;
}
