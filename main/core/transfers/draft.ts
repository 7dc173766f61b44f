// Where a transfer out of a case starts: from a signed review opinion 4 or 5, or directly from the
// case; under which profile version; and whether the rules let it start at all.

import type { CaseRecord, DeadlineView, TransferOutDraft } from '../../../shared/contract';
import { CRIMINAL_REGULATION } from '../../../shared/contract/criminal-transfers';
import { provenanceLabel, type RuleProfile } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { localRules } from '../profiles/local-rules';
import type { Db } from '../../db/open';
import { officeDateOf } from '../calendar/officeTime';
import { getCase } from '../cases/service';
import { AppError } from '../../../shared/errors';
import { resolveCaseProfile } from '../profiles/service';
import { transferRequestForCase, type TransferRequest } from '../review/transfer-request';
import { clockOf, type Clock } from '../calendar/clock';
import { deadlineView } from './deadlines';
import { caseStatusBlock, transferBlock, type Block, type PastTransfer } from './guards';
import { answerLimit, approvalRule, sendLimit } from './rules';
import { officeInstant } from '../calendar/officeDates';
import { sql } from '../../db/sql';

export interface DraftBasis {
  record: CaseRecord;
  profile: RuleProfile;
  review: TransferRequest | null;
  block: Block | null;
}

/** The organisation a case came to us from, if we received it by transfer and still hold it. */
export function receivedFrom(db: Db, caseId: number): string | null {
  const row = sql.get<{ name: string }>(
    db,
    `SELECT o.name FROM transfers_in t JOIN organizations o ON o.id = t.from_org_id
       WHERE t.case_id = ? AND NOT (t.state = 'decided' AND t.decision = 'other') LIMIT 1`,
    caseId,
  );
  return row?.name ?? null;
}

export function draftBasis(ctx: CoreContext, caseId: number): DraftBasis {
  const record = getCase(ctx, caseId);
  const { profile } = resolveCaseProfile(ctx.db, caseId);
  const review = record.status === 'to-transfer' ? transferRequestForCase(ctx.db, caseId) : null;
  const past = sql.all<PastTransfer>(
    ctx.db,
    `SELECT t.state, t.decision, t.target, t.answer_reason AS answerReason, o.name AS receiverName FROM transfers_out t JOIN organizations o ON o.id = t.receiver_org_id
       WHERE t.case_id = ? ORDER BY t.id DESC`,
    caseId,
  );
  const block =
    caseStatusBlock(record.status) ??
    criminalBlock(review) ??
    transferBlock(past, receivedFrom(ctx.db, caseId), profile);
  return { record, profile, review, block };
}

/** Opinion 5 (suspected crime) goes to the police on its own path, not as a jurisdiction transfer. */
function criminalBlock(review: TransferRequest | null): Block | null {
  if (review?.opinion !== 5) return null;
  return {
    code: 'TRANSFER_CRIMINAL_PATH',
    message: `审核意见为移送司法机关（涉嫌犯罪）：应当按照${CRIMINAL_REGULATION}移送公安机关，请使用“移送公安机关（涉嫌犯罪）”办理（专案组报告、负责人审批、24小时内移送）。`,
  };
}

export function assertNotBlocked(basis: DraftBasis): void {
  if (basis.block) throw new AppError(basis.block.code, basis.block.message);
}

/**
 * The deadline to send a case an opinion 4 or 5 sent to transfer, before anyone prepared the
 * transfer: the clock runs from the signed opinion (the home page and the case page show it alike).
 */
export function reviewSendDeadline(profile: RuleProfile, review: TransferRequest, clock: Clock): DeadlineView {
  const limit = sendLimit(profile, false);
  return deadlineView(
    clock.calendar,
    clock.now,
    limit,
    { date: officeDateOf(review.signedAt), instant: review.signedAt },
    '移送',
    '已超过移送期限，尚未移送',
  );
}

export function transferDraft(ctx: CoreContext, caseId: number): TransferOutDraft {
  const { record, profile, review, block } = draftBasis(ctx, caseId);
  return {
    caseId,
    caseNumber: record.caseNumber,
    cause: record.cause,
    partyName: record.party.name,
    caseFoundOn: record.foundOn,
    review: review && {
      roundNo: review.roundNo,
      opinion: review.opinion,
      targetKind: review.targetKind,
      targetOrgId: review.targetOrgId,
      reasons: review.reasons,
      signedAt: review.signedAt,
    },
    suggestedTarget: review?.opinion === 5 ? 'judicial' : 'jurisdiction',
    // Counted from when the violation was found not to be ours: the signed opinion, or the case's finding.
    suggestedFoundOn: review ? officeDateOf(review.signedAt) : record.foundOn,
    foundOnLabel: localRules(profile).sendStart.label,
    foundOnRule: localRules(profile).sendStart.rule,
    profile: { id: profile.id, version: profile.version, name: profile.name },
    materials: profile.transferMaterials.map((m) => ({
      key: m.key,
      label: m.label,
      requirement: m.requirement,
      source: provenanceLabel(m.source),
    })),
    needsApproval: profile.headApprovesTransfer.value,
    approvalRule: approvalRule(profile),
    sendRule: sendLimit(profile, false).rule,
    urgentRule: sendLimit(profile, true).rule,
    answerRule: answerLimit(profile).rule,
    blocked: block?.message ?? null,
    sendDeadline: review && !block ? reviewSendDeadline(profile, review, clockOf(ctx)) : null,
  };
}

/** The deadline to send, shown while the form is filled in, from the moment the violation was found. */
export function previewSendDeadline(
  ctx: CoreContext,
  clock: Clock,
  input: { caseId: number; foundOn: string; foundTime: string | null; urgent: boolean },
): DeadlineView {
  const { profile } = resolveCaseProfile(ctx.db, input.caseId);
  const limit = sendLimit(profile, input.urgent && input.foundTime !== null);
  const instant = input.foundTime ? officeInstant(input.foundOn, input.foundTime) : null;
  return deadlineView(clock.calendar, clock.now, limit, { date: input.foundOn, instant }, '移送', '已超过移送期限');
}
