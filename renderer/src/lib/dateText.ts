import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { halfWidthDigits } from './halfWidth';

dayjs.extend(customParseFormat);

/** What a typed date turned out to be: the calendar date (YYYY-MM-DD), or why it is not one. */
export type DateReading = { ok: true; iso: string } | { ok: false; message: string };

export const DATE_FORMAT_HINT = '请按“年-月-日”填写，例如 2026-12-03 或 2026年12月3日';

// Year, month and day as people type them: 2026-12-03, 2026/12/3, 2026.12.3, 2026年12月3日 (or 号),
// with spaces anywhere, or eight digits in a row (20261203). Full-width digits and separators were
// made half-width before this runs.
const SEPARATED = /^(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const CHINESE = /^(\d{1,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** Full-width separators (－ ／ ． 。) and spaces (U+3000) a Chinese input method may type. */
function halfWidthSeparators(text: string): string {
  return text
    .replace(/[－—–‐]/g, '-')
    .replace(/[／]/g, '/')
    .replace(/[．。、]/g, '.')
    .replace(/\u3000/g, ' ');
}

/**
 * Reads a date typed by a person. Impossible dates are refused with the reason (2026-12-32 is not
 * 2027-01-01, 2026-02-29 is not 2026-03-01): nothing is ever rolled over or guessed. The calendar
 * itself (days in a month, leap years) is dayjs's, checked in strict mode.
 */
export function readDate(text: string): DateReading {
  const plain = halfWidthSeparators(halfWidthDigits(text)).trim();
  if (plain === '') return { ok: false, message: '请填写日期' };
  const parts = SEPARATED.exec(plain) ?? CHINESE.exec(plain) ?? COMPACT.exec(plain);
  if (!parts) return { ok: false, message: `无法识别“${quote(text.trim())}”，${DATE_FORMAT_HINT}` };
  const [yearText, monthText, dayText] = [parts[1]!, parts[2]!, parts[3]!];
  if (yearText.length !== 4) return { ok: false, message: `年份请写满四位，例如 2026年12月3日` };
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  if (year < 1000) return { ok: false, message: `年份“${yearText}”不对，请写四位年份，例如 2026` };
  if (month < 1 || month > 12) return { ok: false, message: `没有${month}月：月份应在 1 至 12 之间` };
  const firstOfMonth = dayjs(`${yearText}-${pad(month)}-01`, 'YYYY-MM-DD', true);
  const daysInMonth = firstOfMonth.daysInMonth();
  if (day < 1 || day > daysInMonth)
    return { ok: false, message: `${year}年${month}月没有${day}日：这个月只有 ${daysInMonth} 天` };
  const iso = `${yearText}-${pad(month)}-${pad(day)}`;
  // Belt and braces: dayjs in strict mode must read back exactly the same day.
  const parsed = dayjs(iso, 'YYYY-MM-DD', true);
  if (!parsed.isValid() || parsed.format('YYYY-MM-DD') !== iso)
    return { ok: false, message: `“${quote(text.trim())}”不是一个存在的日期` };
  return { ok: true, iso };
}

/** The typed text as a YYYY-MM-DD date, or null when it is not one. */
export function toIsoDate(text: string): string | null {
  const reading = readDate(text);
  return reading.ok ? reading.iso : null;
}

/** '2026-12-03' → '周四' (the week starts on Monday in China; the weekday helps catch a slip). */
export function weekdayOf(iso: string): string {
  return ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][dayjs(iso, 'YYYY-MM-DD', true).day()]!;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function quote(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
