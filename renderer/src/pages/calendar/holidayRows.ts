// The State Council's holiday notice as the loader's form holds it — one row per holiday, its days
// off and the weekend days worked for it — and the same notice as the text the server reads.

import type { YearArrangement } from '../../../../shared/domain/calendar';

/** One line of the notice: a holiday, its days off, and the weekend days worked for it. */
export interface HolidayRow {
  name: string;
  from: string | null;
  to: string | null;
  /** The 调休上班日 the notice names for this holiday, separated by 、 or commas. */
  makeup: string;
}

export interface LoaderValues extends Record<string, unknown> {
  mode: 'form' | 'text';
  year: number | string;
  source: string;
  rows: HolidayRow[];
  text: string;
  replaceBuiltIn: boolean;
}

export const EMPTY_ROW: HolidayRow = { name: '', from: null, to: null, makeup: '' };
export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

export function template(year: number): string {
  return `year: ${year}
source: 国务院办公厅关于${year}年部分节假日安排的通知（国办发明电〔${year - 1}〕号）
holidays:
  - { name: 元旦, from: ${year}-01-01, to: ${year}-01-01 }
  - { name: 春节, from: ${year}-02-00, to: ${year}-02-00 }
makeupWorkdays: [${year}-01-00]
`;
}

export function splitDates(text: string): string[] {
  return text
    .split(/[、，,;；\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The form as the arrangement text the server reads (YAML; every value quoted, so a name or a date is
 * never read as anything else). The 调休上班日 of each row are listed in row order.
 */
export function arrangementText(values: Pick<LoaderValues, 'year' | 'source' | 'rows'>): string {
  const q = (value: string | null) => JSON.stringify(value ?? '');
  const year = typeof values.year === 'number' ? String(values.year) : q(String(values.year));
  const holidays = values.rows.map((row) => `  - { name: ${q(row.name)}, from: ${q(row.from)}, to: ${q(row.to)} }`);
  const makeup = values.rows.flatMap((row) => splitDates(row.makeup)).map(q);
  return [
    `year: ${year}`,
    `source: ${q(values.source)}`,
    holidays.length ? 'holidays:' : 'holidays: []',
    ...holidays,
    `makeupWorkdays: [${makeup.join(', ')}]`,
    '',
  ].join('\n');
}

/** The rows for an arrangement the server read (from the expert view), each workday under the holiday it is nearest to. */
export function rowsOf(arrangement: YearArrangement): HolidayRow[] {
  const rows = arrangement.holidays.map((period) => ({ ...period, makeup: [] as string[] }));
  const distance = (date: string, period: { from: string; to: string }) => {
    const day = Date.parse(date);
    return Math.min(Math.abs(day - Date.parse(period.from)), Math.abs(day - Date.parse(period.to)));
  };
  for (const date of arrangement.makeupWorkdays) {
    const nearest = rows.reduce((best, row) => (distance(date, row) < distance(date, best) ? row : best), rows[0]!);
    nearest.makeup.push(date);
  }
  return rows.map((row) => ({ name: row.name, from: row.from, to: row.to, makeup: row.makeup.join('、') }));
}

/** Which row a server error is about ("holidays.1.to", or the n-th 调休上班日 in row order). */
export function rowOfField(field: string | undefined, rows: HolidayRow[]): number | null {
  const holiday = /^holidays\.(\d+)/.exec(field ?? '');
  if (holiday) return Number(holiday[1]);
  const makeup = /^makeupWorkdays\.(\d+)/.exec(field ?? '');
  if (!makeup) return null;
  let index = Number(makeup[1]);
  for (const [row, value] of rows.entries()) {
    const count = splitDates(value.makeup).length;
    if (index < count) return row;
    index -= count;
  }
  return null;
}
