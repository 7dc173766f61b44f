import type { ReviewRound } from '../../../../shared/contract';
import { JUDGEMENT_LABELS, REVIEW_POINTS, TRIGGERS } from '../../../../shared/domain/review';
import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { localRules } from '../../profiles/local-rules';
import { resolveCaseProfile } from '../../profiles/service';
import { getRound } from '../../review/service';
import { officeDateOf } from '../../calendar/officeTime';
import { withChinesePunctuation, withoutEndPunctuation } from '../../documents/punctuation';
import { caseTitle, officeForPapers, partyDescription, paperMoney, proposedDecision, type PaperSource } from './common';

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

/** An amount as a trigger's reason writes it for the screen (" 2,000.00 元", " 2,000 元"). */
const SCREEN_AMOUNT = /\s?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?\s?元/gu;

/** A reason written for the screen, its amounts as a paper writes them: "拟对公民罚款8000元，达到2000元以上的审核标准". */
function withPaperAmounts(text: string): string {
  return text.replace(SCREEN_AMOUNT, (_match, whole: string, cents: string | undefined) =>
    paperMoney(Number(whole.replaceAll(',', '')) * 100 + Number(cents ?? 0)),
  );
}

/**
 * Why the case came to review, in what the round recorded about this case rather than the rule's
 * titles: the amount and threshold, the discretion, the handler's stated reason for a judgement.
 */
function reviewGrounds(round: ReviewRound): string {
  const reasons = round.triggers.triggers
    .filter((trigger) => trigger.holds)
    .map((trigger) => {
      const basis = TRIGGERS.find((definition) => definition.id === trigger.id)?.basis;
      if (basis?.kind === 'judgement') {
        const stated = withoutEndPunctuation(round.judgements[basis.key].reason);
        return `承办人认定${JUDGEMENT_LABELS[basis.key]}${stated ? `（${stated}）` : ''}`;
      }
      return withPaperAmounts(withoutEndPunctuation(trigger.reason));
    });
  return reasons.length
    ? `该案属于应当进行法制审核的情形：${reasons.join('；')}`
    : '该案不属于应当进行法制审核的情形，经本单位决定送审';
}

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

function caseBlock(round: ReviewRound) {
  const record = round.decision;
  return {
    number: record.caseNumber,
    title: caseTitle(record),
    party: partyDescription(record),
    cause: record.cause,
    handlers: record.handlers.map((handler) => handler.name).join('、'),
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
    org: { name: office.name, reviewBody: office.reviewBody },
    document: { date: officeDateOf(round.signedAt) },
    handlingUnit: office.handlingUnit,
    basis: reviewBasis(ctx, round.caseId),
    case: caseBlock(round),
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

export function supplementNoticeData(ctx: CoreContext, roundId: number): PaperSource {
  const round = getRound(ctx, roundId);
  const notice = round.notice;
  if (!notice) throw new AppError('NO_NOTICE', '本轮没有补正材料通知，无需出具补正材料通知书');
  const office = officeForPapers(ctx, ['reviewBody', 'handlingUnit']);
  const data = {
    org: { name: office.name, reviewBody: office.reviewBody },
    document: { date: notice.issuedOn },
    handlingUnit: office.handlingUnit,
    basis: reviewBasis(ctx, round.caseId),
    case: {
      number: round.decision.caseNumber,
      title: caseTitle(round.decision),
      submittedOn: officeDateOf(round.submittedAt),
    },
    missing: notice.items.map((item) => ({ name: item.name, ...(item.detail ? { detail: item.detail } : {}) })),
    deadline: notice.deadline,
    contact: { name: round.reviewer?.name ?? notice.issuedBy, phone: office.phone || '—' },
  };
  return { caseId: round.caseId, data };
}
