import type { HandlerTable } from '../registry';
import {
  copyOfficeProfile,
  listProfiles,
  profileDetail,
  resolveCaseProfile,
  saveOfficeProfile,
  setDefaultProfile,
} from '../../core/profiles/service';

/** Rule profiles: the periods and citations each office runs on (issue #5). */
export function registerProfilesHandlers(table: HandlerTable): void {
  table.register('profiles.list', (_input, ctx) => listProfiles(ctx.db));
  table.register('profiles.get', (input, ctx) => profileDetail(ctx.db, input.id, input.version));
  table.register('profiles.copy', (input, ctx) => copyOfficeProfile(ctx, input));
  table.register('profiles.save', (input, ctx) => saveOfficeProfile(ctx, input));
  table.register('profiles.setDefault', (input, ctx) => setDefaultProfile(ctx, input.id));
  table.register('profiles.forCase', (input, ctx) => resolveCaseProfile(ctx.db, input.caseId));
}
