import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../../shared/contract/cases';
import { schemaErrors } from '../../lib/schemaErrors';
import { CASE_ERROR_PATHS, EMPTY_CASE_FORM, caseFormToInput } from './caseFormValues';

describe('case form conversion', () => {
  it('turns yuan text into integer fen without floating point', () => {
    const { input, errors } = caseFormToInput({ ...EMPTY_CASE_FORM, fineYuan: '1999.99', illegalGainsYuan: '0.1' });
    expect(errors).toEqual({});
    expect(input.fineFen).toBe(199_999);
    expect(input.illegalGainsFen).toBe(10);
  });

  it('refuses amounts a person might type but the law cannot print', () => {
    for (const bad of ['-1', '1e309', '1,000', '12.345', 'abc']) {
      expect(caseFormToInput({ ...EMPTY_CASE_FORM, fineYuan: bad }).errors['fineYuan']).toContain('罚款金额');
    }
  });

  it('maps contract errors back onto form fields', () => {
    const { input } = caseFormToInput({ ...EMPTY_CASE_FORM, partyIdCode: '123' });
    const errors = schemaErrors(caseInput, input, CASE_ERROR_PATHS);
    expect(errors['partyIdCode']).toContain('居民身份证号码不正确');
    expect(errors['cause']).toBe('请填写案由');
    expect(errors['foundOn']).toContain('发现日期');
  });
});
