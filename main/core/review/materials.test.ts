import { describe, expect, it } from 'vitest';
import { getBuiltinProfile } from '../profiles/builtin';
import { missingMaterials } from './materials';

const noHearing = { hearingOrAssessmentTookPlace: false };
const keys = (items: ReadonlyArray<{ key: string }>) => items.map((item) => item.key);

describe('missingMaterials', () => {
  it('lists every missing required review material at once, in order', () => {
    expect(keys(missingMaterials([], noHearing))).toEqual(['investigation-report', 'proposal', 'evidence']);
    expect(missingMaterials(['proposal'], noHearing).map((item) => item.label)).toEqual([
      '调查终结报告',
      '相关证据资料',
    ]);
  });

  it('requires the hearing record or assessment report only when one took place', () => {
    const core = ['investigation-report', 'proposal', 'evidence'];
    expect(missingMaterials(core, noHearing)).toEqual([]);
    expect(keys(missingMaterials(core, { hearingOrAssessmentTookPlace: true }))).toEqual(['hearing-or-assessment']);
    expect(missingMaterials([...core, 'hearing-or-assessment'], { hearingOrAssessmentTookPlace: true })).toEqual([]);
  });

  it('never asks for the optional "other materials"', () => {
    expect(keys(missingMaterials([], { hearingOrAssessmentTookPlace: true }))).not.toContain('other');
  });

  it("checks a profile's transfer list, with the items list only when items are involved", () => {
    const fuling = getBuiltinProfile('fuling').transferMaterials;
    expect(keys(missingMaterials([], noHearing, fuling))).toEqual(['transfer-letter']);
    expect(keys(missingMaterials(['transfer-letter'], { ...noHearing, itemsInvolved: true }, fuling))).toEqual([
      'items-list',
    ]);
    const zhoucun = getBuiltinProfile('zhoucun').transferMaterials;
    expect(keys(missingMaterials(['transfer-letter'], noHearing, zhoucun))).toEqual(['case-source', 'evidence']);
  });
});
