// Case transfer and deadlines (issue #5): transfers out and in (profiles and the calendar have their own files).
// DOMAIN §6–§8; 涪陵府办〔2024〕1号 二(三), 周政办字〔2018〕18号 二(四)3, 郯政发〔2023〕1号 8–9.
import { z } from 'zod';
import type { OrgKind } from '../domain/case';
import type { ProfileMaterial } from '../domain/profile';
import { byId, entityId, fen, isoDate, keyText, optionalText, requiredText } from './fields';
import { method } from './method';
import type { CriminalTransferDraft, CriminalTransferSummary, CriminalTransferView } from './criminal-transfers';

// ---------------------------------------------------------------- vocabulary

export const TRANSFER_OUT_STATES = [
  'awaiting-approval',
  'ready',
  'sent',
  'received',
  'accepted',
  'refused',
  'escalated',
  'decided',
  'withdrawn',
] as const;
export type TransferOutState = (typeof TRANSFER_OUT_STATES)[number];
export const TRANSFER_OUT_STATE_LABELS: Record<TransferOutState, string> = {
  'awaiting-approval': '待负责人批准',
  ready: '待移送',
  sent: '已移送，待签收',
  received: '已签收，待答复',
  accepted: '已受理',
  refused: '不予受理',
  escalated: '已报请政府决定',
  decided: '政府已决定',
  withdrawn: '已撤回',
};

export const TRANSFER_IN_STATES = [
  'registered',
  'acknowledged',
  'accepted',
  'refused',
  'escalated',
  'decided',
] as const;
export type TransferInState = (typeof TRANSFER_IN_STATES)[number];
export const TRANSFER_IN_STATE_LABELS: Record<TransferInState, string> = {
  registered: '已登记，待出具回证',
  acknowledged: '已出具回证，待答复',
  accepted: '已受理',
  refused: '不予受理',
  escalated: '已报请政府决定',
  decided: '政府已决定',
};

export const TRANSFER_TARGETS = ['jurisdiction', 'judicial'] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];
export const TRANSFER_TARGET_LABELS: Record<TransferTarget, string> = {
  jurisdiction: '移送有管辖权的机关',
  judicial: '移送司法机关（涉嫌犯罪）',
};

export const SEND_METHODS = ['direct', 'mail', 'electronic', 'other'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];
export const SEND_METHOD_LABELS: Record<SendMethod, string> = {
  direct: '直接送达',
  mail: '邮寄',
  electronic: '电子送达',
  other: '其他方式',
};

export const OUT_ANSWERS = ['accepted', 'refused', 'reported-to-government'] as const;
export type OutAnswer = (typeof OUT_ANSWERS)[number];
export const OUT_ANSWER_LABELS: Record<OutAnswer, string> = {
  accepted: '受理',
  refused: '不予受理',
  'reported-to-government': '已报请政府决定',
};

/**
 * A judicial body (公安/检察) answers a transfer of a suspected crime by opening a criminal case
 * (立案) or not (不予立案); it does not report a jurisdiction dispute to the government.
 */
export const JUDICIAL_OUT_ANSWERS = ['accepted', 'refused'] as const satisfies readonly OutAnswer[];
export const JUDICIAL_OUT_ANSWER_LABELS: Record<(typeof JUDICIAL_OUT_ANSWERS)[number], string> = {
  accepted: '立案',
  refused: '不予立案',
};

export function outAnswerLabel(target: TransferTarget, outcome: OutAnswer): string {
  return target === 'judicial' && outcome !== 'reported-to-government'
    ? JUDICIAL_OUT_ANSWER_LABELS[outcome]
    : OUT_ANSWER_LABELS[outcome];
}

export function outStateLabel(state: TransferOutState, target: TransferTarget): string {
  if (target === 'judicial' && state === 'refused') return '不予立案';
  if (target === 'judicial' && state === 'accepted') return '已立案';
  return TRANSFER_OUT_STATE_LABELS[state];
}

/**
 * NOT FROM THE SEEDS — 《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条, what the office
 * may do when the judicial body refuses a criminal transfer. The seeds' 不得再行移送 / 报请区政府决定
 * (涪陵府办〔2024〕1号 二(三)) is for jurisdiction disputes between administrative bodies and does not
 * apply here. Worded neutrally, without the regulation's time limit; the release note says this
 * text comes from outside the seeds.
 */
