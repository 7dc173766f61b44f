import { z } from 'zod';
import { CASE_DATES, cleanText, hasVisible, inRange, rangeEnd, type DateRange } from '../text-input';

// Field schemas shared by every contract module. Each message is a whole Chinese sentence
// naming the field, because it is shown to the user exactly as written.

/**
 * Texts allowed more than this many characters are paragraphs (facts, reasons, notes): they keep
 * line breaks and tabs. Shorter ones (names, numbers, addresses, phones) are one line.
 */
const ONE_LINE_MAX = 120;

/** Typed text as stored: invisible controls stripped (shared/text-input.ts says which), then trimmed. */
function typedText(label: string, max: number, missing: string) {
  const multiline = max > ONE_LINE_MAX;
  return z
    .string({ error: missing })
    .overwrite((value) => cleanText(value, multiline))
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`);
}

export function requiredText(label: string, max = 200) {
  return typedText(label, max, `请填写${label}`)
    .min(1, `请填写${label}`)
    .refine(hasVisible, `请填写${label}（不能只有空白或不可见字符）`);
}

export function optionalText(label: string, max = 200) {
  return typedText(label, max, `${label}应为文字`).default('');
}

/** A short identifier the page sends back (a material's key): never long, never shown whole. */
export function keyText(label: string, max = 64) {
  return z
    .string({ error: `${label}无效` })
    .min(1, `${label}无效`)
    .max(max, `${label}无效`)
    .refine((value) => cleanText(value, false) === value && hasVisible(value), `${label}无效`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date: 2025-02-30 matches the pattern but is refused. */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A real date within the field's plausible range (shared/text-input.ts: case events 2000-01-01 to
 * the end of next year by default; certificates and rule documents have their own).
 */
export function isoDate(label: string, range: DateRange = CASE_DATES) {
  return z
    .string({ error: `请填写${label}` })
    .regex(ISO_DATE, `${label}的格式应为“年-月-日”，例如 2025-03-18`)
    .refine(isRealDate, `${label}不是一个存在的日期`)
    .superRefine((value, ctx) => {
      if (isRealDate(value) && !inRange(value, range))
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `${label}应在 ${range.from} 至 ${rangeEnd(range)} 之间`,
        });
    });
}

/** Largest amount we accept: 1 trillion yuan, far above any township penalty, far below 2^53. */
export const MAX_FEN = 100_000_000_000_000;

export function fen(label: string) {
  return z
    .number({ error: `${label}应为金额数字` })
    .int(`${label}的金额最多精确到分`)
    .min(0, `${label}不能为负数`)
    .max(MAX_FEN, `${label}超出了可登记的范围`);
}

export function entityId(label: string) {
  return z
    .number({ error: `${label}无效` })
    .int(`${label}无效`)
    .positive(`${label}无效`);
}

export const noInput = z.strictObject({});
export const byId = z.strictObject({ id: entityId('编号') });
