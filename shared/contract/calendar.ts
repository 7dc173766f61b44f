// The office's working-day calendar (issue #5): built-in years and those an office loads from the
// State Council's yearly holiday notice.
import { z } from 'zod';
import { cleanText } from '../text-input';
import type { YearArrangement, YearArrangementPreview } from '../domain/calendar';
import { noInput } from './fields';
import { method } from './method';

export interface CalendarYearView {
  year: number;
  source: string;
  origin: 'built-in' | 'office';
  replacesBuiltIn: boolean;
  loadedAt: string | null;
  loadedBy: string | null;
  workingDays: number;
  restDays: number;
}
export interface CalendarYearDetail {
  view: CalendarYearView;
  arrangement: YearArrangement;
  preview: YearArrangementPreview;
  sourceText: string | null;
}
export interface CalendarPreview {
  arrangement: YearArrangement;
  preview: YearArrangementPreview;
  existing: 'built-in' | 'office' | null;
}

const flag = (label: string) => z.boolean({ error: `${label}应为“是”或“否”` });
/** A typed file is kept exactly as typed, so it is not trimmed. */
const fileText = z
  .string({ error: '请填写节假日安排文件内容' })
  // Invisible controls (a BOM from Notepad, a zero-width space) are stripped like any typed text.
  .overwrite((text) => cleanText(text, true))
  .max(20000, '节假日安排文件内容不能超过 20000 个字')
  .refine((text) => text.trim().length > 0, '请填写节假日安排文件内容');
const yearField = z
  .number({ error: '请填写年份' })
  .int('年份应为整数')
  .min(2000, '年份应在 2000 至 2099 之间')
  .max(2099, '年份应在 2000 至 2099 之间');

export const calendarMethods = {
  /** The known years, and today and the time now as the office clock reads them (forms start from these). */
  'calendar.years': method<{ years: CalendarYearView[]; today: string; timeNow: string }>()(noInput),
  'calendar.year': method<CalendarYearDetail>()(z.strictObject({ year: yearField })),
  'calendar.preview': method<CalendarPreview>()(z.strictObject({ text: fileText })),
  /** Loads a previewed year; `year` repeats what the person saw in the preview, as their confirmation. */
  'calendar.load': method<CalendarYearView[]>()(
    z.strictObject({ text: fileText, year: yearField, replaceBuiltIn: flag('是否替换内置安排').default(false) }),
  ),
  'calendar.remove': method<CalendarYearView[]>()(z.strictObject({ year: yearField })),
};
