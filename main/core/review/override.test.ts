import { describe, expect, it } from 'vitest';
import type { OpinionNumber } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';
import { assertOpinionChoice, opinionOverrideAllowed } from './override';

describe('opinion override', () => {
  it('the suggested opinion needs no reason', () => {
    expect(opinionOverrideAllowed({ suggested: 2, chosen: 2 })).toBe(true);
    expect(() => assertOpinionChoice({ suggested: 2, chosen: 2, reason: null })).not.toThrow();
  });

  it('another opinion needs a non-blank written reason', () => {
    expect(opinionOverrideAllowed({ suggested: 2, chosen: 3 })).toBe(false);
    expect(opinionOverrideAllowed({ suggested: 2, chosen: 3, reason: ' \n ' })).toBe(false);
    expect(opinionOverrideAllowed({ suggested: 2, chosen: 3, reason: '主要证据系非法取得' })).toBe(true);
  });

  it('says which opinions differ when the reason is missing', () => {
    try {
      assertOpinionChoice({ suggested: 2, chosen: 1, reason: '' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('OVERRIDE_REASON_REQUIRED');
      expect((error as AppError).message).toBe(
        '选定的审核意见“同意”与根据审核结论建议的“纠正完善后再送审”不同，须写明理由。',
      );
    }
  });

  it('refuses an opinion number outside 1..5', () => {
    expect(() => assertOpinionChoice({ suggested: 1, chosen: 6 as OpinionNumber, reason: '理由' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPINION' }),
    );
  });
});
