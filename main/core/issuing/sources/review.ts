import type { ReviewRound } from '../../../../shared/contract';
import { REVIEW_POINTS } from '../../../../shared/domain/review';
import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { localRules } from '../../profiles/local-rules';
import { resolveCaseProfile } from '../../profiles/service';
import { getRound } from '../../review/service';
import { officeDateOf } from '../../calendar/officeTime';
import { getStaff } from '../../staff/service';
import { withChinesePunctuation, withoutEndPunctuation } from '../../documents/punctuation';
import {
  caseTitle,
  officeForPapers,
  partyDescription,
  paperContact,
  proposedDecision,
  type PaperSource,
} from './common';
import { reviewGrounds } from './review-grounds';

// Data for the review papers, built from the review round's record, never typed twice.

// What a review paper cites after "根据…的规定": the case's own profile's document where it has
// review rules (涪陵府办〔2024〕1号 二(四)), else national law (行政处罚法 第五十八条) — never another
// profile's document (issue #12).
function reviewBasis(ctx: CoreContext, caseId: number): string {
  return localRules(resolveCaseProfile(ctx.db, caseId).profile).reviewBasis;
}
const OPINION_TYPES = {
  1: 'agree',
  2: 'correct',
  3: 'reject',
  4: 'transfer-jurisdiction',
  5: 'transfer-judicial',
} as const;
const ORG_KIND_RECEIVER = { 'public-security': '公安机关', procuratorate: '检察机关' } as Record<string, string>;

/** Compared without punctuation or spaces: "未发现涉嫌犯罪。" is the label "未发现涉嫌犯罪". */
function bare(text: string): string {
  return text.replace(/[\s\p{P}]/gu, '');
}

/**
 * A point's conclusion and the reviewer's note as printed after "审核结论：". A note that only
 * repeats the conclusion is not printed again ("未发现涉嫌犯罪。未发现涉嫌犯罪的情形。"); one that
 * begins with it and goes on is printed as the conclusion itself ("未发现涉嫌犯罪的情形。").
 */
function conclusion(
  label: string | undefined,
  note: string,
): { label: string | undefined; note: string; merged: boolean } {
  const said = withoutEndPunctuation(note);
  if (!label || !bare(said)) return { label, note: said ? note.trim() : '', merged: false };
  if (bare(label).includes(bare(said))) return { label, note: '', merged: false };
  if (bare(said).startsWith(bare(label))) return { label: said, note: '', merged: true };
  return { label, note: note.trim(), merged: false };
}

/** A staff member's phone as recorded on their staff record ('' when none, or they have left the list). */
function staffPhone(ctx: CoreContext, id: number | undefined): string {
  if (id === undefined) return '';
  try {
    return getStaff(ctx, id).phone.trim();
  } catch {
    return '';
  }
}

function caseBlock(ctx: CoreContext, round: ReviewRound) {
  const record = round.decision;
  const phone = staffPhone(ctx, record.handlers[0]?.id);
  return {
    number: record.caseNumber,
    title: caseTitle(record),
    party: partyDescription(record),
    cause: record.cause,
    handlers: record.handlers.map((handler) => handler.name).join('、'),
    ...(phone ? { handlerPhone: phone } : {}),
    // A case that meets a review trigger is a 重大行政执法决定: the paper is titled as such.
    major: round.triggers.triggers.some((trigger) => trigger.holds),
    submittedOn: officeDateOf(round.submittedAt),
    facts: record.facts,
  };
}

