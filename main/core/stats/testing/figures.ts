// Test-only: every figure of a statistics year against the list of records behind it.

import type { StatsYear } from '../../../../shared/contract';

/**
 * Each cell whose list of records does not match its figure, as "table › row › column: figure ≠ list".
 * A count must equal its list's length; an average (平均天数) is computed over the same records as the
 * count beside it, and is 0 exactly when there are none.
 */
export function figuresUnlike(stats: StatsYear): string[] {
  const wrong: string[] = [];
  for (const table of stats.tables)
    for (const row of table.rows)
      for (const column of table.columns) {
        const value = row.values[column.key];
        const records = row.records[column.key];
        const where = `${table.title} › ${row.label} › ${column.label}`;
        if (value === undefined || records === undefined) {
          wrong.push(`${where}: missing`);
          continue;
        }
        const expected = column.key === 'days' ? (row.values['n'] ?? -1) : value;
        if (records.length !== expected) wrong.push(`${where}: ${value} ≠ ${records.length} records`);
        if (column.key === 'days' && records.length === 0 && value !== 0) wrong.push(`${where}: average of nothing`);
      }
  const signed = stats.tables.find((t) => t.key === 'opinions')?.rows ?? [];
  const total = signed.reduce((sum, row) => sum + (row.values['rounds'] ?? 0), 0);
  if (stats.correctionRecords.length !== total)
    wrong.push(`纠错率: computed over ${total} opinions ≠ ${stats.correctionRecords.length} records`);
  return wrong;
}
