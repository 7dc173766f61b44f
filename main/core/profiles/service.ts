// Rule profiles as the office sees them: the three shipped ones plus its own copies, each copy
// edited in versions; which one is the office default; and which version a case runs under.

import type { CaseProfileView, ProfileDetail, ProfileSummary } from '../../../shared/contract';
import type { RuleProfile } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import type { Db } from '../../db/open';
import { appendAudit } from '../audit/log';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { getSetting, setSetting } from '../session/settings';
import { builtinProfiles, copyProfile, DEFAULT_PROFILE_ID, getBuiltinProfile, isBuiltinProfileId } from './builtin';
import { assertKnownCitations } from './citations';
import {
  insertStoredProfile,
  insertStoredVersion,
  isStoredProfileId,
  pinnedCaseCount,
  storedProfiles,
  storedVersion,
  storedVersionList,
} from './store';
import { sql } from '../../db/sql';

const DEFAULT_SETTING = 'profiles.default';

function notFound(id: string, version: number | null): AppError {
  const which = version === null ? `“${id}”` : `“${id}”第 ${version} 版`;
  return new AppError('PROFILE_NOT_FOUND', `未找到规则配置${which}。`, { id, version });
}

/** A profile at a version (null = latest). Shipped profiles have one version, 1. */
export function getProfile(db: Db, id: string, version: number | null = null): RuleProfile {
  if (isBuiltinProfileId(id)) {
    const profile = getBuiltinProfile(id);
    if (version !== null && version !== profile.version) throw notFound(id, version);
    return profile;
  }
  const stored = storedVersion(db, id, version);
  if (!stored) throw notFound(id, version);
  return stored.profile;
}

export function latestProfileVersion(db: Db, id: string): number {
  return getProfile(db, id).version;
}

/** The profile new cases and transfers received run under, unless the office chose otherwise. */
export function officeDefaultProfileId(db: Db): string {
  const chosen = getSetting(db, DEFAULT_SETTING);
  if (chosen && (isBuiltinProfileId(chosen) || isStoredProfileId(db, chosen))) return chosen;
  return DEFAULT_PROFILE_ID;
}

export function listProfiles(db: Db): ProfileSummary[] {
  const defaultId = officeDefaultProfileId(db);
  const shipped = builtinProfiles().map((profile): ProfileSummary => ({
    id: profile.id,
    name: profile.name,
    version: profile.version,
    builtin: true,
    isDefault: profile.id === defaultId,
    source: profile.source,
    basedOn: null,
    updatedAt: null,
    updatedBy: null,
  }));
  const office = storedProfiles(db).map((head): ProfileSummary => ({
    id: head.id,
    name: head.latest.profile.name,
    version: head.latest.version,
    builtin: false,
    isDefault: head.id === defaultId,
    source: head.latest.profile.source,
    basedOn: { id: head.basedOnId, version: head.basedOnVersion },
    updatedAt: head.latest.createdAt,
    updatedBy: head.latest.createdBy,
  }));
  return [...shipped, ...office];
}

export function profileDetail(db: Db, id: string, version: number | null): ProfileDetail {
  const profile = getProfile(db, id, version);
  const summary = listProfiles(db).find((entry) => entry.id === id);
  if (!summary) throw notFound(id, version);
  const versions = isBuiltinProfileId(id)
    ? [
        {
          version: profile.version,
          createdAt: '',
          createdBy: '随软件提供',
          note: '内置配置，不可修改；如需调整请复制后修改副本。',
        },
      ]
    : storedVersionList(db, id);
  return { summary, profile, versions, pinnedCases: pinnedCaseCount(db, id) };
}

