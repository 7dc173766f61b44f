import type { Db } from '../db/open';
import type { Actor } from './session/actor';
import type { ScryptCost } from './session/secrets';

/**
 * What the core needs from whoever calls it: the database, the clock (injected so tests and e2e
 * can move time), the data folder its files live in, and who is acting. The api's context extends this with what
 * only the doors know (the desktop shell, reopening the database, its path).
 */
export interface CoreContext {
  db: Db;
  dataDir: string;
  now(): Date;
  /**
   * Who this call is done by: the person signed in on the client (window, browser, terminal) that
   * sent it; null or absent when nobody is. Set per call by the api's dispatch from the client's
   * session; the core reads it through core/session/operator.ts (actorName, getOperator).
   */
  actor?: Actor | null;
  /** The cost of new secrets' hashes; absent means DEFAULT_COST (see core/session/secrets.ts). */
  secretCost?: ScryptCost | undefined;
}
