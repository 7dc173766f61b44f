// Money is integer fen (分) everywhere inside the app; yuan strings exist only at the edges.

const YUAN_PATTERN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parses a yuan amount typed by a person ("2000", "1999.99") into integer fen.
 * Returns null for anything that is not a plain non-negative decimal with at most two places:
 * "-1", "1e3", "1,000", "１０" and "" are all refused rather than guessed at.
 */
export function parseYuanToFen(text: string): number | null {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + cents;
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Formats integer fen as yuan with two decimals and thousands separators: 200000 → "2,000.00". */
export function formatFenAsYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** Formats fen for a form field: no separators, decimals only when needed (200000 → "2000"). */
export function fenToYuanInput(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}
