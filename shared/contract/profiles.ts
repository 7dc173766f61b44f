// Rule profiles (issue #5): each office runs on a versioned set of periods and citations taken from a seed,
// or on its own copy of one. DOMAIN §6–§8.
import { z } from 'zod';
import { ruleProfileSchema, type ProfileSource, type RuleProfile } from '../domain/profile';
import { entityId, noInput, requiredText } from './fields';
import { method } from './method';

export interface ProfileSummary {
  id: string;
  name: string;
  version: number;
  builtin: boolean;
  isDefault: boolean;
  source: ProfileSource;
  basedOn: { id: string; version: number } | null;
  updatedAt: string | null;
  updatedBy: string | null;
}
export interface ProfileVersionInfo {
  version: number;
  createdAt: string;
  createdBy: string;
  note: string;
}
export interface ProfileDetail {
  summary: ProfileSummary;
  profile: RuleProfile;
  versions: ProfileVersionInfo[];
  pinnedCases: number;
}
export interface CaseProfileView {
  profile: RuleProfile;
  pinnedVersion: number;
  latestVersion: number;
  pinnedAt: string;
}

const profileIdField = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, `${label}只能由小写字母、数字和连字符组成，以字母开头，不超过 40 个字符`);
const versionField = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(1, `${label}至少为 1`);
const caseRef = z.strictObject({ caseId: entityId('案件') });

export const profileMethods = {
  'profiles.list': method<ProfileSummary[]>()(noInput),
  'profiles.get': method<ProfileDetail>()(
    z.strictObject({ id: profileIdField('规则配置'), version: versionField('版本号').nullable().default(null) }),
  ),
  'profiles.copy': method<ProfileDetail>()(
    z.strictObject({
      fromId: profileIdField('复制来源'),
      newId: profileIdField('新配置的标识'),
      name: requiredText('新配置的名称', 60),
    }),
  ),
  /** Saves an office profile as its next version; `baseVersion` is the version the edit started from. */
  'profiles.save': method<ProfileDetail>()(
    z.strictObject({
      profile: ruleProfileSchema,
      baseVersion: versionField('所修改的版本号'),
      note: requiredText('修改说明', 200),
    }),
  ),
  'profiles.setDefault': method<ProfileSummary[]>()(z.strictObject({ id: profileIdField('规则配置') })),
  'profiles.forCase': method<CaseProfileView>()(caseRef),
};
