import { HandlerTable } from './registry';
import { registerCoreHandlers } from './handlers/core-handlers';
import { registerReviewHandlers } from './handlers/review-handlers';
import { registerTransferHandlers } from './handlers/transfer-handlers';
import { registerDocumentHandlers } from './handlers/document-handlers';
import { registerDataHandlers } from './handlers/data-handlers';
import { registerSessionHandlers } from './handlers/session-handlers';
import { registerRegisterHandlers } from './handlers/register-handlers';

/** Builds the one handler table all doors share, and refuses to start if a method has no handler. */
export function buildHandlerTable(): HandlerTable {
  const table = new HandlerTable();
  registerCoreHandlers(table);
  registerReviewHandlers(table);
  registerTransferHandlers(table);
  registerDocumentHandlers(table);
  registerDataHandlers(table);
  registerSessionHandlers(table);
  registerRegisterHandlers(table);
  table.assertComplete();
  return table;
}
