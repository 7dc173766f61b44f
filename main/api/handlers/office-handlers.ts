import type { HandlerTable } from '../registry';
import { getOffice, saveOffice } from '../../core/office/service';

/** The office’s own details (name, bodies, 文号代字). */
export function registerOfficeHandlers(table: HandlerTable): void {
  table.register('office.get', (_input, ctx) => getOffice(ctx));
  table.register('office.save', (input, ctx) => saveOffice(ctx, input));
}
