// Transfer of a suspected crime to the police (issue #12): its own path, on national law —
// 《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号，2020年国务院令第730号修订）, not on a
// profile's rules for transfers between administrative bodies. "日" there are calendar days.
import { z } from 'zod';
import { entityId, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';
import type { DeadlineView, OrgRef, TransferItemView, TransferMaterialView } from './transfers';
import { transferItem } from './transfers';
import { byId } from './fields';

export const CRIMINAL_REGULATION = '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号，2020年修订）';
export const CRIMINAL_REGULATION_SHORT = '国务院令第310号';

export const CRIMINAL_STATES = [
  'reported',
  'not-approved',
  'approved',
  'sent',
  'received',
  'filed',
  'not-filed',
  'reconsideration',
  'reconsideration-refused',
  'supervision',
  'returned',
] as const;
export type CriminalState = (typeof CRIMINAL_STATES)[number];
export const CRIMINAL_STATE_LABELS: Record<CriminalState, string> = {
  reported: '已报告，待正职负责人审批',
  'not-approved': '负责人不批准移送',
  approved: '已批准，待移送公安机关',
  sent: '已移送，待公安机关在回执上签字',
  received: '公安机关已签收回执，待其审查决定',
  filed: '公安机关已立案',
  'not-filed': '公安机关不予立案',
  reconsideration: '已提请复议，待公安机关复议决定',
  'reconsideration-refused': '复议维持不予立案',
  supervision: '已建议检察院立案监督',
  returned: '已回到行政处理',
};

export type CriminalAction =
  'decide' | 'send' | 'receipt' | 'answer' | 'reconsider' | 'reconsideration-answer' | 'supervision' | 'return';

export const POLICE_ANSWERS = ['filed', 'not-filed'] as const;
export type PoliceAnswer = (typeof POLICE_ANSWERS)[number];
export const POLICE_ANSWER_LABELS: Record<PoliceAnswer, string> = { filed: '立案', 'not-filed': '不予立案' };

/** The papers 第六条 lists, in its order. */
export const CRIMINAL_MATERIALS = [
  { key: 'letter', label: '涉嫌犯罪案件移送书', requirement: 'required', clause: '第六条（一）' },
  { key: 'investigation-report', label: '涉嫌犯罪案件情况的调查报告', requirement: 'required', clause: '第六条（二）' },
  { key: 'items-list', label: '涉案物品清单', requirement: 'if-items-involved', clause: '第六条（三）' },
  { key: 'appraisal', label: '有关检验报告或者鉴定结论', requirement: 'required', clause: '第六条（四）' },
  { key: 'other', label: '其他有关涉嫌犯罪的材料', requirement: 'optional', clause: '第六条（五）' },
] as const;
export type CriminalMaterialKey = (typeof CRIMINAL_MATERIALS)[number]['key'];

/** 第十一条第一款, kept in sight on every screen of the path. */
export const NO_PENALTY_INSTEAD = `行政执法机关对应当向公安机关移送的涉嫌犯罪案件，不得以行政处罚代替移送（${CRIMINAL_REGULATION_SHORT}第十一条）。`;

/** One step's limit, with the rule that sets it. */
export interface CriminalDeadline {
  step: 'approval' | 'send' | 'police-review' | 'reconsider' | 'police-reconsideration' | 'supervision';
  /** Who owes it: we, or the police. */
  owner: 'office' | 'police';
  view: DeadlineView;
}

export interface CriminalTransferView {
  id: number;
  caseId: number;
  caseNumber: string;
  cause: string;
  partyName: string;
  origin: 'review-opinion' | 'direct';
  reviewRoundNo: number | null;
  police: OrgRef;
  members: Array<{ id: number; name: string }>;
  suspectedCrime: string;
  facts: string;
  crimeBasis: string;
  measures: string;
  penaltiesBefore: string;
  materials: TransferMaterialView[];
  items: TransferItemView[];
  reportedOn: string;
  reportedBy: string;
  state: CriminalState;
  decision: { at: string; by: string; approved: boolean; note: string; late: boolean } | null;
  sent: { at: string; by: string; letterNumber: string; late: boolean } | null;
  /** The number of the 涉嫌犯罪案件移送书 issued in the app (in force). */
  issuedLetterNumber: string | null;
  receipt: { at: string; signedBy: string; note: string } | null;
  answer: { outcome: PoliceAnswer; answeredOn: string; reference: string; reason: string } | null;
  reconsideration: {
    on: string;
    note: string;
    answer: { outcome: PoliceAnswer; answeredOn: string; reference: string } | null;
  } | null;
  supervision: { on: string; org: OrgRef | null; note: string } | null;
  returned: { on: string; note: string } | null;
  /** The limits still running, each with its rule (calendar days or clock hours). */
  deadlines: CriminalDeadline[];
  actions: CriminalAction[];
  /** What the regulation lets the office do next, in words (e.g. after 不予立案). */
  guidance: string;
  createdAt: string;
  createdBy: string;
}

export type CriminalTransferSummary = Pick<
  CriminalTransferView,
  'id' | 'caseId' | 'caseNumber' | 'cause' | 'police' | 'state' | 'deadlines'
> & { updatedAt: string };

export interface CriminalTransferDraft {
  caseId: number;
  caseNumber: string;
  cause: string;
  partyName: string;
  facts: string;
  review: { roundNo: number; reasons: string; signedAt: string; targetOrgId: number | null } | null;
  materials: Array<{ key: string; label: string; requirement: string; rule: string }>;
  /** Each step's limit as the regulation sets it, for the form's side panel. */
  rules: Array<{ step: string; rule: string }>;
  /** Why a criminal transfer may not start now, or null. */
  blocked: string | null;
  noPenaltyInstead: string;
}

// ---------------------------------------------------------------- inputs

const timeOfDay = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}的格式应为“时:分”，例如 09:30`);

const materialTicks = z
  .array(
    z.strictObject({
      key: z.string({ error: '材料标识应为文字' }),
      present: z.boolean({ error: '材料是否齐备应为“是”或“否”' }),
      note: optionalText('材料备注', 200),
    }),
    { error: '移送材料应为列表' },
  )
  .max(10, '移送材料最多 10 项')
  .default([]);

export const criminalReportInput = z.strictObject({
  caseId: entityId('案件'),
  policeOrgId: entityId('接收的公安机关'),
  memberIds: z
    .array(entityId('专案组成员'), { error: '专案组成员应为列表' })
    .min(2, `专案组应由2名或者2名以上行政执法人员组成（${CRIMINAL_REGULATION_SHORT}第五条）`)
    .max(10, '专案组成员最多 10 人'),
  suspectedCrime: requiredText('涉嫌的罪名', 120),
  facts: requiredText('涉嫌犯罪的事实', 5000),
  crimeBasis: requiredText('涉嫌犯罪的依据（刑法条文、追诉标准）', 1000),
  measures: optionalText('已采取的措施（查封、扣押等）', 1000),
  penaltiesBefore: optionalText('移送前已作出的行政处罚', 1000),
  reportedOn: isoDate('书面报告日期'),
  materials: materialTicks,
  items: z.array(transferItem, { error: '涉案物品应为列表' }).max(200, '涉案物品最多 200 项').default([]),
});
export type CriminalReportInput = z.input<typeof criminalReportInput>;

export const criminalDecideInput = z
  .strictObject({
    id: entityId('涉嫌犯罪案件移送记录'),
    headId: entityId('审批的负责人'),
    approved: z.boolean({ error: '请选择批准或者不批准移送' }),
    decidedOn: isoDate('审批日期'),
    decidedTime: timeOfDay('审批时间'),
    note: optionalText('审批意见', 1000),
  })
  .refine((value) => value.approved || value.note.length > 0, {
    path: ['note'],
    message: `不批准移送的，应当将不予批准的理由记录在案（${CRIMINAL_REGULATION_SHORT}第五条），请写明理由`,
  });

export const criminalSendInput = z.strictObject({
  id: entityId('涉嫌犯罪案件移送记录'),
  sentOn: isoDate('移送日期'),
  sentTime: timeOfDay('移送时间'),
  letterNumber: optionalText('移送书文号', 60),
});

export const criminalReceiptInput = z.strictObject({
  id: entityId('涉嫌犯罪案件移送记录'),
  receivedOn: isoDate('公安机关签收日期'),
  receivedTime: timeOfDay('公安机关签收时间'),
  signedBy: requiredText('在回执上签字的人', 60),
  note: optionalText('回执备注', 500),
});

export const criminalAnswerInput = z
  .strictObject({
    id: entityId('涉嫌犯罪案件移送记录'),
    outcome: z.enum(POLICE_ANSWERS, { error: '请选择公安机关的决定：立案或者不予立案' }),
    answeredOn: isoDate('收到书面通知的日期'),
    reference: optionalText('通知书文号', 60),
    reason: optionalText('不予立案的理由', 2000),
  })
  .refine((value) => value.outcome === 'filed' || value.reason.length > 0, {
    path: ['reason'],
    message: `公安机关不予立案的，应当说明理由（${CRIMINAL_REGULATION_SHORT}第八条），请照通知书写明理由`,
  });

export const criminalReconsiderInput = z.strictObject({
  id: entityId('涉嫌犯罪案件移送记录'),
  requestedOn: isoDate('提请复议日期'),
  note: requiredText('提请复议的理由', 2000),
});

export const criminalReconsiderationAnswerInput = z.strictObject({
  id: entityId('涉嫌犯罪案件移送记录'),
  outcome: z.enum(POLICE_ANSWERS, { error: '请选择复议决定：立案或者不予立案' }),
  answeredOn: isoDate('收到复议决定通知书的日期'),
  reference: optionalText('复议决定文号', 60),
});

export const criminalSupervisionInput = z.strictObject({
  id: entityId('涉嫌犯罪案件移送记录'),
  procuratorateOrgId: entityId('人民检察院'),
  requestedOn: isoDate('建议立案监督日期'),
  note: requiredText('建议立案监督的理由', 2000),
});

export const criminalReturnInput = z.strictObject({
  id: entityId('涉嫌犯罪案件移送记录'),
  returnedOn: isoDate('回到行政处理的日期'),
  note: requiredText('行政处理的说明', 2000),
});

export const criminalTransferMethods = {
  'transfers.criminal.draft': method<CriminalTransferDraft>()(z.strictObject({ caseId: entityId('案件') })),
  'transfers.criminal.report': method<CriminalTransferView>()(criminalReportInput),
  'transfers.criminal.get': method<CriminalTransferView>()(byId),
  'transfers.criminal.decide': method<CriminalTransferView>()(criminalDecideInput),
  'transfers.criminal.send': method<CriminalTransferView>()(criminalSendInput),
  'transfers.criminal.recordReceipt': method<CriminalTransferView>()(criminalReceiptInput),
  'transfers.criminal.recordAnswer': method<CriminalTransferView>()(criminalAnswerInput),
  'transfers.criminal.reconsider': method<CriminalTransferView>()(criminalReconsiderInput),
  'transfers.criminal.recordReconsideration': method<CriminalTransferView>()(criminalReconsiderationAnswerInput),
  'transfers.criminal.supervision': method<CriminalTransferView>()(criminalSupervisionInput),
  'transfers.criminal.returnToAdministrative': method<CriminalTransferView>()(criminalReturnInput),
};
