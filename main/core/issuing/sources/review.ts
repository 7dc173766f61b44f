import type { ReviewRound } from '../../../../shared/contract';
import { REVIEW_POINTS } from '../../../../shared/domain/review';
import type { ApiContext } from '../../../api/context';
import { AppError } from '../../errors';
import { getRound } from '../../review/service';
import { officeDateOf } from '../../calendar/officeTime';
import { withChinesePunctuation } from '../../documents/punctuation';
import { caseTitle, officeForPapers, partyDescription, proposedDecision, type PaperSource } from './common';

// Data for the review papers, built from the review round's record, never typed twice.

const BASIS = '《重庆市涪陵区人民政府办公室关于建立健全乡镇（街道）与区级行政执法部门行政执法协调协同机制的通知》（涪陵府办〔2024〕1号）';
const OPINION_TYPES = { 1: 'agree', 2: 'correct', 3: 'reject', 4: 'transfer-jurisdiction', 5: 'transfer-judicial' } as const;
const ORG_KIND_RECEIVER = { 'public-security': '公安机关', procuratorate: '检察机关' } as Record<string, string>;

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

export function reviewOpinionData(ctx: ApiContext, roundId: number): PaperSource {
  const round = getRound(ctx, roundId);
  if (round.state !== 'signed' || !round.chosenOpinion || !round.signedAt) {
    throw new AppError('ROUND_NOT_SIGNED', '审核意见经负责人会签后才能出具法制审核意见书');
  }
  const office = officeForPapers(ctx, ['reviewBody', 'handlingUnit']);
  const held = round.triggers.triggers.filter((trigger) => trigger.holds).map((trigger) => trigger.label);
  const target = round.transferTarget;
  const data = {
    org: { name: office.name, reviewBody: office.reviewBody },
    document: { date: officeDateOf(round.signedAt) },
    handlingUnit: office.handlingUnit,
    basis: BASIS,
    case: caseBlock(round),
    proposal: {
      decision: proposedDecision(round.decision),
      basis: round.decision.legalBasis || '（承办机构未列明）',
      grounds: held.length ? `该案${held.join('，')}` : '该案经本单位决定进行法制审核',
    },
    points: REVIEW_POINTS.map((point, index) => {
      const finding = round.findings[index];
      const label = point.findings.find((option) => option.value === finding?.finding)?.label;
      return {
        // The seed is quoted word for word on screen, half-width commas and all; a paper uses "，".
        question: withChinesePunctuation(point.question),
        finding: finding?.finding ?? 'pass',
        ...(point.number === 9 && label ? { findingLabel: label } : {}),
        note: [finding?.note, finding?.evidenceRefs && `（证据：${finding.evidenceRefs}）`].filter(Boolean).join(''),
      };
    }),
    opinion: {
      type: OPINION_TYPES[round.chosenOpinion],
      reasons: round.reasons || '见上述审核内容。',
      ...(round.chosenOpinion === 2 ? { corrections: round.corrections } : {}),
      ...(target ? { receiver: target.org?.name ?? ORG_KIND_RECEIVER[target.kind] ?? '有管辖权的机关' } : {}),
    },
    reviewer: { name: round.reviewer?.name ?? round.reviewerSignedBy ?? '' },
    head: { name: round.head?.name ?? round.signedBy ?? '' },
  };
  return { caseId: round.caseId, data };
}

export function supplementNoticeData(ctx: ApiContext, roundId: number): PaperSource {
  const round = getRound(ctx, roundId);
  const notice = round.notice;
  if (!notice) throw new AppError('NO_NOTICE', '本轮没有补正材料通知，无需出具补正材料通知书');
  const office = officeForPapers(ctx, ['reviewBody', 'handlingUnit']);
  const data = {
    org: { name: office.name, reviewBody: office.reviewBody },
    document: { date: notice.issuedOn },
    handlingUnit: office.handlingUnit,
    basis: BASIS,
    case: { number: round.decision.caseNumber, title: caseTitle(round.decision), submittedOn: officeDateOf(round.submittedAt) },
    missing: notice.items.map((item) => ({ name: item.name, ...(item.detail ? { detail: item.detail } : {}) })),
    deadline: notice.deadline,
    contact: { name: round.reviewer?.name ?? notice.issuedBy, phone: office.phone || '—' },
  };
  return { caseId: round.caseId, data };
}
