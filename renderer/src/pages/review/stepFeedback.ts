import type { WriteMethod } from '../../api/invalidation';
import type { MutationFeedback } from '../../api/useApi';

/**
 * How a review step speaks: the back end's refusal as it came (it names the rule and what to do),
 * left on screen to be read, and a short confirmation on success when there is one to give.
 */
export function reviewStep<M extends WriteMethod>(
  success?: string,
  onFieldError?: (field: string, message: string) => void,
): MutationFeedback<M> {
  return {
    ...(success ? { success: { title: '已完成', color: 'teal', message: success } } : {}),
    failure: { title: '未能完成', autoClose: 12_000 },
    ...(onFieldError ? { onFieldError } : {}),
  };
}
