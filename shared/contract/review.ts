// Legal review (issue #3): submissions, materials, the notice to supplement, the nine points,
// the opinion and its sign-off. Rules: DOMAIN §2–§5, 涪陵府办〔2024〕1号 二(四).
import { z } from 'zod';
import type { OrgKind, PenaltyKind } from '../domain/case';
import type {
  Finding,
  JudgementKey,
  MaterialRequirement,
  OpinionNumber,
  ReviewPointNumber,
  TriggerId,
} from '../domain/review';
import type { CaseRecord } from './cases';
import { entityId } from './fields';
import { method } from './method';
import {
  reviewSubmitInput,
  roundId,
  reviewAssignInput,
  supplementRequestInput,
  supplementInput,
  savePointInput,
  chooseOpinionInput,
  returnToReviewerInput,
  recordDecisionInput,
  hearingSettingInput,
  type HearingSetting,
  byRound,
  judgementHoldsInput,
  byCase,
} from './review-inputs';

// The screens' inputs have their own file; importers still find them here.
export * from './review-inputs';

// ---------------------------------------------------------------- outputs

export type RoundState = 'submitted' | 'supplement-requested' | 'in-review' | 'reviewer-signed' | 'signed';
export const ROUND_STATE_LABELS: Record<RoundState, string> = {
  submitted: '待审查送审材料',
  'supplement-requested': '待补正材料',
  'in-review': '逐项审核中',
  'reviewer-signed': '待法制审核机构负责人签署',
  signed: '审核意见已签署',
};

export type StaffRef = { id: number; name: string };

export interface TriggerView {
  id: TriggerId;
  label: string;
  /** The rule as the source words it, and where. */
  wording: string;
  citation: string;
  basis: 'data' | 'judgement';
  holds: boolean;
  reason: string;
}

export type ProfileRef = { id: string; name: string; version: number };
export type TriggerAssessmentView = { required: boolean; triggers: TriggerView[]; profile: ProfileRef };

export interface MaterialView {
  key: string;
  label: string;
  requirement: MaterialRequirement;
  /** Whether this round needed it (a hearing record only after a hearing or assessment). */
  required: boolean;
  present: boolean;
  refs: string;
}

export type NoticeItem = { materialKey: string | null; name: string; detail: string };

export type DeadlineLevel = 'ok' | 'near' | 'past' | 'unknown' | 'met';

/** remainingWorkingDays: 0 = today is the last day; negative once passed; null if not computable. */
export type DeadlineStatus = { level: DeadlineLevel; remainingWorkingDays: number | null; message: string };

export interface SupplementNoticeView {
  issuedAt: string;
  issuedBy: string;
  issuedOn: string;
  workingDays: number;
  workingDaysSource: string;
  deadline: string;
  dueAt: string;
  items: NoticeItem[];
  supplementedAt: string | null;
  supplementedBy: string | null;
  supplementNote: string;
  status: DeadlineStatus;
}

export interface FindingView {
  point: ReviewPointNumber;
  finding: Finding | null;
  note: string;
  evidenceRefs: string;
  savedAt: string | null;
  savedBy: string | null;
}

export type OpinionSuggestionView = {
  opinion: OpinionNumber;
  explanation: string;
  decisivePoints: ReviewPointNumber[];
};

export type CertificateNote = { name: string; kind: string; message: string };

export interface DecisionView {
  agrees: boolean;
  reason: string;
  complexOrMajor: boolean;
  collective: { date: string; participants: string; summary: string } | null;
  decisionNumber: string;
  decisionDate: string | null;
  decidedBy: string;
  recordedAt: string;
  /** The penalty as decided (null when the head did not agree). */
  decidedPenalty: DecidedPenalty | null;
}

export interface DecidedPenalty {
  penaltyKinds: PenaltyKind[];
  fineFen: number;
  illegalGainsFen: number;
  illegalPropertyFen: number;
}

