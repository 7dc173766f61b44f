import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';
import { suggestOpinion, validateFindings } from './opinion';

/** Nine passes with the given points (1-based) set to other findings. */
function findings(changes: Record<number, Finding> = {}): Finding[] {
  return Array.from({ length: 9 }, (_unused, index) => changes[index + 1] ?? 'pass');
}

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('suggestOpinion', () => {
  it('nine passes → 1 同意, with no decisive point', () => {
    expect(suggestOpinion(findings())).toEqual({
      opinion: 1,
      decisivePoints: [],
      explanation: '九项审核要点均符合要求，依涪陵府办〔2024〕1号 二(四)应提出拟同意作出行政执法决定的意见。',
    });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('a defect on point %i → 2 纠正完善后再送审', (point) => {
    const result = suggestOpinion(findings({ [point]: 'defect' }));
    expect(result.opinion).toBe(2);
    expect(result.decisivePoints).toEqual([point]);
    expect(result.explanation).toContain(`第${point}项`);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('a serious problem on point %i → 3 不予作出', (point) => {
    const result = suggestOpinion(findings({ [point]: 'serious' }));
    expect(result).toMatchObject({ opinion: 3, decisivePoints: [point] });
  });

  it('names every defective point', () => {
    expect(suggestOpinion(findings({ 3: 'defect', 7: 'defect' }))).toEqual({
      opinion: 2,
      decisivePoints: [3, 7],
      explanation:
        '第3项（事实与证据）、第7项（程序）存在瑕疵，经纠正完善后不影响决定成立，依涪陵府办〔2024〕1号 二(四)应提出予以纠正完善后再送法制审核的意见。',
    });
  });

  it('no jurisdiction on point 2 → 4 移送有管辖权的机关', () => {
    const result = suggestOpinion(findings({ 2: 'no-jurisdiction' }));
    expect(result).toMatchObject({ opinion: 4, decisivePoints: [2] });
    expect(result.explanation).toContain('第2项（管辖权）认定不属于本机关执法权限');
  });

  it('crime suspected on point 9 → 5 移送司法机关', () => {
    const result = suggestOpinion(findings({ 9: 'crime-suspected' }));
    expect(result).toMatchObject({ opinion: 5, decisivePoints: [9] });
    expect(result.explanation).toContain('提出建议移送司法机关处理的意见');
  });

  it('crime suspected outranks everything else', () => {
    const all = findings({ 1: 'serious', 2: 'no-jurisdiction', 3: 'defect', 9: 'crime-suspected' });
    expect(suggestOpinion(all)).toMatchObject({ opinion: 5, decisivePoints: [9] });
  });

  it('no jurisdiction outranks serious problems and defects', () => {
    expect(suggestOpinion(findings({ 1: 'serious', 2: 'no-jurisdiction', 4: 'defect' }))).toMatchObject({
      opinion: 4,
      decisivePoints: [2],
    });
  });

  it('a serious problem outranks defects, and only serious points are decisive', () => {
    expect(suggestOpinion(findings({ 3: 'defect', 6: 'serious', 8: 'defect' }))).toMatchObject({
      opinion: 3,
      decisivePoints: [6],
    });
  });
});

describe('validateFindings', () => {
  it('accepts nine allowed findings', () => {
    expect(() => validateFindings(findings({ 2: 'no-jurisdiction', 9: 'crime-suspected' }))).not.toThrow();
  });

  it.each([0, 8, 10])('refuses %i findings', (count) => {
    const error = errorOf(() => suggestOpinion(Array.from({ length: count }, () => 'pass')));
    expect(error.code).toBe('INVALID_FINDINGS');
    expect(error.message).toBe(`审核结论应为九项（每个审核要点一项），实际为 ${count} 项。`);
  });

  it('allows no-jurisdiction only on point 2', () => {
    const error = errorOf(() => suggestOpinion(findings({ 3: 'no-jurisdiction' })));
    expect(error.code).toBe('INVALID_FINDINGS');
    expect(error.message).toContain('第3项审核要点（事实与证据）的结论“no-jurisdiction”不适用');
  });

  it('allows crime-suspected only on point 9, and only pass or crime-suspected there', () => {
    expect(errorOf(() => suggestOpinion(findings({ 1: 'crime-suspected' }))).code).toBe('INVALID_FINDINGS');
    const error = errorOf(() => suggestOpinion(findings({ 9: 'defect' })));
    expect(error.message).toBe(
      '第9项审核要点（涉嫌犯罪）的结论“defect”不适用，可选：未发现涉嫌犯罪（pass）、涉嫌犯罪，需移送司法机关（crime-suspected）。',
    );
  });

  it('refuses values that are no finding at all', () => {
    const bad = [...findings()] as string[];
    bad[4] = 'maybe';
    expect(errorOf(() => suggestOpinion(bad)).details).toEqual({ point: 5 });
  });
});
