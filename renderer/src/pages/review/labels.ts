// Colours and short labels of the review vocabulary, in one place so every screen reads alike.

import type { DeadlineLevel, RoundState } from '../../../../shared/contract';
import { OPINIONS, REVIEW_POINTS, findingLabel } from '../../../../shared/domain/review';
import type { Finding, OpinionNumber, ReviewPointNumber } from '../../../../shared/domain/review';

export const ROUND_STATE_COLORS: Record<RoundState, string> = {
  submitted: 'blue',
  'supplement-requested': 'yellow',
  'in-review': 'indigo',
  'reviewer-signed': 'grape',
  signed: 'teal',
};

/** Passes are calm, defects amber, anything that stops the decision red. */
export const FINDING_COLORS: Record<Finding, string> = {
  pass: 'teal',
  defect: 'orange',
  serious: 'red',
  'no-jurisdiction': 'grape',
  'crime-suspected': 'red',
};

export const DEADLINE_COLORS: Record<DeadlineLevel, string> = {
  ok: 'blue',
  near: 'orange',
  past: 'red',
  unknown: 'orange',
  met: 'teal',
};

/** Agreement reads calm; a return amber; refusal red; the transfers neither. */
export const OPINION_COLORS: Record<OpinionNumber, string> = {
  1: 'teal',
  2: 'orange',
  3: 'red',
  4: 'grape',
  5: 'grape',
};

export function opinionTitle(opinion: OpinionNumber): string {
  return `意见${opinion}：${OPINIONS[opinion - 1]?.label ?? ''}`;
}

export function pointTitle(point: number): string {
  return REVIEW_POINTS[point - 1]?.title ?? '';
}

export function findingText(point: number, finding: Finding | null): string {
  if (finding === null) return '尚未作结论';
  return findingLabel(point as ReviewPointNumber, finding) ?? finding;
}
