// Every combination of the nine findings (3^7 × 4 × 2 = 17,496) against every opinion: the opinions
// the findings allow never contradict them (DOMAIN §5, issue #13), and the guard accepts exactly those.

import { describe, expect, it } from 'vitest';
import { OPINION_NUMBERS, REVIEW_POINTS } from '../../../shared/domain/review';
import type { Finding, OpinionNumber } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';
import { allowedOpinions, assertOpinionAllowed, suggestOpinion } from './opinion';

function* combinations(index = 0, prefix: Finding[] = []): Generator<Finding[]> {
  const point = REVIEW_POINTS[index];
  if (!point) {
    yield prefix;
    return;
  }
  for (const option of point.findings) yield* combinations(index + 1, [...prefix, option.value]);
}

/** DOMAIN §5, stated independently of the implementation. */
function contradicts(findings: readonly Finding[], opinion: OpinionNumber): boolean {
  const crime = findings[8] === 'crime-suspected';
  const elsewhere = findings[1] === 'no-jurisdiction';
  const serious = findings.includes('serious');
  const defect = findings.includes('defect');
  if (crime) return opinion !== 5;
  if (elsewhere) return opinion !== 4 && opinion !== 5;
  if (serious && (opinion === 1 || opinion === 2)) return true;
  // Opinions 4 and 5 say the case is not ours or is a crime; points 2 and 9 say otherwise.
  if (opinion === 4 || opinion === 5) return true;
  // Opinion 1 needs every point to pass; opinion 3 needs a serious problem, 2 a defect.
  if (opinion === 1) return serious || defect;
  if (opinion === 3) return !serious;
  return !defect;
}

describe('the opinions the findings allow', () => {
  const all = [...combinations()];

  it('covers every combination of findings', () => {
    expect(all).toHaveLength(3 ** 7 * 4 * 2);
  });

  it('never allows an opinion that contradicts the findings, always allows the suggested one, and the guard agrees', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const findings of all) {
      const allowed = allowedOpinions(findings).opinions;
      if (allowed[0] !== suggestOpinion(findings).opinion) wrong.push(`${findings.join(',')}: not the suggestion`);
      for (const opinion of OPINION_NUMBERS) {
        const isAllowed = allowed.includes(opinion);
        if (isAllowed && contradicts(findings, opinion)) wrong.push(`${findings.join(',')} → ${opinion} contradicts`);
        let refused: unknown = null;
        try {
          assertOpinionAllowed(findings, opinion);
        } catch (error) {
          refused = error;
        }
        const code = refused instanceof AppError ? refused.code : null;
        if (isAllowed ? refused !== null : code !== 'OPINION_CONTRADICTS_FINDINGS') {
          wrong.push(`${findings.join(',')} → ${opinion}: guard ${String(code)}`);
        }
        checked++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBe(all.length * 5);
  });

  it('names the deciding points and the only opinion in Chinese (the reported 涉嫌犯罪 → 意见1)', () => {
    const findings: Finding[] = ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'crime-suspected'];
    expect(() => assertOpinionAllowed(findings, 1)).toThrow(
      /意见1“同意”与九项审核结论相矛盾：第9项（涉嫌犯罪）认定违法行为涉嫌犯罪.*只能提出意见5“移送司法机关”/u,
    );
    const elsewhere: Finding[] = ['pass', 'no-jurisdiction', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass'];
    expect(allowedOpinions(elsewhere).opinions).toEqual([4]);
    const serious: Finding[] = ['pass', 'pass', 'serious', 'defect', 'pass', 'pass', 'pass', 'pass', 'pass'];
    expect(allowedOpinions(serious).opinions).toEqual([3]);
  });
});
