import type { HandlerTable } from '../registry';
import { caseHistory, createCase, getCase, listCases, updateCase } from '../../core/cases/service';
import { officeDefaultProfileId } from '../../core/profiles/service';

/** Cases: register, search, edit, history. */
export function registerCasesHandlers(table: HandlerTable): void {
  table.register('cases.list', (input, ctx) => listCases(ctx, input));
  table.register('cases.get', (input, ctx) => getCase(ctx, input.id));
  table.register('cases.create', (input, ctx) => createCase(ctx, input, officeDefaultProfileId(ctx.db)));
  table.register('cases.update', (input, ctx) => updateCase(ctx, input));
  table.register('cases.history', (input, ctx) => caseHistory(ctx, input.id));
}
