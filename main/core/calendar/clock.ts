// What every deadline needs, built once per request: the office calendar and the injected clock.

import type { CoreContext } from '../context';
import { officeCalendar } from './officeYears';
import type { WorkCalendar } from './workCalendar';

export interface Clock {
  calendar: WorkCalendar;
  /** The injected clock as a UTC ISO instant. */
  now: string;
}

export function clockOf(ctx: CoreContext): Clock {
  return { calendar: officeCalendar(ctx.db), now: ctx.now().toISOString() };
}
