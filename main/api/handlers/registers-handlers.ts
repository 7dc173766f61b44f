import type { HandlerTable } from '../registry';
import { registerLinksOfCase } from '../../core/registers/case-links';

/** A case's records in the township desk's registers (issue #19). */
export function registerRegistersHandlers(table: HandlerTable): void {
  table.register('registers.forCase', (input, ctx) => registerLinksOfCase(ctx, input.caseId));
}
