import { describe, expect, it } from 'vitest';
import { caseCountLabel } from './caseCount';

describe('caseCountLabel', () => {
  it('gives the exact count, and says when a search matched more cases than it counts', () => {
    expect(caseCountLabel(undefined)).toBe('共 0 件');
    expect(caseCountLabel({ total: 12, totalCapped: false })).toBe('共 12 件');
    expect(caseCountLabel({ total: 100000, totalCapped: false })).toBe('共 100,000 件');
    expect(caseCountLabel({ total: 10000, totalCapped: true })).toBe(
      '超过 10,000 件，列出最近更新的 10,000 件；可加关键词或按状态筛选',
    );
  });
});
