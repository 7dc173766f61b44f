// One review round as the screens and the documents read it, assembled from its rows. Until the
// reviewer signs, the suggestion and point 1's certificate check are computed fresh; from then on
// the frozen values are shown, so a signed opinion reads as it was signed.

import { chineseDate } from '../../../shared/domain/calendar';
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
import { CERTIFICATE_RULE, certificateStatus, legalQualificationProblem } from '../../../shared/domain/certificate';
import { officeDateOf } from '../calendar/officeTime';
import { dataNotes } from '../cases/notes';
import { normalizeCaseSnapshot } from '../cases/store';
import { handlerCountProblem } from './certificates';
import { complexByTriggers, decisionRow, decisionView } from './decision-view';
import { deadlineStatus } from './deadline';
import { reassigners } from './guards';
import { isMaterialRequired } from './materials';
import { allowedOpinions, suggestOpinion } from './opinion';
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
import { sql } from '../../db/sql';
import { orgRefOf } from '../orgs/store';

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

interface PersonRow {
  id: number;
  name: string;
  certificate_no: string | null;
  cert_valid_from: string | null;
  cert_valid_to: string | null;
  cert_withdrawn_on: string | null;
  legal_qualification_no: string | null;
  reviewing_since: string | null;
  auxiliary: number;
}

function personRow(ctx: CoreContext, id: number): PersonRow | undefined {
  return sql.get<PersonRow>(
    ctx.db,
    `SELECT id, name, certificate_no, cert_valid_from, cert_valid_to, cert_withdrawn_on, legal_qualification_no,
         reviewing_since, auxiliary FROM staff WHERE id = ?`,
    id,
  );
}

/** The days the handlers acted, as the record holds them: the violation found, the case submitted. */
export function actedOn(decision: CaseRecord, submittedOn: string): Array<{ date: string; what: string }> {
  const days = [{ date: decision.foundOn, what: '发现违法行为（立案调查）' }];
  if (submittedOn !== decision.foundOn) days.push({ date: submittedOn, what: '送交法制审核' });
  return days;
}

/**
 * Point 1 and the people's qualifications: fewer than two handlers (第四十二条), each handler's
 * certificate on each day they acted (one reading for every screen: certificateStatus), an auxiliary
 * handler, and a reviewer without 法律职业资格 (第五十八条第二款).
 */
export function liveCertificateProblems(
  ctx: CoreContext,
  decision: CaseRecord,
  submittedOn: string,
  reviewerId: number | null,
): CertificateNote[] {
  const notes: CertificateNote[] = [];
  const count = handlerCountProblem(decision.handlers.length);
  if (count) notes.push(count);
  for (const handler of decision.handlers) {
    const row = personRow(ctx, handler.id);
    const name = row?.name ?? handler.name;
    if (row?.auxiliary === 1) {
      notes.push({ name, kind: 'auxiliary', message: `承办人${name}是行政执法辅助人员：${CERTIFICATE_RULE}。` });
    }
    const seen = new Set<string>();
    for (const day of actedOn(decision, submittedOn)) {
      const status = certificateStatus(
        {
          name: `承办人${name}`,
          certificateNo: row?.certificate_no ?? null,
          certValidFrom: row?.cert_valid_from ?? null,
          certValidTo: row?.cert_valid_to ?? null,
          certWithdrawnOn: row?.cert_withdrawn_on ?? null,
        },
        day.date,
      );
      if (status.state === 'valid' || seen.has(status.state)) continue;
      seen.add(status.state);
      notes.push({
        name,
        kind: status.state,
        message: `${day.what}之日（${chineseDate(day.date)}）：${status.message}${status.citation}。`,
      });
    }
  }
  if (reviewerId !== null) {
    const row = personRow(ctx, reviewerId);
    const problem =
      row &&
      legalQualificationProblem({
        name: row.name,
        legalQualificationNo: row.legal_qualification_no,
        reviewingSince: row.reviewing_since,
      });
    if (row && problem) notes.push({ name: row.name, kind: 'no-legal-qualification', message: problem });
  }
  return notes;
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
  const decision = normalizeCaseSnapshot(JSON.parse(round.decision_json) as CaseRecord);
  const headDecision = decisionRow(ctx.db, round.id);
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
    allowedOpinions: findings.some((view) => view.finding === null)
      ? null
      : allowedOpinions(findings.map((view) => view.finding ?? '')).opinions,
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
      : liveCertificateProblems(ctx, decision, officeDateOf(round.submitted_at), round.reviewer_id),
    reviewerSignedAt: round.reviewer_signed_at,
    reviewerSignedBy: round.reviewer_signed_by,
    signedAt: round.signed_at,
    signedBy: round.signed_by,
    headDecision: headDecision ? decisionView(headDecision) : null,
    awaitsDecision: round.state === 'signed' && round.chosen_opinion === 1 && headDecision === undefined,
    collectiveRequired: complexByTriggers(round),
    notes: dataNotes(ctx.db, 'review_round', round.id),
  };
}

function orgName(ctx: CoreContext, id: number): string {
  return orgRefOf(ctx.db, id)?.name ?? '';
}