export interface ReviewRound {
  id: number;
  caseId: number;
  roundNo: number;
  state: RoundState;
  locked: boolean;
  decision: CaseRecord;
  decisionDate: string;
  triggers: TriggerAssessmentView;
  judgements: Record<JudgementKey, { holds: boolean; reason: string }>;
  assessmentMade: boolean;
  materials: MaterialView[];
  /** Labels of required materials marked absent. */
  missingMaterials: string[];
  submittedAt: string;
  submittedBy: string;
  /**
   * Staff who may change the reviewer and head now (review.assign): before the reviewer starts,
   * the case's handlers or a head; once review has started, only a head (not a handler of the case,
   * not the round's reviewer); nobody once the reviewer has signed.
   */
  reassignableBy: number[];
  reviewer: StaffRef | null;
  /** The 法制审核机构负责人 who signs the opinion with the reviewer. */
  head: StaffRef | null;
  materialsAcceptedAt: string | null;
  materialsAcceptedBy: string | null;
  notice: SupplementNoticeView | null;
  /** Always nine, in point order; unsaved points have finding null. */
  findings: FindingView[];
  pointsDone: number;
  /** Live until the reviewer signs; frozen from then on. Null until all nine points have findings. */
  suggestion: OpinionSuggestionView | null;
  /** The opinions the findings allow (DOMAIN §5); null until all nine points have findings. */
  allowedOpinions: OpinionNumber[] | null;
  chosenOpinion: OpinionNumber | null;
  overrideReason: string;
  reasons: string;
  corrections: string;
  transferTarget: { kind: OrgKind; org: StaffRef | null } | null;
  /**
   * Point 1 and the reviewer's own qualification: handlers' certificates on the days they acted,
   * fewer than two handlers, a reviewer without 法律职业资格 (第五十八条第二款). Frozen when the reviewer signs.
   */
  certificateProblems: CertificateNote[];
  reviewerSignedAt: string | null;
  reviewerSignedBy: string | null;
  /** The 法制审核机构负责人's signature. */
  signedAt: string | null;
  signedBy: string | null;
  /** The 行政执法机关负责人's decision after opinion 1; null until recorded. */
  headDecision: DecisionView | null;
  /** A decision may now be recorded (opinion 1 signed, none recorded yet). */
  awaitsDecision: boolean;
  /** The case must be decided collectively (trigger 5 held), 《行政处罚法》第五十七条第二款. */
  collectiveRequired: boolean;
  /** Notes a data migration left on this round. */
  notes: string[];
}

export interface CaseReviewState {
  caseId: number;
  /** Rounds oldest first; the last is the current one. */
  rounds: ReviewRound[];
  /** The case may be (re)submitted now (立案登记 or 退回完善). */
  canSubmit: boolean;
  /** The profile's material checklist, for the submission form. */
  checklist: Array<{ key: string; label: string; requirement: MaterialRequirement; source: string }>;
  profile: ProfileRef;
}

export interface ReviewQueueItem {
  roundId: number;
  caseId: number;
  caseNumber: string;
  cause: string;
  partyName: string;
  roundNo: number;
  state: RoundState;
  reviewer: string | null;
  head: string | null;
  submittedAt: string;
  pointsDone: number;
  deadline: string | null;
  deadlineStatus: DeadlineStatus | null;
  chosenOpinion: OpinionNumber | null;
  signedAt: string | null;
  /** 拟作出决定日期: the review is due before the decision is made. */
  decisionDate: string;
}

export const reviewMethods = {
  'review.state': method<CaseReviewState>()(byCase),
  'review.round': method<ReviewRound>()(z.strictObject({ id: roundId })),
  'review.assessTriggers': method<TriggerAssessmentView>()(
    z.strictObject({ caseId: entityId('案件'), judgements: judgementHoldsInput }),
  ),
  'review.queue': method<ReviewQueueItem[]>()(z.strictObject({})),
  'review.submit': method<ReviewRound>()(reviewSubmitInput),
  'review.assign': method<ReviewRound>()(reviewAssignInput),
  'review.requestSupplement': method<ReviewRound>()(supplementRequestInput),
  'review.supplement': method<ReviewRound>()(supplementInput),
  'review.acceptMaterials': method<ReviewRound>()(byRound),
  'review.savePoint': method<ReviewRound>()(savePointInput),
  'review.chooseOpinion': method<ReviewRound>()(chooseOpinionInput),
  'review.signOpinion': method<ReviewRound>()(byRound),
  'review.returnToReviewer': method<ReviewRound>()(returnToReviewerInput),
  /** The 法制审核机构负责人 signs the opinion (formerly the head's 会签). */
  'review.countersign': method<ReviewRound>()(byRound),
  'review.recordDecision': method<ReviewRound>()(recordDecisionInput),
  'review.hearingSetting': method<HearingSetting>()(z.strictObject({})),
  'review.setHearingSetting': method<HearingSetting>()(hearingSettingInput),
};
