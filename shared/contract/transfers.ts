// Case transfer and deadlines (issue #5): transfers out and in (profiles and the calendar have their own files).
// DOMAIN §6–§8; 涪陵府办〔2024〕1号 二(三), 周政办字〔2018〕18号 二(四)3, 郯政发〔2023〕1号 8–9.
import { z } from 'zod';
import type { OrgKind } from '../domain/case';
import type { ProfileMaterial } from '../domain/profile';
import { byId, entityId, isoDate } from './fields';
import { method } from './method';
import type { CriminalTransferDraft, CriminalTransferSummary, CriminalTransferView } from './criminal-transfers';
import type {
  TransferOutState,
  TransferInState,
  TransferTarget,
  SendMethod,
  OutAnswer,
  InAnswer,
  OutDecision,
  InDecision,
} from './transfer-vocabulary';
import {
  caseRef,
  flag,
  timeOfDay,
  type transferItem,
  transferOutInput,
  transferOutUpdateInput,
  transferApproveInput,
  transferWithdrawInput,
  transferSendInput,
  transferReceiptInput,
  transferOutAnswerInput,
  transferEscalateInput,
  transferOutDecisionInput,
  transferInRegisterInput,
  transferInUpdateInput,
  transferAcknowledgeInput,
  transferInAnswerInput,
  transferLinkCaseInput,
  transferInDecisionInput,
} from './transfer-inputs';

// The words of a transfer and the screens' inputs have their own files; importers still find them here.
export * from './transfer-vocabulary';
export * from './transfer-inputs';

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
  /** The 送达回证 of the letter issued in the app (in force), made when the receipt was recorded. */
  receiptPaper: { id: number; docNumber: string | null } | null;
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
  /** Why what was registered can no longer be corrected (a paper issued from it), or null when it can. */
  correctionBlocked: string | null;
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
  'transfers.in.update': method<TransferInView>()(transferInUpdateInput),
  'transfers.in.acknowledge': method<TransferInView>()(transferAcknowledgeInput),
  'transfers.in.answer': method<TransferInView>()(transferInAnswerInput),
  'transfers.in.linkCase': method<TransferInView>()(transferLinkCaseInput),
  'transfers.in.recordDecision': method<TransferInView>()(transferInDecisionInput),
};
