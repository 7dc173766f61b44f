import type { HandlerTable } from '../registry';
import { createStaff, listStaff, staffNotes, updateStaff } from '../../core/staff/service';

/** The office’s people, their roles and certificates. */
export function registerStaffHandlers(table: HandlerTable): void {
  table.register('staff.list', (_input, ctx) => listStaff(ctx));
  table.register('staff.create', (input, ctx) => createStaff(ctx, input));
  table.register('staff.update', (input, ctx) => updateStaff(ctx, input));
  table.register('staff.notes', (_input, ctx) => staffNotes(ctx));
}
