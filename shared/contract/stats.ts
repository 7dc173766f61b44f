// The statistics page (issue #20 item 2): figures an office hands upward, computed from the records
// in SQL for one year — never typed. Each chart has its table and an XLSX export.
import { z } from 'zod';
import { method } from './method';
import type { DocumentFile } from './documents';
import type { ReportRecordRef } from './reports';

export const statsYearInput = z.strictObject({
  year: z
    .number({ error: '请选择年份' })
    .int('年份应为整数')
    .min(2000, '年份应在 2000 年至 2099 年之间')
    .max(2099, '年份应在 2000 年至 2099 年之间'),
});

/** One row of a chart's table: a label and its counts, named by the table's columns. */
export interface StatsRow {
  label: string;
  values: Record<string, number>;
  /**
   * Per column, the records the figure counts (for an average, the records it is computed over),
   * from the same SQL as the figure: a count always equals its list's length.
   */
  records: Record<string, ReportRecordRef[]>;
}

export interface StatsTable {
  /** Stable key (e.g. "reviewsByMonth"), used by the page and the export. */
  key: string;
  title: string;
  /** What the figures count, in one sentence (shown under the chart). */
  note: string;
  /** Columns after the label: key and Chinese header. */
  columns: Array<{ key: string; label: string }>;
  rows: StatsRow[];
}

export interface StatsYear {
  year: number;
  /** Years that have any record, for the year picker. */
  years: number[];
  /** 法制审核纠错率: opinions 2–5 over all signed opinions, as a percentage with one decimal; null with none signed. */
  correctionRate: number | null;
  /** The signed opinions the correction rate is computed over. */
  correctionRecords: ReportRecordRef[];
  tables: StatsTable[];
}

export const statsMethods = {
  'stats.year': method<StatsYear>()(statsYearInput),
  'stats.export': method<DocumentFile>()(statsYearInput),
};
