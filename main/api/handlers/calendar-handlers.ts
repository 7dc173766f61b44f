import type { HandlerTable } from '../registry';
import { officeTimeOf } from '../../core/calendar/officeDates';
import { officeDateOf } from '../../core/calendar/officeTime';
import {
  calendarYearDetail,
  listCalendarYears,
  loadCalendarYear,
  previewCalendarText,
  removeCalendarYear,
} from '../../core/calendar/officeYears';

/** The working-day calendar: built-in and office-loaded holiday years (issue #5). */
export function registerCalendarHandlers(table: HandlerTable): void {
  table.register('calendar.years', (_input, ctx) => ({
    years: listCalendarYears(ctx.db),
    today: officeDateOf(ctx.now().toISOString()),
    timeNow: officeTimeOf(ctx.now().toISOString()),
  }));
  table.register('calendar.year', (input, ctx) => calendarYearDetail(ctx.db, input.year));
  table.register('calendar.preview', (input, ctx) => previewCalendarText(ctx.db, input.text));
  table.register('calendar.load', (input, ctx) => loadCalendarYear(ctx, input));
  table.register('calendar.remove', (input, ctx) => removeCalendarYear(ctx, input.year));
}
