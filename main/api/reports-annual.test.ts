// Issue #20: the annual report (行政执法统计年报) is counted from the records of the year, each table
// against a hand count of a year built through the API (main/core/reports/testing/year.ts); the
// decided penalty is recorded on the decision, within what the review passed.

import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLedgerWorkbook } from '../core/ledgers/xlsx';
import { buildYear, HAND_COUNT_2025, type Year } from '../core/reports/testing/year';
import { as, reviewAll, setUpOffice, signOff, submit } from '../core/review/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';
import type { Env } from '../core/review/testing/fixture';

let built: Year | undefined;
const year = (): Promise<Year> => Promise.resolve(built!);

describe('the annual report', () => {
  beforeAll(async () => {
    built = await buildYear();
  }, 300_000);
  afterAll(() => built?.office.env.backend.close());

  it('counts each table of 2025 as the hand count does, every figure with its records', async () => {
    const { office } = await year();
    const report = await office.env.call('reports.annual', { year: 2025 });
    const hand = HAND_COUNT_2025;
    const byKey = Object.fromEntries(report.penalties.map((f) => [f.key.replace('penalty-', ''), f]));
    for (const row of report.penalties) {
      expect(row.value, row.label).toBe(hand.penalties[row.key.replace('penalty-', '')] ?? 0);
      expect(row.records).toHaveLength(row.value);
    }
    // C (fine + confiscation + 责令停产停业) counted once, under its heaviest kind.
    expect(byKey['order-suspension']?.records.map((r) => r.label)).toEqual(['青山综执罚〔2025〕4号 无证经营餐饮']);
    expect(byKey['confiscate']?.value).toBe(0);
    expect(report.penaltyTotal.value).toBe(hand.penaltyTotal);
    expect(report.money).toMatchObject({
      fineFen: hand.fineFen,
      gainsFen: hand.gainsFen,
      propertyFen: hand.propertyFen,
      totalFen: hand.fineFen + hand.gainsFen + hand.propertyFen,
    });
    // A's fine as decided (1,500 元), not as proposed (2,000 元).
    expect(report.money.records.find((r) => r.label.startsWith('青山综执罚〔2025〕2号'))?.detail).toContain(
      '1,500.00 元',
    );
    expect(report.reviewed.value).toBe(hand.reviewed);
    expect(report.reviewed.records).toHaveLength(hand.reviewed);
    expect(report.corrected.value).toBe(hand.corrected);
    expect(report.opinions.map((o) => o.value)).toEqual([1, 2, 3, 4, 5].map((n) => hand.opinions[n]));
    expect(report.crimeTransferred.value).toBe(hand.crimeTransferred);
    expect(report.crimeAccepted.value).toBe(hand.crimeAccepted);
    expect(report.crimeAccepted.records[0]).toMatchObject({ kind: 'criminal-transfer' });
    expect(report.asOf).toBe('2025-12-31');
    expect(report.enforcementStaff.value).toBe(hand.enforcementStaff);
    expect(report.certified.value).toBe(hand.certified);
    expect(report.certified.records.map((r) => r.label).sort()).toEqual(['刘晓燕', '王建国']);

    // 2024 holds only case G.
    const earlier = await office.env.call('reports.annual', { year: 2024 });
    expect(earlier.penaltyTotal.value).toBe(1);
    expect(earlier.reviewed.value).toBe(1);
    expect(earlier.money.fineFen).toBe(100_000);
  });

  it('writes the same figures to XLSX and to the DOCX report', async () => {
    const { office } = await year();
    const xlsx = await office.env.call('reports.annualFile', { year: 2025, format: 'xlsx' });
    expect(xlsx.fileName).toBe('2025年度行政执法统计年报.xlsx');
    const book = await readLedgerWorkbook(Buffer.from(xlsx.base64, 'base64'));
    const penalties = book.getWorksheet('行政处罚决定')!;
    const rows = new Map<string, unknown>();
    penalties.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('责令停产停业')).toBe(1);
    expect(rows.get('罚款')).toBe(2);
    expect(rows.get('行政处罚决定合计')).toBe(4);
    const money = book.getWorksheet('罚没金额')!;
    expect(money.getCell('B6').value).toBe(37_000);
    expect(money.getCell('C6').value).toBe(3.7);
    expect(book.getWorksheet('统计明细')!.rowCount).toBeGreaterThan(10);

    const docx = await office.env.call('reports.annualFile', { year: 2025, format: 'docx' });
    const xml = strFromU8(unzipSync(Buffer.from(docx.base64, 'base64'))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(xml).toContain('2025年度行政执法统计年报');
    expect(xml).toContain('本年度共作出行政处罚决定4件');
    expect(xml).toContain('罚没金额共计3.7000万元');
    expect(xml).toContain('出具法制审核意见8件');
    expect(xml).toContain('纠错意见3件，纠错率37.5%');
    expect(xml).toContain('移送涉嫌犯罪案件1件，司法机关受理（立案）1件');
    expect(xml).toContain('持有有效行政执法证件2人，持证率50.0%');
  });

  it('refuses a year out of range in Chinese', async () => {
    const { office } = await year();
    const error = await office.env.fail('reports.annual', { year: 1999 });
    expect(error.message).toContain('年度应在 2000 年至 2099 年之间');
  });
});

let env: Env | undefined;
afterEach(() => env?.backend.close());

describe('the decided penalty', () => {
  it('is recorded with the decision, within what the review passed; beyond it is refused and nothing changes', async () => {
    const office = await setUpOffice('2025-06-02T02:00:00.000Z');
    env = office.env;
    const round = await submit(office);
    await reviewAll(office, round.id);
    await signOff(office, round.id, 1);
    await as(office, office.decider);
    const base = {
      roundId: round.id,
      agrees: true,
      decisionNumber: '青山综执罚决〔2025〕2号',
      decisionDate: '2025-06-02',
    };
    const heavier = await refusedUnchanged(office.env, 'review.recordDecision', {
      ...base,
      decidedPenalty: { penaltyKinds: ['fine'], fineFen: 300_000 },
    });
    expect(heavier.message).toContain('高于经法制审核的拟处罚金额');
    const otherKind = await refusedUnchanged(office.env, 'review.recordDecision', {
      ...base,
      decidedPenalty: { penaltyKinds: ['fine', 'order-closure'], fineFen: 100_000 },
    });
    expect(otherKind.message).toContain('责令关闭');
    const noAmount = await refusedUnchanged(office.env, 'review.recordDecision', {
      ...base,
      decidedPenalty: { penaltyKinds: ['fine'], fineFen: 0 },
    });
    expect(noAmount.message).toContain('请填写金额');
    const decided = await office.env.call('review.recordDecision', {
      ...base,
      decidedPenalty: { penaltyKinds: ['fine'], fineFen: 120_000 },
    });
    expect(decided.headDecision?.decidedPenalty).toEqual({
      penaltyKinds: ['fine'],
      fineFen: 120_000,
      illegalGainsFen: 0,
      illegalPropertyFen: 0,
    });
  });
});
