// One review round as the screens and the documents read it, assembled from its rows. Until the
// reviewer signs, the suggestion and point 1's certificate check are computed fresh; from then on
// the frozen values are shown, so a signed opinion reads as it was signed.

import type {
  CaseRecord,
  CertificateNote,
  FindingView,
  MaterialView,
  ReviewRound,
  TriggerAssessmentView,
} from '../../../shared/contract';
import type { OrgKind } from '../../../shared/domain/case';
import { JUDGEMENT_KEYS, REVIEW_POINT_NUMBERS } from '../../../shared/domain/review';
import type { CoreContext } from '../context';
import { certificateProblems, handlerCountProblem, type HandlerCertificate } from './certificates';
import { deadlineStatus } from './deadline';
import { reassigners } from './guards';
import { isMaterialRequired } from './materials';
import { suggestOpinion } from './opinion';
import { officeToday, reviewCalendar } from './rules-source';
import {
  findingRows,
  judgementRows,
  materialRows,
  noticeItems,
  noticeRow,
  staffName,
  type MaterialRow,
  type RoundRow,
} from './store';
import type { Judgements } from './trigger-view';

export function materialViews(rows: readonly MaterialRow[], hearingOrAssessment: boolean): MaterialView[] {
  return rows.map((row) => ({
    key: row.material_key,
    label: row.label,
    requirement: row.requirement,
    required: isMaterialRequired(row, { hearingOrAssessmentTookPlace: hearingOrAssessment }),
    present: row.present === 1,
    refs: row.refs,
  }));
}

export function hearingOrAssessment(round: Pick<RoundRow, 'assessment_made'>, decision: CaseRecord): boolean {
  return decision.hearingHeld || round.assessment_made === 1;
}

function findingViews(ctx: CoreContext, roundId: number): FindingView[] {
  const saved = new Map(findingRows(ctx.db, roundId).map((row) => [row.point, row]));
  return REVIEW_POINT_NUMBERS.map((point) => {
    const row = saved.get(point);
    return {
      point,
      finding: row?.finding ?? null,
      note: row?.note ?? '',
      evidenceRefs: row?.evidence_refs ?? '',
      savedAt: row?.saved_at ?? null,
      savedBy: row?.saved_by ?? null,
    };
  });
}

/** Point 1: fewer than two handlers, and handlers whose certificate is missing, not yet valid or expired on the decision date. */
export function liveCertificateProblems(ctx: CoreContext, decision: CaseRecord, onDate: string): CertificateNote[] {
  const read = ctx.db.prepare(
    'SELECT id, name, certificate_no, cert_valid_from, cert_valid_to FROM staff WHERE id = ?',
  );
  const handlers: HandlerCertificate[] = decision.handlers.map((handler) => {
    const row = read.get(handler.id) as
      | {
          id: number;
          name: string;
          certificate_no: string | null;
          cert_valid_from: string | null;
          cert_valid_to: string | null;
        }
      | undefined;
    return {
      id: handler.id,
      name: row?.name ?? handler.name,
      certificateNo: row?.certificate_no ?? null,
      certValidFrom: row?.cert_valid_from ?? null,
      certValidTo: row?.cert_valid_to ?? null,
    };
  });
  const count = handlerCountProblem(handlers.length);
  return [
    ...(count ? [count] : []),
    ...certificateProblems(handlers, onDate).map(({ name, kind, message }) => ({ name, kind, message })),
  ];
}

function judgementsOf(ctx: CoreContext, roundId: number): Judgements {
  const rows = new Map(judgementRows(ctx.db, roundId).map((row) => [row.judgement_key, row]));
  return Object.fromEntries(
    JUDGEMENT_KEYS.map((key) => [key, { holds: rows.get(key)?.holds === 1, reason: rows.get(key)?.reason ?? '' }]),
  ) as Judgements;
}

function suggestionOf(round: RoundRow, findings: FindingView[]): ReviewRound['suggestion'] {
  if (round.suggested_opinion !== null && round.suggestion_explanation !== null) {
    const frozen = suggestOpinionSafe(findings);
    return {
      opinion: round.suggested_opinion,
      explanation: round.suggestion_explanation,
      decisivePoints: frozen?.decisivePoints ?? [],
    };
  }
  return suggestOpinionSafe(findings);
}

function suggestOpinionSafe(findings: FindingView[]): ReviewRound['suggestion'] {
  if (findings.some((view) => view.finding === null)) return null;
  return suggestOpinion(findings.map((view) => view.finding ?? ''));
}

export function roundView(ctx: CoreContext, round: RoundRow): ReviewRound {
  const decision = JSON.parse(round.decision_json) as CaseRecord;
  const notice = noticeRow(ctx.db, round.id);
  const materials = materialViews(materialRows(ctx.db, round.id), hearingOrAssessment(round, decision));
  const findings = findingViews(ctx, round.id);
  const targetOrg = round.transfer_target_org_id;
  return {
    id: round.id,
    caseId: round.case_id,
    roundNo: round.round_no,
    state: round.state,
    locked: round.locked === 1,
    decision,
    decisionDate: round.decision_date,
    triggers: JSON.parse(round.triggers_json) as TriggerAssessmentView,
    judgements: judgementsOf(ctx, round.id),
    assessmentMade: round.assessment_made === 1,
    materials,
    missingMaterials: materials.filter((item) => item.required && !item.present).map((item) => item.label),
    submittedAt: round.submitted_at,
    submittedBy: round.submitted_by,
    reassignableBy: reassigners(ctx, round),
    reviewer:
      round.reviewer_id === null ? null : { id: round.reviewer_id, name: staffName(ctx.db, round.reviewer_id) ?? '' },
    head: round.head_id === null ? null : { id: round.head_id, name: staffName(ctx.db, round.head_id) ?? '' },
    materialsAcceptedAt: round.materials_accepted_at,
    materialsAcceptedBy: round.materials_accepted_by,
    notice: notice
      ? {
          issuedAt: notice.issued_at,
          issuedBy: notice.issued_by,
          issuedOn: notice.issued_on,
          workingDays: notice.working_days,
          workingDaysSource: notice.working_days_source,
          deadline: notice.deadline,
          dueAt: notice.due_at,
          items: noticeItems(notice),
          supplementedAt: notice.supplemented_at,
          supplementedBy: notice.supplemented_by,
          supplementNote: notice.supplement_note,
          status: deadlineStatus(reviewCalendar(ctx), officeToday(ctx), notice.deadline, notice.supplemented_at),
        }
      : null,
    findings,
    pointsDone: findings.filter((view) => view.finding !== null).length,
    suggestion: suggestionOf(round, findings),
    chosenOpinion: round.chosen_opinion,
    overrideReason: round.override_reason,
    reasons: round.opinion_reasons,
    corrections: round.corrections,
    transferTarget: round.transfer_target_kind
      ? {
          kind: round.transfer_target_kind as OrgKind,
          org: targetOrg === null ? null : { id: targetOrg, name: orgName(ctx, targetOrg) },
        }
      : null,
    certificateProblems: round.certificate_problems_json
      ? (JSON.parse(round.certificate_problems_json) as CertificateNote[])
      : liveCertificateProblems(ctx, decision, round.decision_date),
    reviewerSignedAt: round.reviewer_signed_at,
    reviewerSignedBy: round.reviewer_signed_by,
    signedAt: round.signed_at,
    signedBy: round.signed_by,
  };
}

function orgName(ctx: CoreContext, id: number): string {
  const row = ctx.db.prepare('SELECT name FROM organizations WHERE id = ?').get(id) as { name: string } | undefined;
  return row?.name ?? '';
}
