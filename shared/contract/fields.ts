import { z } from 'zod';

// Field schemas shared by every contract module. Each message is a whole Chinese sentence
// naming the field, because it is shown to the user exactly as written.

export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);
}

export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .default('');
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

export function isoDate(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .regex(ISO_DATE, `${label}的格式应为“年-月-日”，例如 2025-03-18`)
    .refine(isRealDate, `${label}不是一个存在的日期`);
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