export function reviewOpinionData(ctx: CoreContext, roundId: number): PaperSource {
  const round = getRound(ctx, roundId);
  if (round.state !== 'signed' || !round.chosenOpinion || !round.signedAt) {
    throw new AppError('ROUND_NOT_SIGNED', '审核意见经审核员和法制审核机构负责人签署后才能出具法制审核意见书');
  }
  const office = officeForPapers(ctx, ['reviewBody', 'handlingUnit']);
  const target = round.transferTarget;
  const data = {
    // Issued by the 法制审核机构: its name heads and signs the opinion.
    org: { name: office.reviewBody, government: office.name },
    document: { date: officeDateOf(round.signedAt) },
    handlingUnit: office.handlingUnit,
    basis: reviewBasis(ctx, round.caseId),
    case: caseBlock(ctx, round),
    ...(round.submittedBy.trim()
      ? { submission: { by: round.submittedBy.trim(), date: officeDateOf(round.submittedAt) } }
      : {}),
    proposal: {
      decision: proposedDecision(round.decision),
      basis: withoutEndPunctuation(round.decision.legalBasis) || '（承办机构未列明）',
      grounds: reviewGrounds(round),
    },
    points: REVIEW_POINTS.map((point, index) => {
      const finding = round.findings[index];
      const option = point.findings.find((candidate) => candidate.value === finding?.finding)?.label;
      const stated = conclusion(option, finding?.note ?? '');
      // Point 9's findings have words of their own ("未发现涉嫌犯罪"); the others print the template's.
      const printed = point.number === 9 || stated.merged ? stated.label : undefined;
      return {
        // The seed is quoted word for word on screen, half-width commas and all; a paper uses "，".
        question: withChinesePunctuation(point.question),
        finding: finding?.finding ?? 'pass',
        ...(printed ? { findingLabel: printed } : {}),
        note: [stated.note, finding?.evidenceRefs && `（证据：${finding.evidenceRefs}）`].filter(Boolean).join(''),
      };
    }),
    opinion: {
      type: OPINION_TYPES[round.chosenOpinion],
      reasons: round.reasons || '见上述审核内容。',
      ...(round.chosenOpinion === 2 ? { corrections: round.corrections } : {}),
      ...(target ? { receiver: target.org?.name ?? ORG_KIND_RECEIVER[target.kind] ?? '有管辖权的机关' } : {}),
    },
    // Both signatures of the opinion, each with its date (the 法制审核机构负责人's is the paper's date).
    reviewer: {
      name: round.reviewerSignedBy ?? round.reviewer?.name ?? '',
      date: officeDateOf(round.reviewerSignedAt ?? round.signedAt),
    },
    head: { name: round.signedBy ?? round.head?.name ?? '', date: officeDateOf(round.signedAt) },
  };
  return { caseId: round.caseId, data };
}

/**
 * A material as the notice names it, and what it must meet to be accepted — the paper's words, not
 * the screen's checklist label ("听证笔录/评估报告" becomes the one this case needs).
 */
function materialOnPaper(
  key: string | null,
  typed: string,
  decision: ReviewRound['decision'],
): { name: string; standard?: string } {
  const heard = decision.hearingHeld || decision.hearingRequested;
  switch (key) {
    case 'investigation-report':
      return {
        name: '调查终结报告',
        standard: '应当写明案件来源、调查经过、认定的违法事实及证据、处理意见，并由承办人签名',
      };
    case 'proposal':
      return {
        name: '拟作出的行政执法决定建议及情况说明',
        standard: '应当写明拟作出决定的内容、适用的法律依据和裁量理由',
      };
    case 'evidence':
      return { name: '相关证据材料', standard: '应当分类编号并注明来源，复印件应当由提供人核对无误后签名或者盖章' };
    case 'hearing-or-assessment':
      return heard
        ? { name: '听证笔录', standard: '应当由听证主持人、记录人和听证参加人核对无误后签名或者盖章' }
        : { name: '评估报告', standard: '应当载明评估结论，并由评估人员签名' };
    default:
      return { name: withoutEndPunctuation(typed) };
  }
}

export function supplementNoticeData(ctx: CoreContext, roundId: number): PaperSource {
  const round = getRound(ctx, roundId);
  const notice = round.notice;
  if (!notice) throw new AppError('NO_NOTICE', '本轮没有补正材料通知，无需出具补正材料通知书');
  const office = officeForPapers(ctx, ['reviewBody', 'handlingUnit']);
  const reviewerPhone = staffPhone(ctx, round.reviewer?.id);
  const data = {
    org: { name: office.reviewBody },
    document: { date: notice.issuedOn },
    handlingUnit: office.handlingUnit,
    basis: reviewBasis(ctx, round.caseId),
    case: {
      number: round.decision.caseNumber,
      title: caseTitle(round.decision),
      submittedOn: officeDateOf(round.submittedAt),
    },
    missing: notice.items.map((item) => {
      const paper = materialOnPaper(item.materialKey, item.name, round.decision);
      const detail = withoutEndPunctuation(item.detail);
      return {
        name: paper.name,
        ...(detail ? { detail } : {}),
        ...(paper.standard ? { standard: paper.standard } : {}),
      };
    }),
    deadline: notice.deadline,
    // The reviewer handling the case, with the phone on their staff record (else the office's).
    ...paperContact([round.reviewer?.name, notice.issuedBy], [reviewerPhone, office.phone]),
  };
  return { caseId: round.caseId, data };
}
