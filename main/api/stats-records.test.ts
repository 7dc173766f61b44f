// Issue #20: every figure of the statistics page opens the records it counts, read from the same SQL
// as the figure — for every cell of every table, the list is exactly as long as the figure.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsYear } from '../../shared/contract';
import { buildYear, HAND_COUNT_2025, type Year } from '../core/reports/testing/year';
import { figuresUnlike } from '../core/stats/testing/figures';

let built: Year | undefined;

function cell(stats: StatsYear, table: string, row: string, column: string) {
  const found = stats.tables.find((t) => t.key === table)?.rows.find((r) => r.label.startsWith(row));
  if (!found) throw new Error(`no row ${table} › ${row}`);
  return { value: found.values[column], records: found.records[column] ?? [] };
}

describe('statistics figures and their records', () => {
  beforeAll(async () => {
    built = await buildYear();
  }, 300_000);
  afterAll(() => built?.office.env.backend.close());

  it('lists for every cell exactly the records its figure counts, in 2025 and the years before', async () => {
    const { office, cases } = built!;
    for (const year of [2025, 2024, 2023]) {
      const stats = await office.env.call('stats.year', { year });
      expect(figuresUnlike(stats), String(year)).toEqual([]);
    }
    const stats = await office.env.call('stats.year', { year: 2025 });

    // The hand count holds (A, B×2, C, D, E, F, H signed), and the lists name those cases.
    const opinions = [1, 2, 3, 4, 5].map((n) => cell(stats, 'opinions', `意见${n}`, 'rounds'));
    expect(opinions.map((o) => o.value)).toEqual([1, 2, 3, 4, 5].map((n) => HAND_COUNT_2025.opinions[n]));
    expect(opinions[1]?.records).toEqual([
      expect.objectContaining({ kind: 'case', id: cases['B'], label: '青山综执罚〔2025〕3号 乱堆乱放' }),
    ]);
    expect(opinions[1]?.records[0]?.detail).toContain('2025-05-12');
    expect(stats.correctionRecords).toHaveLength(HAND_COUNT_2025.reviewed);

    // May: A and B's first round on 05-12, B again, C, D, F, H on 05-19 — B's case twice, once per round.
    const may = cell(stats, 'reviewsByMonth', '5月', 'submitted');
    expect(may.value).toBe(7);
    expect(may.records.filter((r) => r.id === cases['B']).map((r) => r.detail)).toEqual([
      '2025-05-12 送审（第1轮）',
      '2025-05-19 送审（第2轮）',
    ]);
    const september = cell(stats, 'reviewsByMonth', '9月', 'signed');
    expect(september.records.map((r) => r.id)).toEqual([cases['E']]);

    // E's criminal transfer: filed by the police; its deadlines met; reached from the case.
    const criminal = cell(stats, 'transfers', '涉嫌犯罪案件移送', 'accepted');
    expect(criminal.value).toBe(1);
    expect(criminal.records[0]).toMatchObject({ kind: 'case', id: cases['E'] });
    expect(criminal.records[0]?.detail).toContain('2025-09-15');
    expect(cell(stats, 'deadlines', '涉嫌犯罪案件移送（24小时）', 'met').records.map((r) => r.id)).toEqual([
      cases['E'],
    ]);

    // An average opens the records it is computed over: decisions of A, B, C, D (agreeing, dated 2025).
    const decide = cell(stats, 'stageDays', '审核意见签署至作出决定', 'days');
    expect(decide.value).toBe(0);
    expect(decide.records.map((r) => r.id).sort()).toEqual([cases['A'], cases['B'], cases['C'], cases['D']].sort());
    expect(decide.records[0]?.detail).toContain('用时 0.0 天');
  });
});
