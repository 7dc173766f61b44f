// Issue #20: every register's ledger (台账) as XLSX — Chinese headers, dates as dates, money in 元,
// the list's filters, each deadline met or missed — and never a complainant's identity.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { runCli } from '../cli';
import { TEST_SECRET } from './testing/backend';
import { readLedgerWorkbook } from '../core/ledgers/xlsx';
import { buildYear, type Year } from '../core/reports/testing/year';

let year: Year;
beforeAll(async () => {
  year = await buildYear();
}, 300_000);
afterAll(() => year?.office.env.backend.close());

async function ledger(input: InputOf<'ledgers.export'>): Promise<ExcelJS.Workbook> {
  const file = await year.office.env.call('ledgers.export', input);
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return readLedgerWorkbook(Buffer.from(file.base64, 'base64'));
}

/** The sheet as objects keyed by its header row (row 2; row 1 is the title). */
function rows(book: ExcelJS.Workbook, sheet: string): Array<Record<string, unknown>> {
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const headers = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  const out: Array<Record<string, unknown>> = [];
  ws.eachRow((row, number) => {
    if (number <= 2) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

function allText(book: ExcelJS.Workbook): string {
  const parts: string[] = [];
  book.eachSheet((ws) => ws.eachRow((row) => parts.push(JSON.stringify(row.values))));
  return parts.join('\n');
}

describe('ledgers', () => {
  it('cases: the year by its found date, dates as dates, money in 元, proposed and decided; the list filters apply', async () => {
    const book = await ledger({ what: 'cases', year: 2025 });
    const cases = rows(book, '案件台账');
    expect(cases.map((r) => r['案件编号'])).toHaveLength(7);
    expect(cases.some((r) => String(r['案件编号']).includes('2024'))).toBe(false);
    const a = cases.find((r) => r['案件编号'] === '青山综执罚〔2025〕2号')!;
    expect(a['发现日期']).toEqual(new Date(Date.UTC(2025, 3, 10)));
    expect(a['拟罚款（元）']).toBe(2000);
    expect(a['决定罚款（元）']).toBe(1500);
    expect(a['处罚决定书文号']).toBe('青山综执罚决〔2025〕2号');
    // A citizen's identity number stays in the case record.
    expect(allText(book)).not.toContain('11010519491231002X');

    const searched = rows(await ledger({ what: 'cases', year: 2025, filters: { search: '餐饮' } }), '案件台账');
    expect(searched.map((r) => r['案件编号'])).toEqual(['青山综执罚〔2025〕4号']);
    const decided = rows(await ledger({ what: 'cases', year: null, filters: { status: 'decided' } }), '案件台账');
    expect(decided.map((r) => r['案件编号']).sort()).toEqual([
      '青山综执罚〔2024〕9号',
      '青山综执罚〔2025〕2号',
      '青山综执罚〔2025〕3号',
      '青山综执罚〔2025〕4号',
      '青山综执罚〔2025〕5号',
    ]);
  });

  it('reviews: every round with its triggers and opinion; notices to supplement on their own sheet', async () => {
    const book = await ledger({ what: 'reviews', year: 2025 });
    const rounds = rows(book, '审核轮次');
    expect(rounds).toHaveLength(8);
    const b = rounds.filter((r) => r['案件编号'] === '青山综执罚〔2025〕3号');
    expect(b.map((r) => r['审核意见'])).toEqual(['意见2：纠正完善后再送审', '意见1：同意']);
    expect(String(rounds.find((r) => r['案件编号'] === '青山综执罚〔2025〕4号')?.['审核情形（触发条件）'])).toContain(
      '罚款或没收数额较大',
    );
    expect(rows(book, '补正材料通知')).toEqual([]);
  });

  it('transfers: the criminal transfer with each deadline met or missed', async () => {
    const book = await ledger({ what: 'transfers', year: 2025 });
    const [crime] = rows(book, '涉嫌犯罪移送');
    expect(crime).toMatchObject({
      案件编号: '青山综执罚〔2025〕6号',
      审批是否按期: '按期',
      '移送是否按期（批准后24小时）': '按期',
      公安决定: '立案',
      公安审查是否按期: '按期',
      公安审查截止: new Date(Date.UTC(2025, 8, 18)),
    });
    expect(rows(book, '移出案件')).toEqual([]);
    // The open scope is the transfers page's 办理中 list: a filed transfer is no longer open.
    expect(rows(await ledger({ what: 'transfers', year: 2025, filters: { scope: 'open' } }), '涉嫌犯罪移送')).toEqual(
      [],
    );
  });

  it('complaints: never the complainant, even where typed into the matter', async () => {
    const book = await ledger({ what: 'complaints', year: 2025 });
    const text = allText(book);
    expect(text).not.toContain('李举报');
    expect(text).not.toContain('13800001111');
    const [complaint] = rows(book, '举报投诉');
    expect(complaint?.['反映事项']).toBe('（举报人）反映：某餐馆油烟扰民，联系电话（联系方式）。');
    expect(complaint?.['答复是否按期']).toBe('未办（已逾期）');
  });

  it('staff: certificates read on the year’s last day, training hours against the 60 a year', async () => {
    await year.office.env.call('training.add', {
      staffId: year.office.handler,
      heldOn: '2025-05-10',
      subject: '《行政处罚法》专题培训',
      hours: 12.5,
      organiser: '区司法局',
    });
    const staff = rows(await ledger({ what: 'staff', year: 2025 }), '执法人员');
    expect(staff.find((r) => r['姓名'] === '王建国')).toMatchObject({
      培训学时: 12.5,
      应达学时: 60,
      学时是否达标: '差 47.5 学时',
    });
    expect(staff.find((r) => r['姓名'] === '马涛')?.['执法证状态']).toBe('已过期');
    expect(staff.find((r) => r['姓名'] === '王建国')).toMatchObject({ 执法证状态: '有效', 承办案件数: 7 });
  });

  it('fashen export writes the same ledger; a wrong --what is a usage error', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fashen-ledger-')), '台账.xlsx');
    const printed: string[] = [];
    const io = {
      readStdin: async () => `${TEST_SECRET}\n`,
      stdout: (t: string) => printed.push(t),
      stderr: (t: string) => printed.push(t),
    };
    const dataDir = year.office.env.dataDir;
    // Case data is read by someone who signs in: without --as (and no terminal to ask at) it is refused.
    const unsigned = await runCli(
      ['export', '--what', 'supervision', '--year', '2025', '--out', out, '--data-dir', dataDir],
      io,
    );
    expect(unsigned).toBe(1);
    expect(printed.join('')).toContain('请加上 --as');
    printed.length = 0;
    const [handler] = (await year.office.env.call('staff.list', {})).filter((p) => p.id === year.office.handler);
    const as = ['--as', handler?.name ?? ''];
    const ok = await runCli(
      ['export', '--what', 'supervision', '--year', '2025', '--out', out, ...as, '--data-dir', dataDir],
      io,
    );
    expect(ok, printed.join('')).toBe(0);
    const book = await readLedgerWorkbook(readFileSync(out));
    expect(book.getWorksheet('执法监督')).toBeDefined();
    printed.length = 0;
    const bad = await runCli(['export', '--what', 'everything', '--year', '2025', '--out', out], io);
    expect(bad).toBe(2);
    expect(printed.join('')).toContain('请用 --what 指定台账');
    printed.length = 0;
    const report = await runCli(
      [
        'report',
        'annual',
        '--year',
        '2025',
        '--out',
        out.replace('台账.xlsx', '年报.docx'),
        ...as,
        '--data-dir',
        year.office.env.dataDir,
      ],
      io,
    );
    expect(report, printed.join('')).toBe(0);
  });
});
