import { describe, expect, it } from 'vitest';
import { FINDINGS, REVIEW_POINTS } from '../../../shared/domain/review';
import { findingNotAllowedMessage } from './points';

describe('a finding a point does not allow', () => {
  it('is named by its label, with the point’s allowed conclusions', () => {
    expect(findingNotAllowedMessage(1, 'no-jurisdiction')).toBe(
      '第1项（执法主体与执法资格）不能作“不属于本机关管辖”的结论，可选：“符合”“存在瑕疵，可纠正完善”“存在严重问题”',
    );
    expect(findingNotAllowedMessage(9, 'serious')).toBe(
      '第9项（涉嫌犯罪）不能作“存在严重问题”的结论，可选：“未发现涉嫌犯罪”“涉嫌犯罪，需移送司法机关”',
    );
  });

  it('never shows a stored value, for any point and finding', () => {
    for (const point of REVIEW_POINTS) {
      for (const finding of [...FINDINGS, 'made-up'])
        expect(findingNotAllowedMessage(point.number, finding)).not.toMatch(/[A-Za-z]/);
    }
    expect(findingNotAllowedMessage(1, 'made-up')).toContain('不能作这一结论');
  });
});
