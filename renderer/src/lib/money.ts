import { parseYuanToFen } from '../../../shared/money';
import { halfWidthDigits } from './halfWidth';

/** Full-width digits and punctuation as a Chinese input method types them → their ASCII forms. */
function halfWidth(text: string): string {
  return halfWidthDigits(text)
    .replace(/，/g, ',')
    .replace(/[．。]/g, '.')
    .replace(/\u3000/g, ' ');
}

/**
 * A yuan amount as a person may type it — "2,000", "２，０００", "2,000.50", "2000 元" — in the
 * plain form shared/money parses ("2000"). Commas are taken as thousands separators only where
 * they group whole digits by three ("20,00" stays wrong), so a mistyped amount is refused rather
 * than guessed at.
 */
export function normalizeYuanText(text: string): string {
  const plain = halfWidth(text)
    .trim()
    .replace(/\s*元$/, '')
    .trim();
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(plain) ? plain.replace(/,/g, '') : plain;
}

/** Integer fen from a typed yuan amount (see normalizeYuanText), or null when it is not an amount. */
export function parseTypedYuan(text: string): number | null {
  return parseYuanToFen(normalizeYuanText(text));
}
