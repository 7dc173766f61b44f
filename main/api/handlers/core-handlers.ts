import type { HandlerTable } from '../registry';
import { getOffice, saveOffice } from '../../core/office/service';
import { createStaff, listStaff, staffNotes, updateStaff } from '../../core/staff/service';
import { createOrg, listOrgs, updateOrg } from '../../core/orgs/service';
import { caseHistory, createCase, getCase, listCases, updateCase } from '../../core/cases/service';
import { homeAttention } from '../../core/home/attention';
import { officeDefaultProfileId } from '../../core/profiles/service';
import { dismissSetup, setupNeeded } from '../../core/session/first-run';
import { schemaVersion } from '../../db/migrate';
import { appVersion } from '../../runtime/app-version';

export function registerCoreHandlers(table: HandlerTable): void {
  // Open before sign-in (the sign-in screen asks it): where the data lives is told only to someone signed in.
  table.register('system.info', (_input, ctx) => ({
    appVersion: appVersion(),
    dataDir: ctx.actor ? ctx.dataDir : '',
    databasePath: ctx.actor ? ctx.databasePath : '',
    schemaVersion: schemaVersion(ctx.db),
    desktop: ctx.desktop !== undefined,
  }));
  table.register('home.attention', (_input, ctx) => homeAttention(ctx));
  table.register('setup.status', (_input, ctx) => ({ needed: setupNeeded(ctx.db) }));
  table.register('setup.dismiss', (_input, ctx) => {
    dismissSetup(ctx.db);
    return { needed: false };
  });

  table.register('office.get', (_input, ctx) => getOffice(ctx));
  table.register('office.save', (input, ctx) => saveOffice(ctx, input));

  table.register('staff.list', (_input, ctx) => listStaff(ctx));
  table.register('staff.create', (input, ctx) => createStaff(ctx, input));
  table.register('staff.update', (input, ctx) => updateStaff(ctx, input));
  table.register('staff.notes', (_input, ctx) => staffNotes(ctx));

  table.register('orgs.list', (_input, ctx) => listOrgs(ctx));
  table.register('orgs.create', (input, ctx) => createOrg(ctx, input));
  table.register('orgs.update', (input, ctx) => updateOrg(ctx, input));

  table.register('cases.list', (input, ctx) => listCases(ctx, input));
  table.register('cases.get', (input, ctx) => getCase(ctx, input.id));
  table.register('cases.create', (input, ctx) => createCase(ctx, input, officeDefaultProfileId(ctx.db)));
  table.register('cases.update', (input, ctx) => updateCase(ctx, input));
  table.register('cases.history', (input, ctx) => caseHistory(ctx, input.id));
}
