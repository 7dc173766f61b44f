// 管辖争议 (issue #19): a dispute over which body handles a matter. 衢政办发〔2022〕16号 第六条 (negotiate
// first; 协商不一致的 a written request to the coordinating body), 第七条 (what the request states),
// 第八条 (the written coordination opinion), 第九条 (会商; the government decides). Who coordinates is the
// office profile's (涪陵: 区政府; 周村: 区编办、区政府法制办, then 区政府; 郯城: 县司法局 or 县委编办).
import { z } from 'zod';
import type { DeadlineView, DisputeRouteView } from './transfers';
import { byId, entityId, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';

export const DISPUTE_STEPS = ['settled', 'opinion', 'consultation', 'decision'] as const;
export type DisputeStep = (typeof DISPUTE_STEPS)[number];
export const DISPUTE_STEP_LABELS: Record<DisputeStep, string> = {
  settled: '协商解决',
  opinion: '协调意见',
  consultation: '会商意见',
  decision: '人民政府决定',
};

export type DisputeState = 'negotiating' | 'requested' | 'consulting' | 'government' | 'closed';
export const DISPUTE_STATE_LABELS: Record<DisputeState, string> = {
  negotiating: '协商中',
  requested: '已提请协调',
  consulting: '会商中',
  government: '报请政府决定',
  closed: '已解决',
};

export const DISPUTE_RULE_QUOTE =
  '行政执法机关对行政执法职责有争议的,应当依法自行协商解决。协商不一致的,争议的任何一方均可书面提请相应综合行政执法指导机构协调处理。';

export const DISPUTE_REQUEST_QUOTE =
  '提请综合行政执法指导机构协调处理执法职责争议时应当提交行政执法职责争议申请,说明以下内容:(一)行政执法职责争议焦点;(二)争议双方观点及相应法律、法规、规章依据;(三)其他需要说明的情况。';

export interface DisputeSummary {
  id: number;
  counterpart: { id: number; name: string };
  matter: string;
  openedOn: string;
  body: { id: number; name: string } | null;
  state: DisputeState;
  deadline: DeadlineView | null;
  updatedAt: string;
}

export interface DisputeStepView {
  id: number;
  step: DisputeStep;
  onDate: string;
  agreed: boolean;
  body: string;
  text: string;
  recordedBy: string;
}

export interface DisputeView extends DisputeSummary {
  linkedCase: { id: number; caseNumber: string } | null;
  /** The transfer that started it: link target and a one-line description. */
  transfer: { kind: 'out' | 'in'; id: number; label: string } | null;
  negotiation: string;
  request: {
    requestedOn: string;
    focus: string;
    ourView: string;
    ourBasis: string;
    theirView: string;
    theirBasis: string;
    otherNotes: string;
  } | null;
  steps: DisputeStepView[];
  closedOn: string | null;
  outcome: string;
  /** Who coordinates under the office's profile, in order, with the rule. */
  route: DisputeRouteView;
  profile: { id: string; version: number; name: string };
  /** The next steps the record accepts. */
  actions: Array<'request' | DisputeStep>;
  history: Array<{ at: string; actor: string; summary: string }>;
  createdAt: string;
  createdBy: string;
}

export const disputeCreateInput = z.strictObject({
  counterpartOrgId: entityId('争议对方'),
  matter: requiredText('争议事项', 1000),
  caseId: entityId('关联案件').nullable().default(null),
  openedOn: isoDate('发生争议的日期'),
  negotiation: optionalText('协商情况', 2000),
});

/** 衢政办发〔2022〕16号 第七条: the written request states the focus and both sides' views with their basis. */
export const disputeRequestInput = z.strictObject({
  id: entityId('争议记录'),
  bodyOrgId: entityId('提请协调的机关'),
  requestedOn: isoDate('提请日期'),
  negotiation: requiredText('自行协商的情况', 2000),
  focus: requiredText('争议焦点', 2000),
  ourView: requiredText('本单位观点', 2000),
  ourBasis: requiredText('本单位观点的法律、法规、规章依据', 2000),
  theirView: requiredText('对方观点', 2000),
  theirBasis: optionalText('对方观点的法律、法规、规章依据', 2000),
  otherNotes: optionalText('其他需要说明的情况', 2000),
});

export const disputeStepInput = z.strictObject({
  id: entityId('争议记录'),
  step: z.enum(DISPUTE_STEPS, { error: '请选择登记的环节' }),
  onDate: isoDate('日期'),
  agreed: z.boolean({ error: '请说明双方是否达成一致' }),
  body: optionalText('出具机关', 100),
  text: requiredText('意见或者决定的内容', 4000),
});

export const disputeListInput = z.strictObject({
  scope: z.enum(['open', 'all'], { error: '范围无效' }).default('open'),
  search: optionalText('搜索内容', 60),
});

export const disputeMethods = {
  'disputes.list': method<DisputeSummary[]>()(disputeListInput),
  'disputes.get': method<DisputeView>()(byId),
  'disputes.create': method<DisputeView>()(disputeCreateInput),
  'disputes.request': method<DisputeView>()(disputeRequestInput),
  'disputes.step': method<DisputeView>()(disputeStepInput),
};
