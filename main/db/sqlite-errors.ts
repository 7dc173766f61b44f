// SQLite's own words ("database disk image is malformed", "Tree 57 page 75: btreeInitPage()…") never
// reach a user: they are turned into one Chinese line here, and kept as technical detail for the log.

/** The SQLite result code of a better-sqlite3 error ("SQLITE_CORRUPT"), or undefined. */
export function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** The file is damaged or not a database at all: only a backup can help. */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== undefined && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function numberList(numbers: readonly number[], limit = 5): string {
  const shown = numbers.slice(0, limit).join('、');
  return numbers.length > limit ? `${shown} 等 ${numbers.length} ` : `${shown} `;
}

/**
 * The lines of PRAGMA integrity_check / quick_check as one Chinese phrase, by kind: damaged pages
 * ("第 74、75 页损坏"), indexes out of step with their table, rules broken by rows. Empty when
 * the lines are "ok" (or say nothing we recognise beyond the header).
 */
export function describeIntegrityLines(lines: readonly string[]): string {
  const pages = new Set<number>();
  const indexes = new Set<string>();
  const tables = new Set<string>();
  let other = 0;
  for (const line of lines) {
    if (line === 'ok' || /^\*\*\* in database/.test(line)) continue;
    const index = /(?:missing from index|entries in index|non-unique entry in index) (\S+)/.exec(line);
    const table = /(?:NULL value in|CHECK constraint failed in|NOT NULL constraint failed in) ([^.\s]+)/.exec(line);
    const page = /[Pp]age (\d+)/.exec(line);
    if (index?.[1]) indexes.add(index[1]);
    else if (table?.[1]) tables.add(table[1]);
    else if (page?.[1]) pages.add(Number(page[1]));
    else other++;
  }
  const parts: string[] = [];
  if (pages.size > 0) parts.push(`第 ${numberList([...pages].sort((a, b) => a - b))}页损坏`);
  if (indexes.size > 0) parts.push(`索引 ${[...indexes].join('、')} 与数据不一致`);
  if (tables.size > 0) parts.push(`数据表 ${[...tables].join('、')} 中有不合规的记录`);
  if (other > 0 && parts.length === 0) parts.push('内部结构异常');
  return parts.join('；');
}

/** One line of technical detail for the log or --verbose: SQLite's lines joined, never shown as the message. */
export function technicalLines(lines: readonly string[]): string {
  return lines.filter((line) => !/^\*\*\* in database/.test(line)).join(' | ');
}
