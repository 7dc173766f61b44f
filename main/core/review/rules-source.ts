// Where the review service gets its rules: the case's rule profile and the working-day calendar.
// Each lookup is one function so that office-edited profiles and office-loaded calendar years
// (issue #5 stores both) can be swapped in here without touching the review logic.

import type { RuleProfile } from '../../../shared/domain/profile';
import type { ApiContext } from '../../api/context';
import { builtInWorkCalendar } from '../calendar/buildCalendar';
import { officeDateOf } from '../calendar/officeTime';
import type { WorkCalendar } from '../calendar/workCalendar';
import { getBuiltinProfile } from '../profiles/builtin';

export interface ProfileRef {
  caseId: number;
  profileId: string;
  /** The version a round was submitted under; null for the case as it stands now. */
  version: number | null;
}

/**
 * The rule profile a case (version null) or a round submitted under it is assessed with. For now
 * the shipped profiles; with office profiles stored, this becomes: version null → the case's pinned
 * profile, else that profile at that version.
 */
export function ruleProfileFor(_ctx: ApiContext, ref: ProfileRef): RuleProfile {
  return getBuiltinProfile(ref.profileId);
}

/** The calendar for working-day deadlines; a year it does not know is an error, never a guess. */
export function reviewCalendar(_ctx: ApiContext): WorkCalendar {
  return builtInWorkCalendar();
}

/** Today as the office (Asia/Shanghai) calls it, from the injected clock. */
export function officeToday(ctx: ApiContext): string {
  return officeDateOf(ctx.now().toISOString());
}