export const JUDICIAL_REFUSAL_SOURCE = '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条';
export const JUDICIAL_REFUSAL_REMEDY = '公安机关不予立案的，可以依法提请复议或者建议人民检察院进行立案监督';

export const IN_ANSWERS = ['accepted', 'refused', 'escalated'] as const;
export type InAnswer = (typeof IN_ANSWERS)[number];
export const IN_ANSWER_LABELS: Record<InAnswer, string> = {
  accepted: '受理',
  refused: '不予受理',
  escalated: '报请政府决定',
};

export const OUT_DECISIONS = ['receiver', 'ours', 'other'] as const;
export type OutDecision = (typeof OUT_DECISIONS)[number];
export const OUT_DECISION_LABELS: Record<OutDecision, string> = {
  receiver: '由受移送单位管辖',
  ours: '由本单位管辖',
  other: '由其他单位管辖',
};
export const IN_DECISIONS = ['ours', 'sender', 'other'] as const;
export type InDecision = (typeof IN_DECISIONS)[number];
export const IN_DECISION_LABELS: Record<InDecision, string> = {
  ours: '由本单位管辖',
  sender: '由移送单位管辖',
  other: '由其他单位管辖',
};

// ---------------------------------------------------------------- outputs

/** An open deadline as of now: red once past, amber with one working day or less left. */
export interface DeadlineView {
  level: 'danger' | 'warning' | 'info';
  /** Null when the calendar cannot compute it (a year it does not know); `text` says why. */
  dueAt: string | null;
  dueDate: string | null;
  text: string;
  /** The rule that set it, e.g. "涪陵府办〔2024〕1号 二(三)：5个工作日内移送". */
  rule: string;
  /** The year the calendar lacks when it could not compute this deadline. */
  unknownYear: number | null;
}

/** Who settles a jurisdiction dispute under the profile, in order, and the rule that says so. */
export interface DisputeRouteView {
  steps: string[];
  bodies: string[];
  /** The kinds of organisation a dispute may be reported to. */
  kinds: OrgKind[];
  rule: string;
  /** 不得再行移送, with its rule, where the profile's document says so. */
  noRetransferRule: string | null;
}

export interface OrgRef {
  id: number;
  name: string;
  kind: OrgKind;
}
export interface TransferMaterialView {
  key: string;
  label: string;
  requirement: ProfileMaterial['requirement'];
  present: boolean;
  note: string;
}
export type TransferItemView = z.output<typeof transferItem>;
export type TransferOutAction = 'edit' | 'approve' | 'send' | 'withdraw' | 'receipt' | 'answer' | 'escalate' | 'decide';
export type TransferInAction = 'acknowledge' | 'answer' | 'link-case' | 'decide';

export interface TransferOutView {
  id: number;
  caseId: number;
  caseNumber: string;
  cause: string;
  partyName: string;
  origin: 'review-opinion' | 'direct';
  reviewRoundNo: number | null;
  target: TransferTarget;
  receiver: OrgRef;
  reason: string;
  legalBasis: string;
  urgent: boolean;
  urgentReason: string;
  ongoing: boolean;
  measures: string;
  foundOn: string;
  foundAt: string | null;
  contactName: string;
  contactPhone: string;
  profile: { id: string; version: number; name: string };
  sendRule: string;
  answerRule: string;
  answerWorkingDays: number;
  needsApproval: boolean;
  approvalRule: string;
  /** What the date the deadline runs from is, under the profile (郯城: the consultation). */
  foundOnLabel: string;
  dispute: DisputeRouteView;
  state: TransferOutState;
  approval: { at: string; by: string; note: string } | null;
  sent: { at: string; by: string; letterNumber: string; method: SendMethod } | null;
  /** The number of the 案件移送函 issued in the app for this transfer (in force), which the send step uses. */
  issuedLetterNumber: string | null;
  receipt: { receivedAt: string; signedBy: string; note: string } | null;
  answer: { outcome: OutAnswer; answeredOn: string; reason: string; reference: string } | null;
  escalation: { on: string; org: OrgRef | null; note: string } | null;
  decision: { on: string; outcome: OutDecision; note: string } | null;
  withdrawn: { at: string; reason: string } | null;
  materials: TransferMaterialView[];
  items: TransferItemView[];
  proceedsTotalFen: number;
  deadline: DeadlineView | null;
  actions: TransferOutAction[];
  createdAt: string;
  createdBy: string;
}

