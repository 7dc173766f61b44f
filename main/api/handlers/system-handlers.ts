import type { HandlerTable } from '../registry';
import { dismissSetup, setupNeeded } from '../../core/session/first-run';
import { getOperator, setOperator } from '../../core/session/operator';
import { schemaVersion } from '../../db/migrate';
import { appVersion } from '../../runtime/app-version';

/** The app itself: version and data folder, who is at the desk, and the first-run wizard. */
export function registerSystemHandlers(table: HandlerTable): void {
  table.register('system.info', (_input, ctx) => ({
    appVersion: appVersion(),
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    schemaVersion: schemaVersion(ctx.db),
    desktop: ctx.desktop !== undefined,
  }));
  table.register('session.get', (_input, ctx) => getOperator(ctx.db));
  table.register('session.setOperator', (input, ctx) => setOperator(ctx.db, input.staffId));
  table.register('setup.status', (_input, ctx) => ({ needed: setupNeeded(ctx.db) }));
  table.register('setup.dismiss', (_input, ctx) => {
    dismissSetup(ctx.db);
    return { needed: false };
  });
}
