// 统计 › 年报: the 行政执法统计年报 computed from the records (issue #20). Every figure carries the
// records it counts, so the page can open the list behind each number.
import { z } from 'zod';
import type { DocumentFile } from './documents';
import { reportYear } from './ledgers';
import { method } from './method';

/** A record a figure counts, and where the app shows it. */
export interface ReportRecordRef {
  kind: 'case' | 'round' | 'criminal-transfer' | 'transfer-out' | 'transfer-in' | 'staff';
  id: number;
  /** e.g. "青山综执罚〔2025〕2号 未经批准擅自建设". */
  label: string;
  /** What about the record the figure counts, e.g. "罚款 8,000.00 元；决定书 …". */
  detail: string;
}

export interface ReportFigure {
  key: string;
  label: string;
  value: number;
  records: ReportRecordRef[];
}

export interface AnnualReport {
  year: number;
  officeName: string;
  /** The day the report was computed (office date). */
  generatedOn: string;
  /** Certificates are read on this day: the year's last day, or today during the year. */
  asOf: string;
  /** One row per kind, in 第九条's order; a decision counted once, under its heaviest kind. */
  penalties: ReportFigure[];
  penaltyTotal: ReportFigure;
  /** The heaviest-first order used, and where it comes from. */
  rankRule: string;
  money: { fineFen: number; gainsFen: number; propertyFen: number; totalFen: number; records: ReportRecordRef[] };
  reviewed: ReportFigure;
  corrected: ReportFigure;
  /** Per opinion 1–5. */
  opinions: ReportFigure[];
  crimeTransferred: ReportFigure;
  crimeAccepted: ReportFigure;
  enforcementStaff: ReportFigure;
  certified: ReportFigure;
}

export const REPORT_FORMATS = ['xlsx', 'docx'] as const;

export const reportMethods = {
  'reports.annual': method<AnnualReport>()(z.strictObject({ year: reportYear })),
  /** The annual report as a file: XLSX tables, or the DOCX report in 公文 layout. */
  'reports.annualFile': method<DocumentFile>()(
    z.strictObject({
      year: reportYear,
      format: z.enum(REPORT_FORMATS, { error: '格式只能是 Excel 表格（XLSX）或 Word 文档（DOCX）' }),
    }),
  ),
};
