import { HandlerTable } from './registry';
import { registerSystemHandlers } from './handlers/system-handlers';
import { registerHomeHandlers } from './handlers/home-handlers';
import { registerOfficeHandlers } from './handlers/office-handlers';
import { registerStaffHandlers } from './handlers/staff-handlers';
import { registerOrgsHandlers } from './handlers/orgs-handlers';
import { registerCasesHandlers } from './handlers/cases-handlers';
import { registerReviewHandlers } from './handlers/review-handlers';
import { registerProfilesHandlers } from './handlers/profiles-handlers';
import { registerCalendarHandlers } from './handlers/calendar-handlers';
import { registerTransfersHandlers } from './handlers/transfers-handlers';
import { registerCriminalTransfersHandlers } from './handlers/criminal-transfers-handlers';
import { registerDocumentsHandlers } from './handlers/documents-handlers';
import { registerDataHandlers } from './handlers/data-handlers';
import { registerAssistanceHandlers } from './handlers/assistance-handlers';
import { registerComplaintsHandlers } from './handlers/complaints-handlers';
import { registerSupervisionHandlers } from './handlers/supervision-handlers';
import { registerSharingHandlers } from './handlers/sharing-handlers';
import { registerDisputesHandlers } from './handlers/disputes-handlers';
import { registerRegistersHandlers } from './handlers/registers-handlers';

/** Builds the one handler table all doors share, and refuses to start if a method has no handler.
 * One handler file per contract file (shared/contract/<name>.ts ↔ handlers/<name>-handlers.ts). */
export function buildHandlerTable(): HandlerTable {
  const table = new HandlerTable();
  registerSystemHandlers(table);
  registerHomeHandlers(table);
  registerOfficeHandlers(table);
  registerStaffHandlers(table);
  registerOrgsHandlers(table);
  registerCasesHandlers(table);
  registerReviewHandlers(table);
  registerProfilesHandlers(table);
  registerCalendarHandlers(table);
  registerTransfersHandlers(table);
  registerCriminalTransfersHandlers(table);
  registerDocumentsHandlers(table);
  registerDataHandlers(table);
  registerAssistanceHandlers(table);
  registerComplaintsHandlers(table);
  registerSupervisionHandlers(table);
  registerSharingHandlers(table);
  registerDisputesHandlers(table);
  registerRegistersHandlers(table);
  table.assertComplete();
  return table;
}