export interface TransferInView {
  id: number;
  from: OrgRef;
  letterNumber: string;
  /** The date on the sender's letter (成文日期); null on transfers registered before it was asked. */
  letterDate: string | null;
  cause: string;
  partyName: string;
  summary: string;
  materials: string;
  receivedAt: string;
  receivedOn: string;
  profile: { id: string; version: number; name: string };
  answerWorkingDays: number;
  answerRule: string;
  /** Whether the profile lets us answer 不予受理 (涪陵 does not: accept, or report for a decision). */
  refusalAllowed: boolean;
  refusalRule: string;
  dispute: DisputeRouteView;
  state: TransferInState;
  receipt: { signedBy: string; signedAt: string; note: string } | null;
  answer: { outcome: InAnswer; answeredOn: string; reason: string } | null;
  linkedCase: { id: number; caseNumber: string } | null;
  escalatedTo: OrgRef | null;
  decision: { on: string; outcome: InDecision; note: string } | null;
  deadline: DeadlineView | null;
  actions: TransferInAction[];
  createdAt: string;
  createdBy: string;
}

export type TransferOutSummary = Pick<
  TransferOutView,
  'id' | 'caseId' | 'caseNumber' | 'cause' | 'receiver' | 'target' | 'state' | 'urgent' | 'deadline'
> & { updatedAt: string };
export type TransferInSummary = Pick<
  TransferInView,
  'id' | 'from' | 'letterNumber' | 'cause' | 'receivedOn' | 'state' | 'deadline' | 'linkedCase'
> & { updatedAt: string };

/** What the form needs to start a transfer out of a case, and why it may not. */
export interface TransferOutDraft {
  caseId: number;
  caseNumber: string;
  cause: string;
  partyName: string;
  caseFoundOn: string;
  review: {
    roundNo: number;
    opinion: 4 | 5;
    targetKind: OrgKind;
    targetOrgId: number | null;
    reasons: string;
    signedAt: string;
  } | null;
  suggestedTarget: TransferTarget;
  suggestedFoundOn: string;
  /** The event the deadline to send runs from, as the profile words it, and its rule. */
  foundOnLabel: string;
  foundOnRule: string;
  profile: { id: string; version: number; name: string };
  materials: Array<{ key: string; label: string; requirement: ProfileMaterial['requirement']; source: string }>;
  needsApproval: boolean;
  approvalRule: string;
  sendRule: string;
  urgentRule: string;
  answerRule: string;
  /** Why no new transfer may start now (e.g. a refused one: 不得再行移送), or null. */
  blocked: string | null;
  /**
   * The deadline to send, running from the signed opinion 4 or 5, while no transfer has been
   * prepared yet (as the home page shows it); null when there is no such opinion or it is blocked.
   */
  sendDeadline: DeadlineView | null;
}

// ---------------------------------------------------------------- inputs

