import type { Db } from '../../db/open';

/**
 * Who a command is done by: the person signed in on the window, browser or command that sent it.
 * The api layer puts it on each call's context; the core reads it from there (never from a global).
 * `staffId` is null for the trusted in-process actors only (a command-line tool filling demo data,
 * the test helpers): no door can create one.
 */
export interface Actor {
  staffId: number | null;
  name: string;
  admin: boolean;
  /** Signed in in-process without a secret (demo data, tests): keeps the admin flag it was given. */
  trusted?: boolean;
}

/** What the core needs to know who is acting. */
export interface ActorContext {
  db: Db;
  actor?: Actor | null;
}
