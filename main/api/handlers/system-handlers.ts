import type { HandlerTable } from '../registry';
import { dismissSetup, setupNeeded } from '../../core/session/first-run';
import { schemaVersion } from '../../db/migrate';
import { appVersion } from '../../platform/app-version';

/** The app itself: version and data folder, and the first-run wizard (who is at the desk: session-handlers.ts). */
export function registerSystemHandlers(table: HandlerTable): void {
  // Open before sign-in (the sign-in screen asks it): where the data lives is told only to someone signed in.
  table.register('system.info', (_input, ctx) => ({
    appVersion: appVersion(),
    dataDir: ctx.actor ? ctx.dataDir : '',
    databasePath: ctx.actor ? ctx.databasePath : '',
    schemaVersion: schemaVersion(ctx.db),
    desktop: ctx.desktop !== undefined,
  }));
  table.register('setup.status', (_input, ctx) => ({ needed: setupNeeded(ctx.db) }));
  table.register('setup.dismiss', (_input, ctx) => {
    dismissSetup(ctx.db);
    return { needed: false };
  });
}
