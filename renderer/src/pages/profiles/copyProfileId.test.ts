import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/contract';
import { copyIdFor } from './CopyProfileForm';

// The clerk only names the copy; the id the contract wants is made up for them and must pass it,
// also for a copy of a copy.
describe('copyIdFor', () => {
  it('makes an id the contract accepts, unique by time', () => {
    const input = contract['profiles.copy'].input;
    const first = copyIdFor('fuling', new Date('2026-11-23T02:00:00Z'));
    const again = copyIdFor(first, new Date('2026-11-23T02:00:01Z'));
    for (const newId of [first, again])
      expect(input.safeParse({ fromId: 'fuling', newId, name: '青山镇规则' }).success).toBe(true);
    expect(first).not.toBe(copyIdFor('fuling', new Date('2026-11-23T02:00:01Z')));
  });
});
