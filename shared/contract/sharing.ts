// 信息共享 (issue #19): information the office shares with another body, and information shared with it.
// 涪陵府办〔2024〕1号 二(一) (nine kinds); 周政办字〔2018〕18号 二(四)5 (当日互通, 最长不超过5个工作日;
// 数据材料3个工作日) and 二(四)3(4) (行政处罚决定2个工作日内抄告); 郯政发〔2023〕1号 二(三)10 (5个工作日).
import { z } from 'zod';
import type { DeadlineView } from './transfers';
import { byId, entityId, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';

export const SHARING_DIRECTIONS = ['out', 'in'] as const;
export type SharingDirection = (typeof SHARING_DIRECTIONS)[number];
export const SHARING_DIRECTION_LABELS: Record<SharingDirection, string> = {
  out: '本单位提供',
  in: '对方提供',
};

export const SHARING_MODES = ['notify', 'request'] as const;
export type SharingMode = (typeof SHARING_MODES)[number];
export const SHARING_MODE_LABELS: Record<SharingMode, string> = {
  notify: '信息形成或收到后主动共享',
  request: '按要求提供数据材料',
};

/**
 * The kinds of information the three documents list (涪陵府办〔2024〕1号 二(一)1–9, 周政办字〔2018〕18号
 * 二(四)5(1)–(9), 郯政发〔2023〕1号 二(三)10(1)–(7)), merged where they name the same thing;
 * 不予立案处罚 is 郯政发〔2023〕1号 二(三)10(4)'s own words.
 */
export const SHARING_KINDS = [
  'laws',
  'permits',
  'inspections',
  'penalty-decision',
  'no-penalty',
  'statistics',
  'discretion',
  'dynamic',
  'complaints',
  'other',
] as const;
export type SharingKind = (typeof SHARING_KINDS)[number];
export const SHARING_KIND_LABELS: Record<SharingKind, string> = {
  laws: '法律、法规、规章、技术规范、标准及规范性文件',
  permits: '行政许可、备案、确认等行政决定及行业管理信息',
  inspections: '执法检查、监督检查情况',
  'penalty-decision': '行政处罚、行政强制决定及执行情况',
  'no-penalty': '不予立案处罚的相关情况',
  statistics: '统计分析数据',
  discretion: '自由裁量基准及执法工作流程',
  dynamic: '履职中收集、掌握、制作的动态信息',
  complaints: '举报、投诉、信访案件的受理与处理情况',
  other: '其他需要共享的执法信息',
};

export const SHARING_METHODS = ['network', 'letter', 'collect'] as const;
export type SharingMethod = (typeof SHARING_METHODS)[number];
/** 周政办字〔2018〕18号 二(四)5: 采取各种网络信息技术手段互通信息；部门之间抄告、移送；主动采集、整理. */
export const SHARING_METHOD_LABELS: Record<SharingMethod, string> = {
  network: '网络信息技术手段',
  letter: '抄告、移送',
  collect: '主动采集、整理',
};

export const SHARING_ORIGIN_LABELS = {
  manual: '手工登记',
  'penalty-decision': '登记行政处罚决定时自动生成',
  'transfer-refused': '不予受理移送案件时自动生成',
} as const;
export type SharingOrigin = keyof typeof SHARING_ORIGIN_LABELS;

export type SharingState = 'pending' | 'shared';
export const SHARING_STATE_LABELS: Record<SharingState, string> = {
  pending: '待共享',
  shared: '已共享',
};

export const SHARING_RULE_QUOTE =
  '综合行政执法部门与相关行政管理部门需要互通的行政执法信息，原则上自信息形成当日内互通，因收集、整理等原因无法于当日互通的，可以适当延长期限，但最长不超过5个工作日。';

export interface SharingSummary {
  id: number;
  direction: SharingDirection;
  mode: SharingMode;
  kind: SharingKind;
  subject: string;
  org: { id: number; name: string } | null;
  formedOn: string;
  sharedOn: string | null;
  state: SharingState;
  deadline: DeadlineView | null;
  updatedAt: string;
}

export interface SharingView extends SharingSummary {
  linkedCase: { id: number; caseNumber: string } | null;
  origin: SharingOrigin;
  method: SharingMethod | null;
  note: string;
  /** The period and where it comes from, e.g. "周政办字〔2018〕18号 二(四)3(4)：2个工作日内抄告". */
  rule: string;
  /** The date the period runs to (null: none applies, e.g. information received). */
  dueDate: string | null;
  profile: { id: string; version: number; name: string };
  /** A 信息共享告知函 can be issued: information the office shares, with its recipient named. */
  canIssueLetter: boolean;
  history: Array<{ at: string; actor: string; summary: string }>;
  createdAt: string;
  createdBy: string;
}

const sharingFields = {
  direction: z.enum(SHARING_DIRECTIONS, { error: '请选择是本单位提供还是对方提供' }),
  mode: z.enum(SHARING_MODES, { error: '请选择主动共享还是按要求提供' }),
  kind: z.enum(SHARING_KINDS, { error: '请选择信息的种类' }),
  subject: requiredText('共享的信息', 1000),
  orgId: entityId('对方单位').nullable().default(null),
  caseId: entityId('关联案件').nullable().default(null),
  formedOn: isoDate('信息形成（收到、提出要求）日期'),
  note: optionalText('备注', 500),
};

export const sharingCreateInput = z.strictObject(sharingFields);
export const sharingUpdateInput = z.strictObject({ id: entityId('共享记录'), ...sharingFields });

export const sharingShareInput = z.strictObject({
  id: entityId('共享记录'),
  sharedOn: isoDate('共享日期'),
  method: z.enum(SHARING_METHODS, { error: '请选择共享方式' }),
  note: optionalText('共享情况', 500),
});

export const sharingListInput = z.strictObject({
  scope: z.enum(['open', 'all'], { error: '范围无效' }).default('open'),
  direction: z.enum(SHARING_DIRECTIONS, { error: '方向无效' }).nullable().default(null),
  kind: z.enum(SHARING_KINDS, { error: '信息种类无效' }).nullable().default(null),
  search: optionalText('搜索内容', 60),
});

export const sharingMethods = {
  'sharing.list': method<SharingSummary[]>()(sharingListInput),
  'sharing.get': method<SharingView>()(byId),
  'sharing.create': method<SharingView>()(sharingCreateInput),
  'sharing.update': method<SharingView>()(sharingUpdateInput),
  'sharing.share': method<SharingView>()(sharingShareInput),
};