const caseRef = z.strictObject({ caseId: entityId('案件') });
const flag = (label: string) => z.boolean({ error: `${label}应为“是”或“否”` });
const timeOfDay = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}的格式应为“时:分”，例如 09:30`);
export const transferItem = z
  .strictObject({
    name: requiredText('物品名称', 60),
    quantity: requiredText('物品数量（含单位）', 30),
    spec: optionalText('物品规格', 60),
    condition: optionalText('物品状态', 60),
    note: optionalText('物品备注', 200),
    disposed: flag('是否已先行处置').default(false),
    disposal: optionalText('先行处置情况', 200),
    proceedsFen: fen('先行处置所得款项').default(0),
    evidenceKept: optionalText('留存的证据', 200),
  })
  .superRefine((item, ctx) => {
    if (item.disposed && !item.disposal)
      ctx.addIssue({ code: 'custom', path: ['disposal'], message: '已先行处置的物品，请写明处置情况' });
    if (item.disposed && !item.evidenceKept)
      ctx.addIssue({
        code: 'custom',
        path: ['evidenceKept'],
        message: '已先行处置的物品，请写明留存的证据（须与所得款项一并移送）',
      });
    if (!item.disposed && item.proceedsFen > 0)
      ctx.addIssue({ code: 'custom', path: ['proceedsFen'], message: '未先行处置的物品不应有处置所得款项' });
  });

const transferOutFields = z.strictObject({
  target: z.enum(TRANSFER_TARGETS, { error: '请选择移送类型' }),
  receiverOrgId: entityId('接收单位'),
  reason: requiredText('移送理由', 2000),
  legalBasis: requiredText('移送依据', 1000),
  urgent: flag('情况是否紧急').default(false),
  urgentReason: optionalText('紧急情况说明', 500),
  foundOn: isoDate('发现日期'),
  foundTime: timeOfDay('发现时间').nullable().default(null),
  ongoing: flag('违法行为是否正在进行').default(false),
  measures: optionalText('已采取的制止措施', 1000),
  contactName: optionalText('联系人', 30),
  contactPhone: optionalText('联系电话', 30),
  materials: z
    .array(
      z.strictObject({
        key: keyText('材料标识'),
        present: flag('材料是否齐备'),
        note: optionalText('材料备注', 200),
      }),
      { error: '移送材料应为列表' },
    )
    .max(50, '移送材料最多 50 项')
    .default([]),
  items: z.array(transferItem, { error: '涉案物品应为列表' }).max(200, '涉案物品最多 200 项').default([]),
});

function checkTransferOut(value: z.output<typeof transferOutFields>, ctx: z.RefinementCtx): void {
  if (value.urgent && !value.foundTime)
    ctx.addIssue({
      code: 'custom',
      path: ['foundTime'],
      message: '情况紧急时按小时计算移送期限，请填写发现的具体时间',
    });
  if (value.urgent && !value.urgentReason)
    ctx.addIssue({ code: 'custom', path: ['urgentReason'], message: '请说明情况紧急的理由' });
  if (value.ongoing && !value.measures)
    ctx.addIssue({
      code: 'custom',
      path: ['measures'],
      message: '违法行为正在进行的，应当立即责令停止；请写明已采取的制止措施',
    });
}

export const transferOutInput = transferOutFields.extend({ caseId: entityId('案件') }).superRefine(checkTransferOut);
export const transferOutUpdateInput = transferOutFields
  .extend({ id: entityId('移送记录') })
  .superRefine(checkTransferOut);
export type TransferOutInput = z.input<typeof transferOutInput>;

const moment = (label: string) => ({ on: isoDate(`${label}日期`), time: timeOfDay(`${label}时间`) });

export const transferApproveInput = z.strictObject({
  id: entityId('移送记录'),
  headId: entityId('批准的负责人'),
  note: optionalText('批准意见', 500),
});
export const transferWithdrawInput = z.strictObject({
  id: entityId('移送记录'),
  reason: requiredText('撤回理由', 500),
});
export const transferSendInput = z.strictObject({
  id: entityId('移送记录'),
  sentOn: moment('移送').on,
  sentTime: moment('移送').time,
  letterNumber: optionalText('移送函文号', 60),
  method: z.enum(SEND_METHODS, { error: '请选择送达方式' }),
});
export const transferReceiptInput = z.strictObject({
  id: entityId('移送记录'),
  receivedOn: moment('签收').on,
  receivedTime: moment('签收').time,
  signedBy: requiredText('签收人', 60),
  note: optionalText('回证备注', 500),
});
export const transferOutAnswerInput = z
  .strictObject({
    id: entityId('移送记录'),
    outcome: z.enum(OUT_ANSWERS, { error: '请选择答复结果' }),
    answeredOn: isoDate('答复日期'),
    reason: optionalText('理由', 2000),
    reference: optionalText('答复文号', 60),
  })
  .refine((value) => value.outcome === 'accepted' || value.reason.length > 0, {
    path: ['reason'],
    message: '不予受理或报请政府决定的，请写明理由',
  });
export const transferEscalateInput = z.strictObject({
  id: entityId('移送记录'),
  governmentOrgId: entityId('报请的人民政府'),
  escalatedOn: isoDate('报请日期'),
  note: requiredText('报请事项', 2000),
});
export const transferOutDecisionInput = z.strictObject({
  id: entityId('移送记录'),
  decidedOn: isoDate('决定日期'),
  decision: z.enum(OUT_DECISIONS, { error: '请选择政府的决定' }),
  note: requiredText('决定内容', 2000),
});

export const transferInRegisterInput = z.strictObject({
  fromOrgId: entityId('移送单位'),
  letterNumber: optionalText('移送函文号', 60),
  letterDate: isoDate('移送函落款日期').nullable().default(null),
  cause: requiredText('案由', 120),
  partyName: optionalText('当事人', 60),
  summary: requiredText('违法线索与基本事实', 5000),
  materials: optionalText('随案移送的材料和物品', 2000),
  receivedOn: moment('收到').on,
  receivedTime: moment('收到').time,
});
export type TransferInRegisterInput = z.input<typeof transferInRegisterInput>;
export const transferAcknowledgeInput = z.strictObject({
  id: entityId('接收记录'),
  signedById: entityId('签收人'),
  signedOn: moment('签收').on,
  signedTime: moment('签收').time,
  note: optionalText('回证备注', 500),
});
export const transferInAnswerInput = z
  .strictObject({
    id: entityId('接收记录'),
    outcome: z.enum(IN_ANSWERS, { error: '请选择答复结果' }),
    answeredOn: isoDate('答复日期'),
    reason: optionalText('理由', 2000),
    caseId: entityId('本单位案件').nullable().default(null),
    governmentOrgId: entityId('报请的人民政府').nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== 'accepted' && !value.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '不予受理或报请政府决定的，请写明理由' });
    if (value.outcome === 'escalated' && value.governmentOrgId === null)
      ctx.addIssue({ code: 'custom', path: ['governmentOrgId'], message: '请选择报请决定的人民政府' });
    // A field the chosen answer does not use is refused, not dropped: it says the person meant another answer.
    if (value.outcome !== 'accepted' && value.caseId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseId'],
        message: `答复为“${IN_ANSWER_LABELS[value.outcome]}”的，不能关联本单位案件：只有受理的移送才关联案件。请取消所选案件，或将答复改为“受理”。`,
      });
    }
    if (value.outcome !== 'escalated' && value.governmentOrgId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['governmentOrgId'],
        message: `答复为“${IN_ANSWER_LABELS[value.outcome]}”的，不需要选择报请的人民政府：只有报请政府决定的才选择。请取消所选政府，或将答复改为“报请政府决定”。`,
      });
    }
  });
export const transferLinkCaseInput = z.strictObject({ id: entityId('接收记录'), caseId: entityId('本单位案件') });
export const transferInDecisionInput = z.strictObject({
  id: entityId('接收记录'),
  decidedOn: isoDate('决定日期'),
  decision: z.enum(IN_DECISIONS, { error: '请选择政府的决定' }),
  note: requiredText('决定内容', 2000),
});

// ---------------------------------------------------------------- methods

export const transferMethods = {
  'transfers.list': method<{
    out: TransferOutSummary[];
    in: TransferInSummary[];
    criminal: CriminalTransferSummary[];
  }>()(z.strictObject({ scope: z.enum(['open', 'all'], { error: '列表范围只能是“办理中”或“全部”' }).default('open') })),
  'transfers.forCase': method<{
    out: TransferOutView[];
    in: TransferInSummary[];
    draft: TransferOutDraft;
    criminal: CriminalTransferView[];
    criminalDraft: CriminalTransferDraft;
  }>()(caseRef),
  'transfers.out.draft': method<TransferOutDraft>()(caseRef),
  'transfers.out.previewDeadline': method<DeadlineView>()(
    z.strictObject({
      caseId: entityId('案件'),
      foundOn: isoDate('发现日期'),
      foundTime: timeOfDay('发现时间').nullable().default(null),
      urgent: flag('情况是否紧急').default(false),
    }),
  ),
  'transfers.out.create': method<TransferOutView>()(transferOutInput),
  'transfers.out.update': method<TransferOutView>()(transferOutUpdateInput),
  'transfers.out.get': method<TransferOutView>()(byId),
  'transfers.out.approve': method<TransferOutView>()(transferApproveInput),
  'transfers.out.send': method<TransferOutView>()(transferSendInput),
  'transfers.out.withdraw': method<TransferOutView>()(transferWithdrawInput),
  'transfers.out.recordReceipt': method<TransferOutView>()(transferReceiptInput),
  'transfers.out.recordAnswer': method<TransferOutView>()(transferOutAnswerInput),
  'transfers.out.escalate': method<TransferOutView>()(transferEscalateInput),
  'transfers.out.recordDecision': method<TransferOutView>()(transferOutDecisionInput),

  'transfers.in.register': method<TransferInView>()(transferInRegisterInput),
  'transfers.in.get': method<TransferInView>()(byId),
  'transfers.in.acknowledge': method<TransferInView>()(transferAcknowledgeInput),
  'transfers.in.answer': method<TransferInView>()(transferInAnswerInput),
  'transfers.in.linkCase': method<TransferInView>()(transferLinkCaseInput),
  'transfers.in.recordDecision': method<TransferInView>()(transferInDecisionInput),
};