export function copyOfficeProfile(
  ctx: CoreContext,
  input: { fromId: string; newId: string; name: string },
): ProfileDetail {
  if (isStoredProfileId(ctx.db, input.newId)) {
    throw new AppError('PROFILE_ID_TAKEN', `规则配置标识“${input.newId}”已被使用，请换一个标识。`, { field: 'newId' });
  }
  const source = getProfile(ctx.db, input.fromId);
  const copy = copyProfile(source, input.newId, input.name);
  const at = ctx.now().toISOString();
  const by = actorName(ctx);
  insertStoredProfile(ctx.db, { id: copy.id, basedOnId: source.id, basedOnVersion: source.version, at, by });
  const note = `复制自“${source.name}”第 ${source.version} 版`;
  insertStoredVersion(ctx.db, copy, note, at, by);
  appendAudit(ctx.db, {
    at,
    actor: by,
    action: 'profile.copy',
    entity: 'profile',
    entityId: copy.id,
    summary: `新建规则配置“${copy.name}”（${note}）`,
    before: undefined,
    after: copy,
  });
  return profileDetail(ctx.db, copy.id, null);
}

/** Saves an edit as the next version. Shipped profiles are never edited; their copies are. */
export function saveOfficeProfile(
  ctx: CoreContext,
  input: { profile: RuleProfile; baseVersion: number; note: string },
): ProfileDetail {
  const { id } = input.profile;
  if (isBuiltinProfileId(id)) {
    throw new AppError('PROFILE_BUILTIN', '内置规则配置不能修改，请先复制一份，再修改副本。');
  }
  const base = storedVersion(ctx.db, id, null);
  if (!base) throw notFound(id, null);
  if (base.version !== input.baseVersion) {
    throw new AppError(
      'PROFILE_STALE',
      `规则配置“${base.profile.name}”已由${base.createdBy}保存为第 ${base.version} 版，您修改的是第 ${input.baseVersion} 版。请重新打开后再修改。`,
    );
  }
  assertKnownCitations(input.profile);
  const next: RuleProfile = { ...input.profile, version: base.version + 1 };
  const at = ctx.now().toISOString();
  const by = actorName(ctx);
  insertStoredVersion(ctx.db, next, input.note, at, by);
  appendAudit(ctx.db, {
    at,
    actor: by,
    action: 'profile.save',
    entity: 'profile',
    entityId: id,
    summary: `修改规则配置“${next.name}”，保存为第 ${next.version} 版：${input.note}`,
    before: base.profile,
    after: next,
  });
  return profileDetail(ctx.db, id, null);
}

export function setDefaultProfile(ctx: CoreContext, id: string): ProfileSummary[] {
  const profile = getProfile(ctx.db, id);
  const before = officeDefaultProfileId(ctx.db);
  setSetting(ctx.db, DEFAULT_SETTING, id);
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action: 'profile.default',
    entity: 'profile',
    entityId: id,
    summary: `本单位默认规则配置改为“${profile.name}”`,
    before: { defaultProfileId: before },
    after: { defaultProfileId: id },
  });
  return listProfiles(ctx.db);
}

/**
 * The profile a case runs under: the version pinned when the case was registered (migration 003),
 * so a later edit of the profile never changes a case already under way or closed.
 */
export function resolveCaseProfile(db: Db, caseId: number): CaseProfileView {
  const pin = sql.get<{ profile_id: string | null; profile_version: number | null; pinned_at: string | null }>(
    db,
    `SELECT p.profile_id, p.profile_version, p.pinned_at FROM cases c
       LEFT JOIN case_profile_pins p ON p.case_id = c.id WHERE c.id = ?`,
    caseId,
  );
  if (!pin) throw new AppError('NOT_FOUND', `找不到编号为 ${caseId} 的案件`);
  if (pin.profile_id === null || pin.profile_version === null || pin.pinned_at === null) {
    throw new AppError('PROFILE_NOT_PINNED', `案件（编号 ${caseId}）没有记录适用的规则配置版本。`);
  }
  return {
    profile: getProfile(db, pin.profile_id, pin.profile_version),
    pinnedVersion: pin.profile_version,
    latestVersion: latestProfileVersion(db, pin.profile_id),
    pinnedAt: pin.pinned_at,
  };
}
