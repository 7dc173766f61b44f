// A year's holiday arrangement (节假日安排) as the State Council's yearly notice states it, and the
// summary a person checks before an office-loaded year counts. Shared so the settings screen can
// validate a file with the same rules the core uses.
import { z } from 'zod';

/** The time zone every office date and time is read in, whatever the PC is set to (China has one zone, no daylight saving). */
export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as Chinese text reads it: '2025-06-02' → '2025年6月2日' (anything else as it is). */
export function chineseDate(iso: string): string {
  const match = ISO_DATE_PATTERN.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

/** True for a real calendar date written exactly as YYYY-MM-DD ('2025-02-30' and '2025-1-1' are not). */
export function isValidIsoDate(text: string): boolean {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC rolls 02-30 over to 03-02; a round trip exposes it.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Weekday labels indexed like Date#getUTCDay (0 = Sunday). */
export const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2099;

const isoDateSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? '缺少此项' : '应为“2027-01-01”这样的日期'),
  })
  .refine(isValidIsoDate, {
    error: '应为“2027-01-01”这样的日期（年-月-日，月和日都写两位），并且是日历上真实存在的一天',
  });

function requiredText(maxLength: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? '缺少此项' : '应为文字') })
    .trim()
    .min(1, { error: '不能为空' })
    .max(maxLength, { error: `不能超过 ${maxLength} 个字` });
}

function unknownKeysMessage(issue: { code?: string; keys?: string[] }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  return `有不认识的字段：${(issue.keys ?? []).join('、')}（请检查拼写）`;
}

export const holidayPeriodSchema = z.strictObject(
  {
    name: requiredText(20),
    from: isoDateSchema,
    to: isoDateSchema,
  },
  { error: (issue) => unknownKeysMessage(issue) ?? '应为包含 name、from、to 的一项' },
);
export type HolidayPeriod = z.infer<typeof holidayPeriodSchema>;

export const yearArrangementSchema = z.strictObject(
  {
    year: z
      .number({ error: (issue) => (issue.input === undefined ? '缺少此项' : '应为数字，例如 2027') })
      .int({ error: '应为整数' })
      .min(MIN_CALENDAR_YEAR, { error: `应在 ${MIN_CALENDAR_YEAR} 至 ${MAX_CALENDAR_YEAR} 之间` })
      .max(MAX_CALENDAR_YEAR, { error: `应在 ${MIN_CALENDAR_YEAR} 至 ${MAX_CALENDAR_YEAR} 之间` }),
    source: requiredText(100),
    holidays: z
      .array(holidayPeriodSchema, {
        error: (issue) => (issue.input === undefined ? '缺少此项' : '应为放假时段的列表'),
      })
      .min(1, { error: '至少要有一个放假时段' }),
    makeupWorkdays: z.array(isoDateSchema, {
      error: (issue) => (issue.input === undefined ? '缺少此项（没有调休上班日时请写 []）' : '应为日期的列表'),
    }),
  },
  { error: (issue) => unknownKeysMessage(issue) ?? '应为一个包含 year、source、holidays、makeupWorkdays 的对象' },
);
export type YearArrangement = z.infer<typeof yearArrangementSchema>;

export const holidayPeriodPreviewSchema = z.object({
  name: z.string(),
  from: z.string(),
  to: z.string(),
  fromWeekday: z.string(),
  toWeekday: z.string(),
  /** Calendar days from `from` to `to` inclusive: the notice's "共N天". */
  days: z.number().int(),
  /** Monday–Friday days inside the period, i.e. working days it takes away. */
  weekdaysOff: z.number().int(),
  /** e.g. "1月28日（周二）至2月4日（周二），共8天". */
  text: z.string(),
});
export type HolidayPeriodPreview = z.infer<typeof holidayPeriodPreviewSchema>;

export const makeupWorkdayPreviewSchema = z.object({
  date: z.string(),
  weekday: z.string(),
  /** e.g. "1月26日（周日）上班". */
  text: z.string(),
});
export type MakeupWorkdayPreview = z.infer<typeof makeupWorkdayPreviewSchema>;

export const yearArrangementPreviewSchema = z.object({
  year: z.number().int(),
  source: z.string(),
  holidays: z.array(holidayPeriodPreviewSchema),
  makeupWorkdays: z.array(makeupWorkdayPreviewSchema),
  /** Working days in the whole year under this arrangement. */
  workingDays: z.number().int(),
  /** Days off in the whole year (weekends + holidays − make-up days). */
  restDays: z.number().int(),
});
export type YearArrangementPreview = z.infer<typeof yearArrangementPreviewSchema>;
