import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { ApiContext, DesktopActions } from './context';
import type { Backend, BackendClient } from './dispatch-types';
import { buildHandlerTable } from './table';
import { recoverAfterCrash } from './recover';
import { finishInterruptedRestore } from '../core/data/restore';
import { holdAnchorUpdates, writeAnchor } from '../core/audit/anchor';
import type { Actor } from '../core/session/actor';
import type { ScryptCost } from '../core/session/secrets';
import { ClientSessions, type ClientSession } from './session-clients';
import { warmUpPapers } from '../core/documents/warm-up';
import { officePdfFonts } from '../core/issuing/pdf-font-settings';
import type { Dispatch } from './dispatch-types';

export const DATABASE_FILE = 'fashen.db';

export interface BackendOptions {
  dataDir: string;
  /** Injected clock: tests and the e2e suite move time without touching the system clock. */
  now?: () => Date;
  /** Desktop-only actions, given by the Electron shell. */
  desktop?: DesktopActions;
  /** The door `dispatch` (the backend's own client) stands for in the audit log: 命令行 unless said. */
  door?: string;
  /**
   * The cost of secrets set through this backend. Only for a backend that sets public secrets (the
   * demo's loader, tests); every door an office uses leaves it at the default.
   */
  secretCost?: ScryptCost;
}

/** A backend in this process, on its own connection: it can also run a batch of commands as one. */
export interface LocalBackend extends Backend {
  /**
   * Runs `work` (which calls dispatch) inside one SQLite transaction: every command commits as a
   * savepoint of it, and the batch is written — and synced to disk — once, or not at all if `work`
   * throws. For bulk loads (`fashen demo`): a hundred commits each waiting for the disk took
   * seconds. Nothing else may use the backend meanwhile.
   */
  batch<T>(work: () => Promise<T>): Promise<T>;
}

export function openBackend(options: BackendOptions): LocalBackend {
  const databasePath = join(options.dataDir, DATABASE_FILE);
  // A restore a crash interrupted is finished before the database is opened.
  finishInterruptedRestore(options.dataDir, databasePath);
  const ctx: ApiContext = {
    db: openDatabase(databasePath),
    dataDir: options.dataDir,
    databasePath,
    now: options.now ?? (() => new Date()),
    ...(options.secretCost ? { secretCost: options.secretCost } : {}),
    ...(options.desktop ? { desktop: options.desktop } : {}),
    reopenDatabase(whileClosed) {
      ctx.db.close();
      try {
        whileClosed();
      } finally {
        ctx.db = openDatabase(databasePath);
      }
    },
  };
  const table = buildHandlerTable();
  recoverAfterCrash(ctx);
  const sessions = new ClientSessions();
  /**
   * Each call gets its own context: the shared one (db, clock, folder; `db` read through, as a restore
   * swaps it) plus this client's session and actor. Concurrent calls from two desks never share one.
   */
  const dispatchFor =
    (client: ClientSession): Dispatch =>
    (method, input) => {
      const call: ApiContext = Object.create(ctx, {
        client: { value: client, enumerable: true },
        actor: { value: client.actor, writable: true, enumerable: true },
      }) as ApiContext;
      return table.dispatch(method, input, call);
    };
  const openClient = (door: string, actor?: Actor): BackendClient => {
    const client = sessions.open(door);
    if (actor) client.actor = actor;
    return { id: client.id, dispatch: dispatchFor(client), session: client, end: () => sessions.close(client.id) };
  };
  const main = openClient(options.door ?? '命令行');
  return {
    dataDir: options.dataDir,
    dispatch: main.dispatch,
    client: main,
    openClient,
    findClient(id) {
      const client = sessions.find(id);
      return (
        client && {
          id: client.id,
          dispatch: dispatchFor(client),
          session: client,
          end: () => sessions.close(client.id),
        }
      );
    },
    setCertificateFingerprint(fingerprint) {
      ctx.certificateFingerprint = fingerprint;
    },
    async warmUpPapers(signal) {
      try {
        // The fonts papers will be issued in (an office's own files, else the installed or bundled ones).
        await warmUpPapers(officePdfFonts(ctx), undefined, signal);
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: error instanceof Error ? error.message : String(error) };
      }
    },
    close: () => ctx.db.close(),
    async batch(work) {
      const db = ctx.db;
      db.exec('BEGIN IMMEDIATE');
      const release = holdAnchorUpdates(db);
      try {
        const result = await work();
        db.exec('COMMIT');
        // The anchor updates its commands scheduled ran while the batch was still open, so they
        // read the chain as it was before it: now it follows the committed chain.
        if (!db.memory) writeAnchor(db, databasePath);
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        release();
      }
    },
  };
}
