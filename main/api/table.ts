import { HandlerTable } from './registry';
import { registerCoreHandlers } from './handlers/core-handlers';

/** Builds the one handler table all doors share, and refuses to start if a method has no handler. */
export function buildHandlerTable(): HandlerTable {
  const table = new HandlerTable();
  registerCoreHandlers(table);
  table.assertComplete();
  return table;
}
