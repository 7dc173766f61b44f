// How data values read in a Chinese official document: dates with Arabic numerals and no leading
// zeros (GB/T 9704-2012 §7.3.5), money in yuan from integer fen, capitals for amounts (大写).

import { fenToYuanInput } from '../../../shared/money';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isIsoDateTime(value: string): boolean {
  const m = DATETIME.exec(value);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60;
}

/** '2025-10-14' → '2025年10月14日'. */
export function formatChineseDate(iso: string): string {
  const m = DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** '2025-10-15T09:05' → '2025年10月15日9时05分'. */
export function formatChineseDateTime(iso: string): string {
  const m = DATETIME.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日${Number(m[4])}时${m[5] ?? '00'}分`;
}

/** Integer fen as yuan for running text: 500000 → '5000', 12345 → '123.45'. */
export function formatMoney(fen: number): string {
  return fenToYuanInput(fen);
}

const DIGITS_UPPER = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

function upperGroup(group: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos -= 1) {
    const digit = Math.floor(group / 10 ** pos) % 10;
    if (digit === 0) {
      zero = out.length > 0;
    } else {
      if (zero) out += '零';
      out += `${DIGITS_UPPER[digit] ?? ''}${SMALL_UNITS[pos] ?? ''}`;
      zero = false;
    }
  }
  return out;
}

function upperInteger(value: number): string {
  if (value === 0) return '零';
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let out = '';
  // A 零 is read where zeros stand between two written digits: after a group ending in 0, before
  // a group under 1000, or across an empty group.
  let zeroBefore = false;
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const group = groups[i] ?? 0;
    if (group === 0) {
      zeroBefore = out.length > 0;
      continue;
    }
    if (out.length > 0 && (zeroBefore || group < 1000)) out += '零';
    out += upperGroup(group) + (BIG_UNITS[i] ?? '');
    zeroBefore = group % 10 === 0;
  }
  return out;
}

/** Integer fen in capitals as written on Chinese financial and legal papers: 500000 → '伍仟元整'. */
export function formatMoneyUpper(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (jiao === 0 && cents === 0) return `${upperInteger(yuan)}元整`;
  let out = yuan > 0 ? `${upperInteger(yuan)}元` : '';
  if (jiao > 0) out += `${DIGITS_UPPER[jiao] ?? ''}角`;
  else if (yuan > 0) out += '零';
  if (cents > 0) out += `${DIGITS_UPPER[cents] ?? ''}分`;
  return out;
}

const DIGITS_CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五 (heading numbers 一、（一）). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return DIGITS_CN[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : (DIGITS_CN[n % 10] ?? '')}`;
  if (n < 100) return `${DIGITS_CN[Math.floor(n / 10)] ?? ''}十${n % 10 === 0 ? '' : (DIGITS_CN[n % 10] ?? '')}`;
  const hundreds = `${DIGITS_CN[Math.floor(n / 100)] ?? ''}百`;
  const rest = n % 100;
  if (rest === 0) return hundreds;
  if (rest < 10) return `${hundreds}零${DIGITS_CN[rest] ?? ''}`;
  const tens = rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
  return hundreds + tens;
}
