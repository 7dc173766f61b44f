// The reviewer may sign an opinion other than the suggested one, but only with a written reason,
// which is kept with the opinion.

import { OPINION_NUMBERS, OPINIONS } from '../../../shared/domain/review';
import type { OpinionNumber } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';

export interface OpinionChoice {
  suggested: OpinionNumber;
  chosen: OpinionNumber;
  reason?: string | null | undefined;
}

export function opinionOverrideAllowed(choice: OpinionChoice): boolean {
  return choice.chosen === choice.suggested || (choice.reason?.trim() ?? '') !== '';
}

function assertOpinionNumber(value: number, role: string): void {
  if (!(OPINION_NUMBERS as readonly number[]).includes(value)) {
    throw new AppError('INVALID_OPINION', `${role}应为 1 至 5 之一，实际为“${value}”。`);
  }
}

/** Throws OVERRIDE_REASON_REQUIRED when the choice departs from the suggestion without a reason. */
export function assertOpinionChoice(choice: OpinionChoice): void {
  assertOpinionNumber(choice.suggested, '建议的审核意见');
  assertOpinionNumber(choice.chosen, '选定的审核意见');
  if (opinionOverrideAllowed(choice)) return;
  const chosen = OPINIONS[choice.chosen - 1]?.label ?? String(choice.chosen);
  const suggested = OPINIONS[choice.suggested - 1]?.label ?? String(choice.suggested);
  throw new AppError(
    'OVERRIDE_REASON_REQUIRED',
    `选定的审核意见“${chosen}”与根据审核结论建议的“${suggested}”不同，须写明理由。`,
    { suggested: choice.suggested, chosen: choice.chosen },
  );
}
