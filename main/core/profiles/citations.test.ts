import { describe, expect, it } from 'vitest';
import type { RuleProfile } from '../../../shared/domain/profile';
import { AppError } from '../../../shared/errors';
import { builtinProfiles } from './builtin';
import { assertKnownCitations, citedSetting, seedCitations } from './citations';

function fuling(): RuleProfile {
  const profile = builtinProfiles().find((candidate) => candidate.id === 'fuling');
  if (!profile) throw new Error('no fuling profile');
  return profile;
}

function refusal(profile: RuleProfile): AppError {
  try {
    assertKnownCitations(profile);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the profile to be refused');
}

const invented = {
  kind: 'seed',
  file: '002_9eda03d24f855a6e.txt',
  section: '二(三)',
  quote: '应在5个工作日内答复',
} as const;

describe('citations an office profile may carry', () => {
  it('accepts the shipped citations', () => {
    for (const profile of builtinProfiles()) expect(() => assertKnownCitations(profile)).not.toThrow();
  });

  it('finds each citation with its path as keys and list positions', () => {
    const paths = seedCitations(fuling()).map(({ path }) => path);
    expect(paths).toContainEqual(['deadlines', 'transferWorkingDays', 'source']);
    expect(paths).toContainEqual(['transferMaterials', 0, 'source']);
  });

  it('names a refused citation of a setting by the setting’s Chinese name, with a dotted field', () => {
    const profile = fuling();
    profile.deadlines.answerWorkingDays.source = invented;
    const error = refusal(profile);
    expect(error.code).toBe('PROFILE_CITATION_UNKNOWN');
    expect(error.message).toBe(
      '受移送方书面告知受理情况的期限（工作日）的来源引用的原文“应在5个工作日内答复”不是经核对的来源引用。请保留原有引用，或将该项标为本单位设定。',
    );
    expect(error.details).toEqual({ field: 'profile.deadlines.answerWorkingDays.source' });
  });

  it('names a refused citation of a listed material by its list, position and name', () => {
    const profile = fuling();
    const material = profile.transferMaterials[1];
    if (!material) throw new Error('fuling lists fewer than two transfer materials');
    material.source = invented;
    const error = refusal(profile);
    expect(error.message).toBe(
      `移送材料清单第 2 项“${material.label}”的来源引用的原文“应在5个工作日内答复”不是经核对的来源引用。请保留原有引用，或将该项标为本单位设定。`,
    );
    expect(error.details).toEqual({ field: 'profile.transferMaterials.1.source' });
    expect(error.message).not.toMatch(/[A-Za-z]/);
  });

  it('names every place a citation can sit in words', () => {
    const profile = fuling();
    for (const { path } of seedCitations(profile))
      expect(citedSetting(profile, path)).not.toMatch(/[A-Za-z.]|规则配置中的一项/);
  });
});
