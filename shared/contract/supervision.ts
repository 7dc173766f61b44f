// 执法监督 received (issue #19): 衢政办发〔2022〕16号 第十六条 (《行政执法监督通知书》: 限期纠正并落实整改措施)
// and 第十七条 (《行政执法监督决定书》 after a correction is not made). The period is the notice's own.
import { z } from 'zod';
import type { DeadlineView } from './transfers';
import { byId, entityId, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';

export const SUPERVISION_KINDS = ['notice', 'decision'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  notice: '行政执法监督通知书',
  decision: '行政执法监督决定书',
};

export const SUPERVISION_RULE_QUOTE =
  '行政执法监督中发现行政执法机关及其工作人员存在违法或不当行政执法行为的,司法行政机关有权制作《行政执法监督通知书》,通知其限期纠正并落实整改措施。';

export type SupervisionState = 'open' | 'reported' | 'closed';
export const SUPERVISION_STATE_LABELS: Record<SupervisionState, string> = {
  open: '整改中',
  reported: '已报送整改情况',
  closed: '已办结',
};

export interface SupervisionSummary {
  id: number;
  kind: SupervisionKind;
  issuer: string;
  docNumber: string;
  receivedOn: string;
  matters: string;
  correctBy: string;
  state: SupervisionState;
  deadline: DeadlineView | null;
  updatedAt: string;
}

export interface SupervisionView extends SupervisionSummary {
  linkedCase: { id: number; caseNumber: string } | null;
  reportedOn: string | null;
  reportText: string;
  closedOn: string | null;
  closeNote: string;
  history: Array<{ at: string; actor: string; summary: string }>;
  createdAt: string;
  createdBy: string;
}

export const supervisionCreateInput = z.strictObject({
  kind: z.enum(SUPERVISION_KINDS, { error: '请选择监督文书的种类' }),
  issuer: requiredText('监督机关', 100),
  docNumber: requiredText('监督文书文号', 60),
  receivedOn: isoDate('收到日期'),
  matters: requiredText('监督事项', 2000),
  correctBy: isoDate('整改期限'),
  caseId: entityId('关联案件').nullable().default(null),
});

export const supervisionReportInput = z.strictObject({
  id: entityId('监督记录'),
  reportedOn: isoDate('报告日期'),
  reportText: requiredText('整改情况', 4000),
});

export const supervisionCloseInput = z.strictObject({
  id: entityId('监督记录'),
  closedOn: isoDate('办结日期'),
  note: optionalText('办结说明', 500),
});

export const supervisionListInput = z.strictObject({
  scope: z.enum(['open', 'all'], { error: '范围无效' }).default('open'),
  search: optionalText('搜索内容', 60),
});

export const supervisionMethods = {
  'supervision.list': method<SupervisionSummary[]>()(supervisionListInput),
  'supervision.get': method<SupervisionView>()(byId),
  'supervision.create': method<SupervisionView>()(supervisionCreateInput),
  'supervision.report': method<SupervisionView>()(supervisionReportInput),
  'supervision.close': method<SupervisionView>()(supervisionCloseInput),
};
