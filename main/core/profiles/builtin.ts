// The three shipped profiles and the one operation on them that needs no storage: copying.

import { ruleProfileSchema } from '../../../shared/domain/profile';
import type { RuleProfile } from '../../../shared/domain/profile';
import { AppError } from '../../../shared/errors';
import { FULING_PROFILE } from './fuling';
import { TANCHENG_PROFILE } from './tancheng';
import { ZHOUCUN_PROFILE } from './zhoucun';

export const DEFAULT_PROFILE_ID = 'fuling';

const BUILTIN: readonly RuleProfile[] = [FULING_PROFILE, ZHOUCUN_PROFILE, TANCHENG_PROFILE];

/** Fresh copies every call, so a caller editing one cannot change what the next caller sees. */
export function builtinProfiles(): RuleProfile[] {
  return BUILTIN.map((profile) => structuredClone(profile));
}

export function isBuiltinProfileId(id: string): boolean {
  return BUILTIN.some((profile) => profile.id === id);
}

export function getBuiltinProfile(id: string): RuleProfile {
  const found = BUILTIN.find((profile) => profile.id === id);
  if (!found) {
    throw new AppError(
      'PROFILE_NOT_FOUND',
      `未找到规则配置“${id}”，内置配置为：涪陵（fuling）、周村（zhoucun）、郯城（tancheng）。`,
      {
        id,
      },
    );
  }
  return structuredClone(found);
}

/**
 * A new profile for an office to edit, starting at version 1. Citations stay: the copied numbers
 * still come from the same documents until someone changes them (the schema then demands that the
 * changed number be marked as the office's setting).
 */
export function copyProfile(profile: RuleProfile, newId: string, newName: string): RuleProfile {
  if (isBuiltinProfileId(newId)) {
    throw new AppError('PROFILE_ID_TAKEN', `规则配置标识“${newId}”已被内置配置使用，请换一个标识。`, { id: newId });
  }
  const copy: RuleProfile = { ...structuredClone(profile), id: newId, name: newName, version: 1 };
  const parsed = ruleProfileSchema.safeParse(copy);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('PROFILE_INVALID', first?.message ?? '规则配置无效。', { path: first?.path.join('.') });
  }
  return parsed.data;
}
