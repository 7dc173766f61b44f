import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { PASSWORD_MIN_LENGTH, type SecretKind } from '../../../shared/contract/session';
import { AppError } from '../../../shared/errors';

// Secrets are never stored: only a scrypt hash with its own salt and cost, so the cost can rise later
// without invalidating the hashes already kept. Comparison is constant-time.

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** ~50–100 ms on an office PC; 32 MiB of memory. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
/**
 * For a secret everyone knows (the demo's, printed when the demo finishes): a slow hash of a public
 * secret protects nothing, and the demo signs some fifty acts, each of which checks the secret again.
 * Tests use it too. ~1 ms.
 */
export const PUBLIC_SECRET_COST: ScryptCost = { N: 2 ** 8, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, cost: ScryptCost): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: 128 * cost.N * cost.r * 2 });
}

export function hashSecret(secret: string, cost: ScryptCost = DEFAULT_COST): string {
  const salt = randomBytes(16);
  const hash = derive(secret, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** False for a wrong secret and for a stored value that is not one of our hashes. */
export function verifySecret(secret: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = derive(secret, salt, { N, r, p });
  return timingSafeEqual(actual, expected);
}

/** The office's rule for a new secret: a password of at least 8 characters, or a PIN of exactly 6 digits. */
export function checkNewSecret(secret: string, kind: SecretKind, field = 'secret'): void {
  if (kind === 'pin') {
    if (!/^\d{6}$/.test(secret)) throw new AppError('VALIDATION', 'PIN 码应为 6 位数字', { field });
    if (/^(\d)\1{5}$/.test(secret) || '0123456789'.includes(secret) || '9876543210'.includes(secret))
      throw new AppError('VALIDATION', 'PIN 码过于简单（如 111111、123456），请另选一个', { field });
    return;
  }
  if (secret.trim().length === 0) throw new AppError('VALIDATION', '密码不能为空', { field });
  if ([...secret].length < PASSWORD_MIN_LENGTH)
    throw new AppError('VALIDATION', `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`, { field });
}
