// 台账 (ledgers): every register exported to Excel with the filters its list shows (issue #20).
import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case';
import { SHARING_KINDS } from './sharing';
import type { DocumentFile } from './documents';
import { optionalText } from './fields';
import { method } from './method';

/** The registers a ledger can be exported from, as `fashen export --what` names them. */
export const LEDGER_KINDS = [
  'cases',
  'reviews',
  'transfers',
  'papers',
  'staff',
  'assistance',
  'complaints',
  'sharing',
  'disputes',
  'supervision',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  cases: '案件台账',
  reviews: '法制审核台账',
  transfers: '案件移送台账',
  papers: '文书台账',
  staff: '执法人员台账',
  assistance: '执法协助台账',
  complaints: '举报投诉台账',
  sharing: '信息共享台账',
  disputes: '管辖争议台账',
  supervision: '执法监督台账',
};

/** A year a ledger or report may cover. */
export const reportYear = z
  .number({ error: '请填写年度' })
  .int('年度应为四位数字')
  .min(2000, '年度应在 2000 年至 2099 年之间')
  .max(2099, '年度应在 2000 年至 2099 年之间');

/**
 * The filters of the register's list on screen, passed as they are; each ledger uses those its list
 * has (cases: search and status; the registers: scope, search and, for 执法协助, direction;
 * transfers: scope; 信息共享 also direction and kind). `year` narrows to the records of one year by the register's own date.
 */
export const ledgerFilters = z.strictObject({
  search: optionalText('搜索内容', 100),
  status: z.enum(CASE_STATUSES, { error: '案件状态不在可选范围内' }).nullable().default(null),
  scope: z.enum(['open', 'all'], { error: '范围无效' }).default('all'),
  direction: z.enum(['out', 'in'], { error: '方向无效' }).nullable().default(null),
  /** 信息共享's kind of information. */
  kind: z.enum(SHARING_KINDS, { error: '信息种类无效' }).nullable().default(null),
});
export type LedgerFilters = z.output<typeof ledgerFilters>;

export const ledgerExportInput = z.strictObject({
  what: z.enum(LEDGER_KINDS, { error: '没有这种台账' }),
  year: reportYear.nullable().default(null),
  filters: ledgerFilters.default({ search: '', status: null, scope: 'all', direction: null, kind: null }),
});

export const ledgerMethods = {
  /** The register's ledger as an XLSX file, through the same save/download path as the papers. */
  'ledgers.export': method<DocumentFile>()(ledgerExportInput),
};
