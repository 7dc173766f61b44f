import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../shared/contract';
import { CREATED_RECORDS, METHOD_EFFECTS, isReadMethod, targetMatches, type Target } from './invalidation';

// The table is checked against the contract itself, so a method added there without saying here
// whether it reads or what it makes stale fails this test (and the type check).

const methods = Object.keys(contract) as MethodName[];
const reads = methods.filter(isReadMethod);
const writes = methods.filter((method) => !isReadMethod(method));

describe('the invalidation table', () => {
  it('says of every method of the contract whether it reads, or what it makes stale', () => {
    expect(Object.keys(METHOD_EFFECTS).sort()).toEqual([...methods].sort());
    for (const method of writes) expect(Array.isArray(METHOD_EFFECTS[method]), method).toBe(true);
    expect(writes.length).toBeGreaterThan(40);
  });

  it('names only reads that exist: every target of every write matches a read of the contract', () => {
    for (const method of writes) {
      for (const target of METHOD_EFFECTS[method] as readonly Target[]) {
        expect(
          reads.some((read) => targetMatches(target, read)),
          `${method} → ${target}`,
        ).toBe(true);
      }
    }
  });

  it('puts a created record under a read of the contract', () => {
    for (const [write, put] of Object.entries(CREATED_RECORDS)) {
      expect(isReadMethod(write as MethodName), write).toBe(false);
      expect(isReadMethod(put.get), `${write} → ${put.get}`).toBe(true);
    }
  });

  it('matches a namespace by prefix and a method exactly', () => {
    expect(targetMatches('review.*', 'review.state')).toBe(true);
    expect(targetMatches('review.*', 'reviews.state')).toBe(false);
    expect(targetMatches('transfers.*', 'transfers.out.get')).toBe(true);
    expect(targetMatches('cases.get', 'cases.get')).toBe(true);
    expect(targetMatches('cases.get', 'cases.getAll' as MethodName)).toBe(false);
    expect(targetMatches('*', 'office.get')).toBe(true);
  });
});
