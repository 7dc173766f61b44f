// The annual report as files: XLSX tables (with every figure's records on a sheet of their own) and
// the DOCX report in 公文 layout through the document engine (templates/annual-report.yaml).

import type { AnnualReport, ReportFigure } from '../../../shared/contract/reports';
import type { CoreContext } from '../context';
import { prepareDocument, renderModel } from '../documents/render';
import { templateLocation } from '../issuing/service';
import { ledgerTable, ledgerWorkbook, type LedgerTable } from '../ledgers/xlsx';
import { annualReport, percent, wanYuan } from './annual';

interface CountRow {
  label: string;
  value: number;
}

function countSheet(name: string, title: string, first: string, rows: CountRow[]): LedgerTable {
  return ledgerTable<CountRow>({
    name,
    title,
    columns: [
      { header: first, kind: 'text', width: 44, value: (r) => r.label },
      { header: '件数', kind: 'integer', value: (r) => r.value },
    ],
    rows,
  });
}

interface MoneyRow {
  label: string;
  fen: number;
}

interface TraceRow {
  figure: string;
  record: string;
  detail: string;
}

export async function annualWorkbook(report: AnnualReport): Promise<Buffer> {
  const head = `${report.officeName} ${report.year}年度行政执法统计年报（统计于 ${report.generatedOn}）`;
  const figures: ReportFigure[] = [
    ...report.penalties,
    report.penaltyTotal,
    report.reviewed,
    report.corrected,
    ...report.opinions,
    report.crimeTransferred,
    report.crimeAccepted,
    report.enforcementStaff,
    report.certified,
  ];
  const trace: TraceRow[] = figures.flatMap((f) =>
    f.records.map((r) => ({ figure: f.label, record: r.label, detail: r.detail })),
  );
  trace.push(...report.money.records.map((r) => ({ figure: '罚没金额', record: r.label, detail: r.detail })));
  return ledgerWorkbook([
    countSheet('行政处罚决定', `${head}\u3000${report.rankRule}`, '处罚种类', [
      ...report.penalties,
      report.penaltyTotal,
    ]),
    ledgerTable<MoneyRow>({
      name: '罚没金额',
      title: head,
      columns: [
        { header: '项目', kind: 'text', width: 30, value: (r) => r.label },
        { header: '金额（元）', kind: 'money', width: 18, value: (r) => r.fen },
        { header: '金额（万元）', kind: 'decimal', width: 16, value: (r) => Number(wanYuan(r.fen)) },
      ],
      rows: [
        { label: '罚款', fen: report.money.fineFen },
        { label: '没收违法所得', fen: report.money.gainsFen },
        { label: '没收非法财物（价值）', fen: report.money.propertyFen },
        { label: '合计', fen: report.money.totalFen },
      ],
    }),
    countSheet('法制审核', `${head}\u3000纠错率 ${percent(report.corrected.value, report.reviewed.value)}`, '项目', [
      report.reviewed,
      report.corrected,
      ...report.opinions,
    ]),
    countSheet('涉嫌犯罪移送', head, '项目', [report.crimeTransferred, report.crimeAccepted]),
    countSheet(
      '持证率',
      `${head}\u3000截至 ${report.asOf}，持证率 ${percent(report.certified.value, report.enforcementStaff.value)}`,
      '项目',
      [report.enforcementStaff, report.certified],
    ),
    ledgerTable<TraceRow>({
      name: '统计明细',
      title: `${head}\u3000每个数字所统计的记录`,
      columns: [
        { header: '统计项', kind: 'text', width: 30, value: (r) => r.figure },
        { header: '记录', kind: 'text', width: 40, value: (r) => r.record },
        { header: '说明', kind: 'text', width: 50, value: (r) => r.detail },
      ],
      rows: trace,
    }),
  ]);
}

/** The data the annual-report template declares. */
export function annualDocumentData(report: AnnualReport) {
  return {
    org: { name: report.officeName },
    year: report.year,
    generatedOn: report.generatedOn,
    asOf: report.asOf,
    penalties: report.penalties.map((f) => ({ label: f.label, count: f.value })),
    penaltyTotal: report.penaltyTotal.value,
    rankRule: report.rankRule,
    money: {
      fine: report.money.fineFen,
      gains: report.money.gainsFen,
      property: report.money.propertyFen,
      total: report.money.totalFen,
      wan: wanYuan(report.money.totalFen),
    },
    review: {
      reviewed: report.reviewed.value,
      corrected: report.corrected.value,
      rate: percent(report.corrected.value, report.reviewed.value),
    },
    opinions: report.opinions.map((f) => ({ label: f.label, count: f.value })),
    crime: { transferred: report.crimeTransferred.value, accepted: report.crimeAccepted.value },
    staff: {
      total: report.enforcementStaff.value,
      certified: report.certified.value,
      rate: percent(report.certified.value, report.enforcementStaff.value),
    },
  };
}

export async function annualDocx(ctx: CoreContext, report: AnnualReport): Promise<Buffer> {
  const { model } = prepareDocument('annual-report', annualDocumentData(report), templateLocation(ctx));
  return renderModel(model, 'docx');
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The report for `year` as a named file, for the app's download and `fashen report annual`. */
export async function annualFile(
  ctx: CoreContext,
  year: number,
  format: 'xlsx' | 'docx',
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const report = annualReport(ctx, year);
  const bytes = format === 'xlsx' ? await annualWorkbook(report) : await annualDocx(ctx, report);
  return { fileName: `${year}年度行政执法统计年报.${format}`, mimeType: MIME[format], bytes };
}
