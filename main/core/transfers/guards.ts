// The rules that can refuse a transfer, as pure functions so each is tested on its own.

import type { OutDecision, TransferMaterialView, TransferOutState, TransferTarget } from '../../../shared/contract';
import { CASE_STATUS_LABELS, ORG_KIND_LABELS, type CaseStatus, type OrgKind } from '../../../shared/domain/case';
import { CRIMINAL_REGULATION } from '../../../shared/contract/criminal-transfers';
import { AppError } from '../../../shared/errors';
import { withoutEndPunctuation } from '../documents/punctuation';
import type { RuleProfile } from '../../../shared/domain/profile';
import { localRules } from '../profiles/local-rules';
import { disputeAdvice, judicialRefusalAdvice } from './rules';

export const NO_RETRANSFER = 'TRANSFER_NO_RETRANSFER';

export interface Block {
  code: string;
  message: string;
}

export interface PastTransfer {
  state: TransferOutState;
  decision: OutDecision | null;
  receiverName: string;
  /** Absent means a transfer to the body with jurisdiction. */
  target?: TransferTarget;
  /** The receiver's reason when it refused. */
  answerReason?: string;
}

/**
 * Why this case may not start another transfer to a body with jurisdiction, or null. A refused
 * transfer, or a case we received by transfer and think not ours, is a jurisdiction dispute: it
 * goes the way the profile's document says (涪陵: report to the 区政府, 不得再行移送; 周村: 协商,
 * then 区编办/区政府法制办, then 区政府; 郯城: 协商, then 县司法局 or 县委编办), never on to a third
 * body. This bars jurisdiction transfers only: a suspected crime goes to the police whatever the
 * case's origin (国务院令第310号 第三条), on its own path (criminal-service.ts).
 */
export function transferBlock(
  past: readonly PastTransfer[],
  receivedFrom: string | null,
  profile: RuleProfile,
): Block | null {
  const advice = disputeAdvice(profile);
  const noRetransfer = localRules(profile).noRetransferRule !== null;
  if (receivedFrom !== null) {
    return {
      code: NO_RETRANSFER,
      message: `本案系${receivedFrom}移送至本单位的案件，${noRetransfer ? '不得再行移送' : '不再移送其他单位'}；认为不属于本单位管辖的，${advice}。涉嫌犯罪的，不受此限，应当移送公安机关（国务院令第310号第三条）。`,
    };
  }
  for (const transfer of past) {
    switch (transfer.state) {
      case 'awaiting-approval':
      case 'ready':
      case 'sent':
      case 'received':
        return {
          code: 'TRANSFER_ACTIVE',
          message: `该案件已有一项移送（移送${transfer.receiverName}）正在办理，请在该移送记录中继续。`,
        };
      case 'refused':
        if (transfer.target === 'judicial') {
          // Not a jurisdiction dispute: no 不得再行移送, no report to the government (see judicialRefusalAdvice).
          const why = transfer.answerReason ? `（${withoutEndPunctuation(transfer.answerReason)}）` : '';
          return {
            code: 'TRANSFER_JUDICIAL_REFUSED',
            message: `${transfer.receiverName}已对本案不予立案${why}，该移送已办结。${judicialRefusalAdvice()}`,
          };
        }
        return {
          code: NO_RETRANSFER,
          message: `${transfer.receiverName}已不予受理该案件，不再移送其他单位：${advice}。`,
        };
      case 'escalated':
        return {
          code: NO_RETRANSFER,
          message: `${transfer.receiverName}已不予受理该案件，已报请决定管辖，不再移送其他单位：${advice}。`,
        };
      case 'accepted':
        return { code: 'TRANSFER_DONE', message: `该案件已由${transfer.receiverName}受理，不能再次移送。` };
      case 'decided':
        if (transfer.decision === 'receiver')
          return {
            code: 'TRANSFER_DONE',
            message: `经报请决定，该案件由${transfer.receiverName}管辖，不能再移送其他单位。`,
          };
        if (transfer.decision === 'ours')
          return { code: 'TRANSFER_DONE', message: '经报请决定，该案件由本单位管辖，不能再移送。' };
        break;
      case 'withdrawn':
        break;
    }
  }
  return null;
}

/** While a review round is open the case is the reviewer's; decided and closed cases are done. */
const NOT_FROM: Partial<Record<CaseStatus, string>> = {
  submitted: '案件正在法制审核中，请由审核员出具移送意见（审核意见4或5）后移送。',
  'supplement-requested': '案件正在法制审核中（待补正材料），请待审核意见作出后再移送。',
  'in-review': '案件正在法制审核中，请由审核员出具移送意见（审核意见4或5）后移送。',
  decided: '案件已作出决定，不能再移送。',
  closed: '案件已结案，不能再移送。',
};

export function caseStatusBlock(status: CaseStatus): Block | null {
  const why = NOT_FROM[status];
  return why ? { code: 'CASE_NOT_TRANSFERABLE', message: `${why}（当前状态：${CASE_STATUS_LABELS[status]}）` } : null;
}

const JUDICIAL_KINDS: readonly OrgKind[] = ['public-security', 'procuratorate', 'court'];

/** Why a body of `kind` may not receive a transfer of `target`, or null. */
export function receiverKindProblem(target: TransferTarget, kind: OrgKind, name: string): string | null {
  if (target === 'judicial' && !JUDICIAL_KINDS.includes(kind)) {
    return `涉嫌犯罪的案件应当移送司法机关（公安、检察、审判机关），${name}是${ORG_KIND_LABELS[kind]}。`;
  }
  if (kind === 'government') return `${name}是人民政府：管辖争议应当报请政府决定，而不是向其移送案件。`;
  return null;
}

/** A suspected crime goes to the judicial organs; a government decides disputes, it does not take transfers. */
export function assertReceiverKind(target: TransferTarget, kind: OrgKind, name: string): void {
  const problem = receiverKindProblem(target, kind, name);
  if (problem) throw new AppError('VALIDATION', problem, { field: 'receiverOrgId' });
}

/** Opinion 5 (suspected crime) must go to the judicial organs; opinion 4 to the body with jurisdiction. */
export function assertTargetMatchesOpinion(opinion: 4 | 5, target: TransferTarget): void {
  if (opinion === 5) {
    throw new AppError(
      'VALIDATION',
      `审核意见为移送司法机关（涉嫌犯罪）：涉嫌犯罪的案件应当按照${CRIMINAL_REGULATION}向公安机关移送，不作为管辖移送办理；请使用“移送公安机关（涉嫌犯罪）”${target === 'judicial' ? '' : '，不得移送行政机关或者人民政府'}。`,
      { field: 'target' },
    );
  }
  if (opinion === 4 && target !== 'jurisdiction') {
    throw new AppError('VALIDATION', '审核意见为移送有管辖权的行政执法机关；如认为涉嫌犯罪，请由审核员重新出具意见。', {
      field: 'target',
    });
  }
}

/** The materials still missing before a transfer may leave. */
export function missingMaterials(materials: readonly TransferMaterialView[], hasItems: boolean): string[] {
  return materials
    .filter((m) => !m.present && (m.requirement === 'required' || (m.requirement === 'if-items-involved' && hasItems)))
    .map((m) => m.label);
}
