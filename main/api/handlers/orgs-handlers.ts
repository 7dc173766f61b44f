import type { HandlerTable } from '../registry';
import { createOrg, listOrgs, updateOrg } from '../../core/orgs/service';

/** Other bodies the office deals with (departments, police, governments). */
export function registerOrgsHandlers(table: HandlerTable): void {
  table.register('orgs.list', (_input, ctx) => listOrgs(ctx));
  table.register('orgs.create', (input, ctx) => createOrg(ctx, input));
  table.register('orgs.update', (input, ctx) => updateOrg(ctx, input));
}
