// Check-digit validation for the two identifiers a party can have. A mistyped digit is caught at
// entry instead of being printed on a formal paper.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 居民身份证号码 (GB 11643-1999): 17 digits and a check character (0-9 or X). */
export function isValidResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  return residentIdCheckChar(value.slice(0, 17)) === value[17];
}

/** The check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return ID_CHECK[sum % 11] ?? '';
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last a check. */
export function isValidCreditCode(value: string): boolean {
  if (value.length !== 18) return false;
  if ([...value].some((ch) => !CREDIT_CHARS.includes(ch))) return false;
  return creditCodeCheckChar(value.slice(0, 17)) === value[17];
}

/** The check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckChar(first17: string): string {
  const sum = CREDIT_WEIGHTS.reduce((acc, weight, i) => acc + weight * CREDIT_CHARS.indexOf(first17[i] ?? '0'), 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] ?? '';
}
