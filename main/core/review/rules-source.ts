// Where the review service gets its rules: the case's rule profile and the working-day calendar.
// Each lookup is one function so that office-edited profiles and office-loaded calendar years
// (issue #5 stores both) can be swapped in here without touching the review logic.

import type { RuleProfile } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { officeDateOf } from '../calendar/officeTime';
import type { WorkCalendar } from '../calendar/workCalendar';
import { officeCalendar } from '../calendar/officeYears';
import { getProfile, resolveCaseProfile } from '../profiles/service';

export interface ProfileRef {
  caseId: number;
  profileId: string;
  /** The version a round was submitted under; null for the case as it stands now. */
  version: number | null;
}

/**
 * The rule profile a case is assessed with: the version pinned to the case (version null), or the
 * exact version a round was submitted under, so a later edit of the profile never changes it.
 */
export function ruleProfileFor(ctx: CoreContext, ref: ProfileRef): RuleProfile {
  return ref.version === null
    ? resolveCaseProfile(ctx.db, ref.caseId).profile
    : getProfile(ctx.db, ref.profileId, ref.version);
}

/** The calendar for working-day deadlines; a year it does not know is an error, never a guess. */
export function reviewCalendar(ctx: CoreContext): WorkCalendar {
  return officeCalendar(ctx.db);
}

/** Today as the office (Asia/Shanghai) calls it, from the injected clock. */
export function officeToday(ctx: CoreContext): string {
  return officeDateOf(ctx.now().toISOString());
}
