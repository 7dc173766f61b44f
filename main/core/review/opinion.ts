// The opinion the nine findings call for (涪陵府办〔2024〕1号 二(四)): crime suspected → 5; else no
// jurisdiction → 4; else any serious problem → 3; else any correctable defect → 2; else 1.
// And the opinions the findings allow (DOMAIN §5): a signed opinion never contradicts them.

import { OPINION_NUMBERS, OPINIONS, REVIEW_POINTS, REVIEW_RULE_CITATION } from '../../../shared/domain/review';
import type { Finding, OpinionNumber, ReviewPointNumber } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';

export interface OpinionSuggestion {
  opinion: OpinionNumber;
  /** Chinese, naming the points that decided it. */
  explanation: string;
  decisivePoints: ReviewPointNumber[];
}

/** Throws INVALID_FINDINGS unless there are nine findings, each one that its point allows. */
export function validateFindings(findings: readonly string[]): asserts findings is readonly Finding[] {
  if (findings.length !== REVIEW_POINTS.length) {
    throw new AppError('INVALID_FINDINGS', `审核结论应为九项（每个审核要点一项），实际为 ${findings.length} 项。`, {
      count: findings.length,
    });
  }
  REVIEW_POINTS.forEach((point, index) => {
    const value = findings[index];
    if (!point.findings.some((option) => option.value === value)) {
      const allowed = point.findings.map((option) => `${option.label}（${option.value}）`).join('、');
      throw new AppError(
        'INVALID_FINDINGS',
        `第${point.number}项审核要点（${point.title}）的结论“${String(value)}”不适用，可选：${allowed}。`,
        { point: point.number },
      );
    }
  });
}

function pointsWith(findings: readonly Finding[], finding: Finding): ReviewPointNumber[] {
  return REVIEW_POINTS.filter((point) => findings[point.number - 1] === finding).map((point) => point.number);
}

function describePoints(points: readonly ReviewPointNumber[]): string {
  return points.map((number) => `第${number}项（${REVIEW_POINTS[number - 1]?.title ?? ''}）`).join('、');
}

function suggestion(opinion: OpinionNumber, decisivePoints: ReviewPointNumber[], finding: string): OpinionSuggestion {
  const proposal = OPINIONS[opinion - 1]?.proposal ?? '';
  const grounds = decisivePoints.length > 0 ? `${describePoints(decisivePoints)}${finding}` : finding;
  return { opinion, decisivePoints, explanation: `${grounds}，依${REVIEW_RULE_CITATION}应${proposal}。` };
}

export function suggestOpinion(findings: readonly string[]): OpinionSuggestion {
  validateFindings(findings);
  const crime = pointsWith(findings, 'crime-suspected');
  if (crime.length > 0) return suggestion(5, crime, '认定违法行为涉嫌犯罪');
  const elsewhere = pointsWith(findings, 'no-jurisdiction');
  if (elsewhere.length > 0) return suggestion(4, elsewhere, '认定不属于本机关执法权限');
  const serious = pointsWith(findings, 'serious');
  if (serious.length > 0) return suggestion(3, serious, '存在严重问题');
  const defects = pointsWith(findings, 'defect');
  if (defects.length > 0) return suggestion(2, defects, '存在瑕疵，经纠正完善后不影响决定成立');
  return suggestion(1, [], '九项审核要点均符合要求');
}

export interface AllowedOpinions {
  /** In the suggestion's order; the first is the suggested one. */
  opinions: OpinionNumber[];
  /** Chinese: why only these, naming the deciding points; empty when every point passes. */
  explanation: string;
}

/**
 * The opinions the nine findings allow (DOMAIN §5, 涪陵府办〔2024〕1号 二(四) 意见1–5):
 * - a point 9 finding of 涉嫌犯罪 allows only 5 (a penalty never replaces the transfer);
 * - else a point 2 finding of 不属于本机关管辖 allows only 4 — 5 needs point 9 to say 涉嫌犯罪;
 * - else any 严重问题 allows only 3 (never 1 or 2; 4 and 5 would contradict points 2 and 9);
 * - else any 瑕疵 allows only 2 (1 needs every point to pass; 3 needs a serious problem);
 * - else only 1.
 * Each opinion's grounds in the seed are exactly one of these finding patterns, so the findings fix
 * the opinion: a reviewer who judges otherwise changes the finding, with a note (review.savePoint).
 */
export function allowedOpinions(findings: readonly string[]): AllowedOpinions {
  const suggested = suggestOpinion(findings);
  const opinions: OpinionNumber[] = [suggested.opinion];
  return { opinions, explanation: suggested.explanation };
}

function opinionLabel(opinion: OpinionNumber): string {
  return `意见${opinion}“${OPINIONS[opinion - 1]?.label ?? ''}”`;
}

/** Throws OPINION_CONTRADICTS_FINDINGS unless `chosen` is one the findings allow, naming what to change. */
export function assertOpinionAllowed(findings: readonly string[], chosen: number): void {
  const allowed = allowedOpinions(findings);
  if ((allowed.opinions as number[]).includes(chosen)) return;
  const valid = (OPINION_NUMBERS as readonly number[]).includes(chosen);
  const name = valid ? opinionLabel(chosen as OpinionNumber) : `意见“${chosen}”`;
  const only = allowed.opinions.map(opinionLabel).join('或');
  throw new AppError(
    'OPINION_CONTRADICTS_FINDINGS',
    `${name}与九项审核结论相矛盾：${allowed.explanation.replace(/。$/, '')}，只能提出${only}。` +
      '如认为审核结论不当，请先修改相应审核要点的结论并写明说明，再选择审核意见。',
    { allowed: allowed.opinions, chosen },
  );
}
