// Puts the built-in years and the years an office loaded into one calendar. An office year may
// replace a built-in one only when the caller says so for that year: a typo in a hand-typed file
// must not quietly override data that was checked against the notice.
import type { YearArrangement } from '../../../shared/domain/calendar';
import { AppError } from '../../../shared/errors';
import { BUILT_IN_YEAR_ARRANGEMENTS } from './builtInYears';
import type { CalendarYear, WorkCalendar } from './workCalendar';
import { createWorkCalendar } from './workCalendar';

export interface CalendarSources {
  /** Years the office loaded (already parsed and confirmed). */
  readonly officeYears?: readonly YearArrangement[];
  /** Built-in years the office explicitly chose to replace with its own file. */
  readonly replaceBuiltInYears?: readonly number[];
}

export function builtInYearError(year: number): AppError {
  return new AppError(
    'CALENDAR_YEAR_BUILT_IN',
    `${year} 年的节假日安排已内置于本软件；如确需用载入的文件替换，请勾选“替换内置安排”后再载入。`,
    { year },
  );
}

/** Throws CALENDAR_YEAR_BUILT_IN when loading `year` would replace a built-in year without the flag. */
export function assertMayLoadYear(year: number, replaceBuiltIn: boolean): void {
  const builtIn = BUILT_IN_YEAR_ARRANGEMENTS.some((arrangement) => arrangement.year === year);
  if (builtIn && !replaceBuiltIn) throw builtInYearError(year);
}

export function buildWorkCalendar(sources: CalendarSources = {}): WorkCalendar {
  const officeYears = sources.officeYears ?? [];
  const replace = new Set(sources.replaceBuiltInYears ?? []);
  for (const arrangement of officeYears) assertMayLoadYear(arrangement.year, replace.has(arrangement.year));

  const officeYearNumbers = new Set(officeYears.map((arrangement) => arrangement.year));
  const years: CalendarYear[] = [
    ...BUILT_IN_YEAR_ARRANGEMENTS.filter((arrangement) => !officeYearNumbers.has(arrangement.year)).map(
      (arrangement) => ({ arrangement, origin: 'built-in' as const }),
    ),
    ...officeYears.map((arrangement) => ({ arrangement, origin: 'office' as const })),
  ];
  return createWorkCalendar(years);
}

let builtIn: WorkCalendar | undefined;

/** The calendar of the built-in years alone (e.g. for the CLI); built once. */
export function builtInWorkCalendar(): WorkCalendar {
  builtIn ??= buildWorkCalendar();
  return builtIn;
}
