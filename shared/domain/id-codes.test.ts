import { describe, expect, it } from 'vitest';
import { isValidCreditCode, isValidResidentId } from './id-codes';

describe('resident ID', () => {
  it('accepts a well-formed number with the right check digit', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('440524188001010014')).toBe(true);
  });
  it('refuses a wrong check digit, wrong length or letters', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519491231002')).toBe(false);
    expect(isValidResidentId('11010519491231002x')).toBe(false);
  });
});

describe('unified social credit code', () => {
  it('accepts a valid code', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });
  it('refuses a changed character or forbidden letters', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });
});
