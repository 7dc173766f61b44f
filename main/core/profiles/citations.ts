// Which source citations an office profile may carry. An office can keep a shipped citation or
// mark a value as its own setting, but it cannot write a new citation: only the ones in the
// shipped profiles were checked word for word against the seed texts (seed-citations.test.ts).

import { PROFILE_FIELD_LABELS } from '../../../shared/domain/profile';
import type { Provenance, RuleProfile } from '../../../shared/domain/profile';
import { AppError } from '../../../shared/errors';
import { builtinProfiles } from './builtin';

type SeedProvenance = Extract<Provenance, { kind: 'seed' }>;
type Path = Array<string | number>;

/** Every seed citation inside a value (a profile or part of one), with where it sits (keys and list positions). */
export function seedCitations(value: unknown, path: Path = []): Array<{ path: Path; source: SeedProvenance }> {
  const found: Array<{ path: Path; source: SeedProvenance }> = [];
  const walk = (node: unknown, at: Path) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...at, index]));
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['kind'] === 'seed' && typeof record['quote'] === 'string') {
        found.push({ path: at, source: record as unknown as SeedProvenance });
        return;
      }
      for (const [key, child] of Object.entries(record)) walk(child, [...at, key]);
    }
  };
  walk(value, path);
  return found;
}

const key = (source: SeedProvenance) => JSON.stringify([source.file, source.section, source.quote]);

let checked: Set<string> | undefined;

function checkedCitations(): Set<string> {
  checked ??= new Set(builtinProfiles().flatMap((profile) => seedCitations(profile).map(({ source }) => key(source))));
  return checked;
}

const LABELS: Record<string, string> = PROFILE_FIELD_LABELS;

/**
 * The setting a citation belongs to, as the profile page names it: 案件移送期限（工作日）, or
 * 移送材料清单第 2 项“案件移送书” for a listed material (its path ends in …source).
 */
export function citedSetting(profile: RuleProfile, path: readonly (string | number)[]): string {
  const [list, index] = path;
  if ((list === 'transferMaterials' || list === 'supplementMaterials') && typeof index === 'number') {
    const material = profile[list][index];
    return `${LABELS[list]}第 ${index + 1} 项${material ? `“${material.label}”` : ''}`;
  }
  return LABELS[path.slice(0, -1).join('.')] ?? '规则配置中的一项';
}

/**
 * Refuses a profile that cites a source in words the shipped profiles never used. `field` is the
 * citation's dotted path in the profiles.save input (profile.transferMaterials.0.source), as every
 * validation error of that method names its field.
 */
export function assertKnownCitations(profile: RuleProfile): void {
  const allowed = checkedCitations();
  const unknown = seedCitations(profile).find(({ source }) => !allowed.has(key(source)));
  if (unknown) {
    throw new AppError(
      'PROFILE_CITATION_UNKNOWN',
      `${citedSetting(profile, unknown.path)}的来源引用的原文“${unknown.source.quote}”不是经核对的来源引用。请保留原有引用，或将该项标为本单位设定。`,
      { field: ['profile', ...unknown.path].join('.') },
    );
  }
}
