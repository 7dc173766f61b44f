import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { checkSeparationOfDuties, separationCollisions } from './separation';

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkSeparationOfDuties', () => {
  it('accepts three different people', () => {
    expect(() => checkSeparationOfDuties({ handlerIds: ['a', 'b'], reviewerId: 'c', headId: 'd' })).not.toThrow();
  });

  it('skips roles not yet assigned', () => {
    expect(() => checkSeparationOfDuties({ handlerIds: ['a', null], reviewerId: null, headId: null })).not.toThrow();
    expect(() => checkSeparationOfDuties({ handlerIds: [], reviewerId: null, headId: 'a' })).not.toThrow();
  });

  it('refuses a handler who also reviews, naming the rule and the roles', () => {
    const error = refusal(() => checkSeparationOfDuties({ handlerIds: ['a', 'b'], reviewerId: 'b', headId: 'c' }));
    expect(error.code).toBe('SEPARATION_OF_DUTIES');
    expect(error.message).toBe(
      '违反办理、审核、决定相分离的原则（涪陵府办〔2024〕1号 二(四)）：本案承办人与法制审核员不能由同一人担任。',
    );
  });

  it('refuses a handler who also signs the opinion as 法制审核机构负责人', () => {
    expect(refusal(() => checkSeparationOfDuties({ handlerIds: [1], reviewerId: 2, headId: 1 })).message).toContain(
      '承办人与法制审核机构负责人',
    );
  });

  it('refuses a reviewer who also signs as 法制审核机构负责人', () => {
    expect(refusal(() => checkSeparationOfDuties({ handlerIds: [1], reviewerId: 2, headId: 2 })).message).toContain(
      '法制审核员与法制审核机构负责人',
    );
  });

  it('refuses a handler, reviewer or 法制审核机构负责人 who also decides', () => {
    for (const deciderId of [1, 2, 3]) {
      expect(
        refusal(() => checkSeparationOfDuties({ handlerIds: [1], reviewerId: 2, headId: 3, deciderId })).message,
      ).toContain('与行政执法机关负责人不能由同一人担任');
    }
    expect(() => checkSeparationOfDuties({ handlerIds: [1], reviewerId: 2, headId: 3, deciderId: 4 })).not.toThrow();
  });

  it('names every colliding pair when one person holds all four roles', () => {
    const assignment = { handlerIds: ['x'], reviewerId: 'x', headId: 'x', deciderId: 'x' };
    expect(separationCollisions(assignment).map((c) => c.roles)).toEqual([
      ['handler', 'reviewer'],
      ['handler', 'review-head'],
      ['handler', 'head'],
      ['reviewer', 'review-head'],
      ['reviewer', 'head'],
      ['review-head', 'head'],
    ]);
    expect(refusal(() => checkSeparationOfDuties(assignment)).message).toContain(
      '本案承办人与法制审核员、承办人与法制审核机构负责人、承办人与行政执法机关负责人、法制审核员与法制审核机构负责人',
    );
  });

  it('does not mistake id 1 for "1"', () => {
    expect(() => checkSeparationOfDuties({ handlerIds: [1], reviewerId: '1', headId: null })).not.toThrow();
  });
});
