// The 校验码 printed on every issued paper: the first 50 bits of the audit chain's newest hash when
// the paper's number was taken, in Crockford's base32 (no I, L, O, U), as two groups of five.
// A paper handed out carries it away from the data folder: history rewritten after the paper was
// issued no longer holds an entry with this code, however consistently it was rewritten.

import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_CHARS = 10;

/** 校验码 of a chain hash (64 hex digits), e.g. 7K3QD-M2X9A. */
export function chainCode(hash: string): string {
  let bits = '';
  for (const digit of hash.slice(0, 16)) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
  let code = '';
  for (let i = 0; i < CODE_CHARS; i++) code += ALPHABET[parseInt(bits.slice(i * 5, i * 5 + 5), 2)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A code as typed: case, spaces and dashes ignored, and the letters people mistake for digits read as them. */
export function normaliseCode(typed: string): string | undefined {
  const plain = typed
    .toUpperCase()
    .replace(/[\s\-－—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== CODE_CHARS || [...plain].some((char) => !ALPHABET.includes(char))) return undefined;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

export interface CodeMatch {
  id: number;
  at: string;
  summary: string;
  /** The entry's position in the chain, counting from 1. */
  position: number;
}

/** The audit entries whose hash gives this code (normally one). */
export function entriesWithCode(db: Db, code: string): CodeMatch[] {
  const found: CodeMatch[] = [];
  let position = 0;
  for (const row of sql.iterate<{
    id: number;
    at: string;
    summary: string;
    hash: string;
  }>(db, 'SELECT id, at, summary, hash FROM audit_log ORDER BY id')) {
    position++;
    if (chainCode(row.hash) === code) found.push({ id: row.id, at: row.at, summary: row.summary, position });
  }
  return found;
}
