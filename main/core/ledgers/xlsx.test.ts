import { describe, expect, it } from 'vitest';
import { ledgerWorkbook, readLedgerWorkbook, type LedgerSheet } from './xlsx';

interface Row {
  no: string;
  on: string;
  at: string | null;
  fineFen: number;
  count: number;
}

const sheet: LedgerSheet<Row> = {
  name: '案件台账: 2026/12',
  title: '2026年度 案件台账',
  columns: [
    { header: '案件编号', kind: 'text', value: (r) => r.no },
    { header: '立案日期', kind: 'date', value: (r) => r.on },
    { header: '审核时间', kind: 'datetime', value: (r) => r.at },
    { header: '罚款（元）', kind: 'money', value: (r) => r.fineFen },
    { header: '件数', kind: 'integer', value: (r) => r.count },
  ],
  rows: [
    { no: '青山〔2026〕001', on: '2026-12-03', at: '2026-12-03 09:30', fineFen: 800050, count: 2 },
    { no: '青山〔2026〕002', on: '2026-01-01', at: null, fineFen: 0, count: 0 },
  ],
};

describe('ledger workbook', () => {
  it('writes Chinese headers, real dates and money in 元, and reads back the same values', async () => {
    const book = await readLedgerWorkbook(await ledgerWorkbook([sheet]));
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('案件台账· 2026·12');
    expect(ws.getCell('A1').value).toBe('2026年度 案件台账');
    expect(ws.getRow(2).values).toEqual([undefined, '案件编号', '立案日期', '审核时间', '罚款（元）', '件数']);
    const on = ws.getCell('B3').value as Date;
    expect(on).toBeInstanceOf(Date);
    expect(on.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect((ws.getCell('C3').value as Date).toISOString()).toBe('2026-12-03T09:30:00.000Z');
    expect(ws.getCell('D3').value).toBe(8000.5);
    expect(ws.getColumn(4).numFmt).toBe('#,##0.00');
    expect(ws.getCell('C4').value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('refuses a malformed date rather than writing a wrong one', async () => {
    const bad = { ...sheet, rows: [{ ...sheet.rows[0]!, on: '2026年13月1日' }] };
    await expect(ledgerWorkbook([bad])).rejects.toThrow('台账日期格式不正确');
  });
});
