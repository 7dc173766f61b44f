import type { HandlerTable } from '../registry';
import { clockOf } from '../../core/calendar/clock';
import { previewSendDeadline, transferDraft } from '../../core/transfers/draft';
import {
  acknowledgeTransferIn,
  answerTransferIn,
  linkTransferInCase,
  recordInDecision,
  registerTransferIn,
} from '../../core/transfers/in-service';
import { inView } from '../../core/transfers/in-view';
import { listTransfers, transfersForCase } from '../../core/transfers/list';
import {
  approveTransferOut,
  createTransferOut,
  sendTransferOut,
  updateTransferOut,
  withdrawTransferOut,
} from '../../core/transfers/out-service';
import { escalateTransferOut, recordAnswer, recordOutDecision, recordReceipt } from '../../core/transfers/out-tracking';
import { outView } from '../../core/transfers/out-view';

/** Jurisdiction transfers out and in (issue #5). */
export function registerTransfersHandlers(table: HandlerTable): void {
  table.register('transfers.list', (input, ctx) => listTransfers(ctx, input.scope));
  table.register('transfers.forCase', (input, ctx) => transfersForCase(ctx, input.caseId));
  table.register('transfers.out.draft', (input, ctx) => transferDraft(ctx, input.caseId));
  table.register('transfers.out.previewDeadline', (input, ctx) => previewSendDeadline(ctx, clockOf(ctx), input));
  table.register('transfers.out.create', (input, ctx) => createTransferOut(ctx, input));
  table.register('transfers.out.update', (input, ctx) => updateTransferOut(ctx, input));
  table.register('transfers.out.get', (input, ctx) => outView(ctx.db, input.id, clockOf(ctx)));
  table.register('transfers.out.approve', (input, ctx) => approveTransferOut(ctx, input));
  table.register('transfers.out.send', (input, ctx) => sendTransferOut(ctx, input));
  table.register('transfers.out.withdraw', (input, ctx) => withdrawTransferOut(ctx, input));
  table.register('transfers.out.recordReceipt', (input, ctx) => recordReceipt(ctx, input));
  table.register('transfers.out.recordAnswer', (input, ctx) => recordAnswer(ctx, input));
  table.register('transfers.out.escalate', (input, ctx) => escalateTransferOut(ctx, input));
  table.register('transfers.out.recordDecision', (input, ctx) => recordOutDecision(ctx, input));
  table.register('transfers.in.register', (input, ctx) => registerTransferIn(ctx, input));
  table.register('transfers.in.get', (input, ctx) => inView(ctx.db, input.id, clockOf(ctx)));
  table.register('transfers.in.acknowledge', (input, ctx) => acknowledgeTransferIn(ctx, input));
  table.register('transfers.in.answer', (input, ctx) => answerTransferIn(ctx, input));
  table.register('transfers.in.linkCase', (input, ctx) => linkTransferInCase(ctx, input));
  table.register('transfers.in.recordDecision', (input, ctx) => recordInDecision(ctx, input));
}
