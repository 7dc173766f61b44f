// 发文字号 as GB/T 9704-2012 §7.2.4 writes it: 机关代字 + 〔年份〕 + 序号 + 号, the year in hexagonal
// brackets, the sequence without leading zeros (某司审〔2025〕7号). The sequence itself is kept by
// the database; this only formats it.

import { AppError } from '../../../shared/errors';

export function formatDocNumber(prefix: string, year: number, seq: number): string {
  const code = prefix.trim();
  if (code.length === 0 || /\s/.test(code) || /[〔〕[\]]/.test(code)) {
    throw new AppError('DOC_NUMBER_INVALID', '文号的机关代字不能为空，也不能含空格或括号。');
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new AppError('DOC_NUMBER_INVALID', '文号的年份必须是四位数的年份。');
  }
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new AppError('DOC_NUMBER_INVALID', '文号的序号必须是大于 0 的整数。');
  }
  return `${code}〔${year}〕${seq}号`;
}
