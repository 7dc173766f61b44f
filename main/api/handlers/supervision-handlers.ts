import type { HandlerTable } from '../registry';
import {
  closeSupervisionMatter,
  createSupervision,
  listSupervision,
  reportSupervision,
  supervisionView,
} from '../../core/supervision/service';

/** 执法监督 register (issue #19). */
export function registerSupervisionHandlers(table: HandlerTable): void {
  table.register('supervision.list', (input, ctx) => listSupervision(ctx, input));
  table.register('supervision.get', (input, ctx) => supervisionView(ctx, input.id));
  table.register('supervision.create', (input, ctx) => createSupervision(ctx, input));
  table.register('supervision.report', (input, ctx) => reportSupervision(ctx, input));
  table.register('supervision.close', (input, ctx) => closeSupervisionMatter(ctx, input));
}
