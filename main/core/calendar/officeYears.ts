// Holiday arrangements an office loads itself (the app is offline; DOMAIN §8): kept with the text
// as typed, checked and previewed before they count, and combined with the built-in years into
// the one calendar every deadline uses.

import type { CalendarPreview, CalendarYearDetail, CalendarYearView } from '../../../shared/contract';
import { yearArrangementSchema, type YearArrangement } from '../../../shared/domain/calendar';
import type { CoreContext } from '../context';
import type { Db } from '../../db/open';
import { appendAudit } from '../audit/log';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { assertMayLoadYear, buildWorkCalendar } from './buildCalendar';
import { BUILT_IN_YEAR_ARRANGEMENTS, BUILT_IN_YEARS } from './builtInYears';
import { parseYearArrangement } from './parseArrangement';
import { previewYearArrangement } from './preview';
import type { WorkCalendar } from './workCalendar';
import { sql } from '../../db/sql';

interface YearRow {
  year: number;
  source: string;
  source_text: string;
  arrangement_json: string;
  replaces_built_in: number;
  loaded_at: string;
  loaded_by: string;
}

function rows(db: Db): YearRow[] {
  return sql.all<YearRow>(db, 'SELECT * FROM calendar_office_years ORDER BY year');
}

function arrangementOf(row: YearRow): YearArrangement {
  return yearArrangementSchema.parse(JSON.parse(row.arrangement_json));
}

/** The calendar for every deadline: built-in years plus the years this office loaded. */
export function officeCalendar(db: Db): WorkCalendar {
  const stored = rows(db);
  return buildWorkCalendar({
    officeYears: stored.map(arrangementOf),
    replaceBuiltInYears: stored.filter((row) => row.replaces_built_in === 1).map((row) => row.year),
  });
}

function viewOf(arrangement: YearArrangement, row: YearRow | undefined): CalendarYearView {
  const preview = previewYearArrangement(arrangement);
  return {
    year: arrangement.year,
    source: arrangement.source,
    origin: row ? 'office' : 'built-in',
    replacesBuiltIn: row?.replaces_built_in === 1,
    loadedAt: row?.loaded_at ?? null,
    loadedBy: row?.loaded_by ?? null,
    workingDays: preview.workingDays,
    restDays: preview.restDays,
  };
}

export function listCalendarYears(db: Db): CalendarYearView[] {
  const stored = new Map(rows(db).map((row) => [row.year, row]));
  const builtIn = BUILT_IN_YEAR_ARRANGEMENTS.filter((arrangement) => !stored.has(arrangement.year)).map((arrangement) =>
    viewOf(arrangement, undefined),
  );
  const office = [...stored.values()].map((row) => viewOf(arrangementOf(row), row));
  return [...builtIn, ...office].sort((a, b) => a.year - b.year);
}

export function calendarYearDetail(db: Db, year: number): CalendarYearDetail {
  const row = rows(db).find((entry) => entry.year === year);
  const arrangement = row ? arrangementOf(row) : BUILT_IN_YEAR_ARRANGEMENTS.find((entry) => entry.year === year);
  if (!arrangement) throw new AppError('NOT_FOUND', `日历中没有 ${year} 年的节假日安排。`);
  return {
    view: viewOf(arrangement, row),
    arrangement,
    preview: previewYearArrangement(arrangement),
    sourceText: row?.source_text ?? null,
  };
}

function existingOrigin(db: Db, year: number): CalendarPreview['existing'] {
  if (rows(db).some((row) => row.year === year)) return 'office';
  return BUILT_IN_YEARS.includes(year) ? 'built-in' : null;
}

/** Reads a typed file and shows what it says; nothing is stored. */
export function previewCalendarText(db: Db, text: string): CalendarPreview {
  const arrangement = parseYearArrangement(text);
  return { arrangement, preview: previewYearArrangement(arrangement), existing: existingOrigin(db, arrangement.year) };
}

/**
 * Stores a year the person previewed. `year` is what they confirmed; a file changed between the
 * preview and the confirmation (another year in it) is refused rather than loaded unseen.
 */
export function loadCalendarYear(
  ctx: CoreContext,
  input: { text: string; year: number; replaceBuiltIn: boolean },
): CalendarYearView[] {
  const arrangement = parseYearArrangement(input.text);
  if (arrangement.year !== input.year) {
    throw new AppError(
      'CALENDAR_CONFIRM_MISMATCH',
      `文件中的年份是 ${arrangement.year} 年，与确认的 ${input.year} 年不符；请重新预览后再确认。`,
    );
  }
  assertMayLoadYear(arrangement.year, input.replaceBuiltIn);
  const before = rows(ctx.db).find((row) => row.year === arrangement.year);
  const at = ctx.now().toISOString();
  const by = actorName(ctx);
  const replacesBuiltIn = BUILT_IN_YEARS.includes(arrangement.year) ? 1 : 0;
  sql.run(
    ctx.db,
    `INSERT INTO calendar_office_years (year, source, source_text, arrangement_json, replaces_built_in, loaded_at, loaded_by)
       VALUES (@year, @source, @text, @json, @replaces, @at, @by)
       ON CONFLICT (year) DO UPDATE SET source = excluded.source, source_text = excluded.source_text,
         arrangement_json = excluded.arrangement_json, replaces_built_in = excluded.replaces_built_in,
         loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by`,
    {
      year: arrangement.year,
      source: arrangement.source,
      text: input.text,
      json: JSON.stringify(arrangement),
      replaces: replacesBuiltIn,
      at,
      by,
    },
  );
  // Built once here so a year that cannot join the calendar fails this command, not every later one.
  officeCalendar(ctx.db);
  const what = before ? '重新载入' : replacesBuiltIn ? '载入（替换内置安排）' : '载入';
  appendAudit(ctx.db, {
    at,
    actor: by,
    action: 'calendar.load',
    entity: 'calendar',
    entityId: String(arrangement.year),
    summary: `${what} ${arrangement.year} 年节假日安排（${arrangement.source}）`,
    before: before ? arrangementOf(before) : undefined,
    after: arrangement,
  });
  return listCalendarYears(ctx.db);
}

/** Removes a year the office loaded; a built-in year it replaced comes back. */
export function removeCalendarYear(ctx: CoreContext, year: number): CalendarYearView[] {
  const row = rows(ctx.db).find((entry) => entry.year === year);
  if (!row) {
    const why = BUILT_IN_YEARS.includes(year) ? '是内置安排，不能删除' : '不在日历中';
    throw new AppError('NOT_FOUND', `${year} 年的节假日安排${why}。`);
  }
  sql.run(ctx.db, 'DELETE FROM calendar_office_years WHERE year = ?', year);
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action: 'calendar.remove',
    entity: 'calendar',
    entityId: String(year),
    summary: `删除本单位载入的 ${year} 年节假日安排（${row.source}）`,
    before: arrangementOf(row),
    after: undefined,
  });
  return listCalendarYears(ctx.db);
}
