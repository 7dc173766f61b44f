import type { HandlerTable } from '../registry';
import {
  createDispute,
  disputeView,
  listDisputes,
  recordDisputeStep,
  requestCoordination,
} from '../../core/disputes/service';

/** 管辖争议 register (issue #19). */
export function registerDisputesHandlers(table: HandlerTable): void {
  table.register('disputes.list', (input, ctx) => listDisputes(ctx, input));
  table.register('disputes.get', (input, ctx) => disputeView(ctx, input.id));
  table.register('disputes.create', (input, ctx) => createDispute(ctx, input));
  table.register('disputes.request', (input, ctx) => requestCoordination(ctx, input));
  table.register('disputes.step', (input, ctx) => recordDisputeStep(ctx, input));
}
