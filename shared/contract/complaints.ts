// 举报、投诉、信访 (issue #19) under 首问责任: 周政办字〔2018〕18号 二(四)4; 郯政发〔2023〕1号 二(三)8
// (after passing a lead on, tell the complainant within 3 working days; the body that closes it answers).
// The complainant's name and contact appear only on the record page, never in a list or the audit log.
import { z } from 'zod';
import type { DeadlineView } from './transfers';
import { byId, entityId, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';

export const COMPLAINT_CHANNELS = ['phone', 'hotline-12345', 'letter', 'visit', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  phone: '电话',
  'hotline-12345': '“12345”热线转办',
  letter: '来信',
  visit: '来访',
  other: '其他',
};

export const COMPLAINT_FINDINGS = ['no-violation', 'case-opened', 'lead-transferred', 'not-ours'] as const;
export type ComplaintFinding = (typeof COMPLAINT_FINDINGS)[number];
export const COMPLAINT_FINDING_LABELS: Record<ComplaintFinding, string> = {
  'no-violation': '经初步核实未发现违法行为',
  'case-opened': '经核实需要实施行政处罚，已立案处理',
  'lead-transferred': '属于其他部门查处，已移送案源线索',
  'not-ours': '明确不属于本部门职能，已告知向有权机关提出',
};

export const ANSWER_METHODS = ['phone', 'letter', 'visit', 'other'] as const;
export type AnswerMethod = (typeof ANSWER_METHODS)[number];
export const ANSWER_METHOD_LABELS: Record<AnswerMethod, string> = {
  phone: '电话',
  letter: '书面',
  visit: '当面',
  other: '其他',
};

export const COMPLAINT_ANSWER_KINDS = ['feedback', 'final'] as const;
export type ComplaintAnswerKind = (typeof COMPLAINT_ANSWER_KINDS)[number];
export const COMPLAINT_ANSWER_KIND_LABELS: Record<ComplaintAnswerKind, string> = {
  feedback: '反馈移送信息',
  final: '最终答复',
};

export const FIRST_ASKED_QUOTE =
  '对于涉及划转行政处罚事项的举报、投诉、信访，应当适用首问责任原则，由率先接到举报、投诉、信访的部门予以受理。但明确不属于本部门职能的，应当告知举报、投诉、信访人向有权的机关提出。';

export type ComplaintState = 'open' | 'closed';

export interface ComplaintSummary {
  id: number;
  number: string;
  receivedOn: string;
  channel: ComplaintChannel;
  matter: string;
  finding: ComplaintFinding | null;
  state: ComplaintState;
  deadline: DeadlineView | null;
  updatedAt: string;
}

export interface ComplaintView extends ComplaintSummary {
  /** Confidential: shown on this page only, printed only on the answer to this person. */
  complainant: { name: string; contact: string };
  firstHandler: string;
  firstHandling: string;
  verification: string;
  verifiedOn: string | null;
  linkedCase: { id: number; caseNumber: string } | null;
  transferOutId: number | null;
  leadTransferredOn: string | null;
  closedOn: string | null;
  answers: Array<{ id: number; kind: ComplaintAnswerKind; answeredOn: string; method: AnswerMethod; text: string }>;
  profile: { id: string; version: number; name: string };
  history: Array<{ at: string; actor: string; summary: string }>;
  createdAt: string;
  createdBy: string;
}

export const complaintCreateInput = z.strictObject({
  receivedOn: isoDate('收到日期'),
  channel: z.enum(COMPLAINT_CHANNELS, { error: '请选择收到方式' }),
  complainantName: optionalText('举报人姓名', 30),
  complainantContact: optionalText('举报人联系方式', 60),
  matter: requiredText('举报、投诉、信访事项', 2000),
  firstHandler: optionalText('首问责任人', 30),
  firstHandling: optionalText('首问处置情况', 1000),
});

export const complaintVerifyInput = z
  .strictObject({
    id: entityId('举报投诉记录'),
    verifiedOn: isoDate('核实日期'),
    verification: requiredText('核实情况', 2000),
    finding: z.enum(COMPLAINT_FINDINGS, { error: '请选择核实结论' }),
    caseId: entityId('关联案件').nullable().default(null),
    transferOutId: entityId('关联的移送').nullable().default(null),
    leadTransferredOn: isoDate('线索移送日期').nullable().default(null),
  })
  .superRefine((value, context) => {
    if (value.finding === 'lead-transferred' && value.leadTransferredOn === null) {
      context.addIssue({
        code: 'custom',
        path: ['leadTransferredOn'],
        message: '已移送案源线索的，请填写线索移送日期',
      });
    }
    if (value.finding === 'case-opened' && value.caseId === null) {
      context.addIssue({ code: 'custom', path: ['caseId'], message: '已立案处理的，请选择关联案件' });
    }
  });

export const complaintAnswerInput = z.strictObject({
  id: entityId('举报投诉记录'),
  kind: z.enum(COMPLAINT_ANSWER_KINDS, { error: '请选择答复类别' }),
  answeredOn: isoDate('答复日期'),
  method: z.enum(ANSWER_METHODS, { error: '请选择答复方式' }),
  text: requiredText('答复内容', 2000),
});

export const complaintListInput = z.strictObject({
  scope: z.enum(['open', 'all'], { error: '范围无效' }).default('open'),
  search: optionalText('搜索内容', 60),
});

export const complaintMethods = {
  'complaints.list': method<ComplaintSummary[]>()(complaintListInput),
  'complaints.get': method<ComplaintView>()(byId),
  'complaints.create': method<ComplaintView>()(complaintCreateInput),
  'complaints.verify': method<ComplaintView>()(complaintVerifyInput),
  'complaints.answer': method<ComplaintView>()(complaintAnswerInput),
};
