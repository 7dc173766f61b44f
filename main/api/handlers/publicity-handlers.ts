import type { HandlerTable } from '../registry';
import {
  exportPublicity,
  listPublicity,
  publishDecision,
  revokeDecision,
  withdrawPublication,
} from '../../core/publicity/service';

/** 执法公示 of penalty decisions (issue #20). */
export function registerPublicityHandlers(table: HandlerTable): void {
  table.register('publicity.list', (input, ctx) => listPublicity(ctx, input.year));
  table.register('publicity.publish', (input, ctx) => publishDecision(ctx, input));
  table.register('publicity.revoke', (input, ctx) => revokeDecision(ctx, input));
  table.register('publicity.withdraw', (input, ctx) => withdrawPublication(ctx, input));
  table.registerAsync('publicity.export', (input, ctx) => exportPublicity(ctx, input.year));
}
