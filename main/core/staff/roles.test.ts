import { describe, expect, it } from 'vitest';
import { hasStaffRole, parseStaffRoles } from './roles';

describe('staff roles as stored', () => {
  it('reads the known roles', () => {
    expect(parseStaffRoles('["handler","head"]')).toEqual(['handler', 'head']);
    expect(hasStaffRole('["review-head"]', 'review-head')).toBe(true);
    expect(hasStaffRole('["handler"]', 'head')).toBe(false);
  });

  it('never trusts a damaged or foreign value', () => {
    expect(parseStaffRoles('not json')).toEqual([]);
    expect(parseStaffRoles('{"head":true}')).toEqual([]);
    expect(parseStaffRoles('["admin","head",3]')).toEqual(['head']);
  });
});
