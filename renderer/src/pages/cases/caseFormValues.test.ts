import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../../shared/contract/cases';
import { schemaErrors } from '../../lib/schemaErrors';
import { CASE_ERROR_PATHS, EMPTY_CASE_FORM, caseFormToInput, normalizeCaseNumber } from './caseFormValues';

describe('case form conversion', () => {
  it('turns yuan text into integer fen without floating point', () => {
    const { input, errors } = caseFormToInput({ ...EMPTY_CASE_FORM, fineYuan: '1999.99', illegalGainsYuan: '0.1' });
    expect(errors).toEqual({});
    expect(input.fineFen).toBe(199_999);
    expect(input.illegalGainsFen).toBe(10);
  });

  it('reads amounts as people type them: thousands commas, full-width digits, a trailing 元', () => {
    const typed = {
      '2,000': 200_000,
      '２，０００': 200_000,
      '1,234,567.5': 123_456_750,
      '２０００．５０': 200_050,
      '2000 元': 200_000,
      ' 300 ': 30_000,
    };
    for (const [text, fen] of Object.entries(typed)) {
      const { input, errors } = caseFormToInput({ ...EMPTY_CASE_FORM, fineYuan: text });
      expect(errors, text).toEqual({});
      expect(input.fineFen, text).toBe(fen);
    }
  });

  it('refuses amounts a person might type but the law cannot print', () => {
    for (const bad of ['-1', '1e309', '20,00', '1,0000', ',000', '12.345', 'abc']) {
      expect(caseFormToInput({ ...EMPTY_CASE_FORM, fineYuan: bad }).errors['fineYuan']).toContain('罚款金额');
    }
  });

  it('puts the year of a case number in 〔〕 and leaves the rest as typed', () => {
    expect(normalizeCaseNumber('青山综执罚(2026)20号')).toBe('青山综执罚〔2026〕20号');
    expect(normalizeCaseNumber('青山综执罚（２０２６）20号')).toBe('青山综执罚〔2026〕20号');
    expect(normalizeCaseNumber('青山综执罚〔2026〕20号')).toBe('青山综执罚〔2026〕20号');
    expect(normalizeCaseNumber('青山综执罚(简)20号')).toBe('青山综执罚(简)20号');
    expect(normalizeCaseNumber('青山综执罚(12345)号')).toBe('青山综执罚(12345)号');
    expect(caseFormToInput({ ...EMPTY_CASE_FORM, caseNumber: '青山综执罚（2026）20号' }).input.caseNumber).toBe(
      '青山综执罚〔2026〕20号',
    );
  });

  it('maps contract errors back onto form fields', () => {
    const { input } = caseFormToInput({ ...EMPTY_CASE_FORM, partyIdCode: '123' });
    const errors = schemaErrors(caseInput, input, CASE_ERROR_PATHS);
    expect(errors['partyIdCode']).toContain('居民身份证号码不正确');
    expect(errors['cause']).toBe('请填写案由');
    expect(errors['foundOn']).toContain('发现日期');
  });
});
