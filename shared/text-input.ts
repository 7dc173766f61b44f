// What typed text may carry into the app, decided once for every door (issue #17).
//
// Invisible characters are STRIPPED on input, never refused: they arrive by copy and paste from
// Word or a web page, and a clerk cannot see them to delete them by hand. Stripped are
//   - bidi controls U+202A–202E, U+2066–2069, U+200E/U+200F, U+061C: a right-to-left override
//     would print a name backwards in a formal document;
//   - zero-width characters U+200B, U+200C, U+2060, U+FEFF, and U+200D except inside an emoji
//     sequence (👨‍👩‍👧), where it is part of the picture;
//   - C0 and C1 controls (NUL, escape, …) and DEL. Paragraph fields keep tab and line break
//     (CR LF and CR become LF); one-line fields turn them into a space.
// A required text must still hold a visible character once stripped and trimmed: a name of only
// spaces, NULs or zero-width spaces is "not filled in".

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF]/g;
const LONE_ZWJ =
  /(?<!\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// Matching control characters is the point of these two.
// eslint-disable-next-line no-control-regex
const CONTROLS_KEEPING_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Typed text with the invisible controls above removed; `multiline` keeps tabs and line breaks. */
export function cleanText(value: string, multiline: boolean): string {
  const stripped = value.replace(BIDI, '').replace(ZERO_WIDTH, '').replace(LONE_ZWJ, '');
  if (multiline) return stripped.replace(/\r\n?/g, '\n').replace(CONTROLS_KEEPING_LINES, '');
  return stripped.replace(/[\t\r\n]+/g, ' ').replace(CONTROLS, '');
}

/**
 * Whether a text holds any character cleanText would strip. A PATH with one is refused instead:
 * silently changing a path would name another file.
 */
export function hasInvisible(value: string): boolean {
  return cleanText(value, true) !== value.replace(/\r\n?/g, '\n') || /[\t\n]/.test(value);
}

/** Blank-looking characters that are neither space nor control: Hangul fillers, the braille blank. */
const BLANK = /[\s\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether a text shows anything at all on paper. */
export function hasVisible(value: string): boolean {
  return value.replace(BLANK, '').length > 0;
}

/** How much of a caller's own value a message may quote: enough to recognise it, never a megabyte. */
export const QUOTE_LIMIT = 20;

/** A caller's value for a message: at most QUOTE_LIMIT characters, then "…", controls removed. */
export function shortQuote(value: unknown): string {
  const text = cleanText(String(value), false);
  const chars = Array.from(text);
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : text;
}

/**
 * A plausible range for a date field. Bounds are ISO dates, or a number of years after the current
 * year (its 31 December), read from the clock when the input is checked.
 */
export interface DateRange {
  readonly from: string;
  readonly toYearsAhead: number;
}

/**
 * Dates of what happens in a case (discovery, decision, service, answer, a letter's date):
 * 2000-01-01 to the end of next year. The app came long after 2000; a planned decision may fall
 * next year, never later. 1900-01-01 and 9999-12-31 are slips, not dates.
 */
export const CASE_DATES: DateRange = { from: '2000-01-01', toYearsAhead: 1 };
/** An enforcement certificate's validity: issued since 1990, valid up to 30 years ahead. */
export const CERTIFICATE_DATES: DateRange = { from: '1990-01-01', toYearsAhead: 30 };
/** A rule document's date (成文日期): since 1980 (the oldest rules still cited), to next year. */
export const DOCUMENT_DATES: DateRange = { from: '1980-01-01', toYearsAhead: 1 };

/** The last date a range allows, by the clock now. */
export function rangeEnd(range: DateRange, now: Date = new Date()): string {
  return `${now.getFullYear() + range.toYearsAhead}-12-31`;
}

/** Whether an ISO date (already known to be real) lies in the range; ISO dates compare as strings. */
export function inRange(value: string, range: DateRange, now: Date = new Date()): boolean {
  return value >= range.from && value <= rangeEnd(range, now);
}

/** The longest key name a path shows whole: our own field names are far shorter. */
const PATH_PART_LIMIT = 64;

/** A dotted field path for a message or an error's `field`: a caller's own key (maybe a megabyte) is cut short. */
export function shortPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => {
      const chars = Array.from(cleanText(String(part), false));
      return chars.length > PATH_PART_LIMIT ? `${chars.slice(0, PATH_PART_LIMIT).join('')}…` : chars.join('');
    })
    .join('.');
}
