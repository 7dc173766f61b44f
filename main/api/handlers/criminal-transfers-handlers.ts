import type { HandlerTable } from '../registry';
import { clockOf } from '../../core/calendar/clock';
import { criminalDraft } from '../../core/transfers/criminal-draft';
import {
  recordCriminalReceipt,
  recordPoliceAnswer,
  recordReconsideration,
  requestReconsideration,
  requestSupervision,
  returnToAdministrative,
} from '../../core/transfers/criminal-police';
import {
  decideCriminalTransfer,
  reportCriminalTransfer,
  sendCriminalTransfer,
} from '../../core/transfers/criminal-service';
import { criminalView } from '../../core/transfers/criminal-view';

/** A suspected crime: its own path to the police (国务院令第310号, issue #12). */
export function registerCriminalTransfersHandlers(table: HandlerTable): void {
  table.register('transfers.criminal.draft', (input, ctx) => criminalDraft(ctx, input.caseId));
  table.register('transfers.criminal.report', (input, ctx) => reportCriminalTransfer(ctx, input));
  table.register('transfers.criminal.get', (input, ctx) => criminalView(ctx.db, input.id, clockOf(ctx)));
  table.register('transfers.criminal.decide', (input, ctx) => decideCriminalTransfer(ctx, input));
  table.register('transfers.criminal.send', (input, ctx) => sendCriminalTransfer(ctx, input));
  table.register('transfers.criminal.recordReceipt', (input, ctx) => recordCriminalReceipt(ctx, input));
  table.register('transfers.criminal.recordAnswer', (input, ctx) => recordPoliceAnswer(ctx, input));
  table.register('transfers.criminal.reconsider', (input, ctx) => requestReconsideration(ctx, input));
  table.register('transfers.criminal.recordReconsideration', (input, ctx) => recordReconsideration(ctx, input));
  table.register('transfers.criminal.supervision', (input, ctx) => requestSupervision(ctx, input));
  table.register('transfers.criminal.returnToAdministrative', (input, ctx) => returnToAdministrative(ctx, input));
}
