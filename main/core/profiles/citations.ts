// Which source citations an office profile may carry. An office can keep a shipped citation or
// mark a value as its own setting, but it cannot write a new citation: only the ones in the
// shipped profiles were checked word for word against the seed texts (seed-citations.test.ts).

import type { Provenance, RuleProfile } from '../../../shared/domain/profile';
import { AppError } from '../errors';
import { builtinProfiles } from './builtin';

type SeedProvenance = Extract<Provenance, { kind: 'seed' }>;

/** Every seed citation inside a value (a profile or part of one), with where it sits. */
export function seedCitations(value: unknown, path = ''): Array<{ path: string; source: SeedProvenance }> {
  const found: Array<{ path: string; source: SeedProvenance }> = [];
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${at}[${index}]`));
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['kind'] === 'seed' && typeof record['quote'] === 'string') {
        found.push({ path: at, source: record as unknown as SeedProvenance });
        return;
      }
      for (const [key, child] of Object.entries(record)) walk(child, at ? `${at}.${key}` : key);
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

/** Refuses a profile that cites a source in words the shipped profiles never used. */
export function assertKnownCitations(profile: RuleProfile): void {
  const allowed = checkedCitations();
  const unknown = seedCitations(profile).find(({ source }) => !allowed.has(key(source)));
  if (unknown) {
    throw new AppError(
      'PROFILE_CITATION_UNKNOWN',
      `“${unknown.path}”引用的原文“${unknown.source.quote}”不是经核对的来源引用。请保留原有引用，或将该项标为本单位设定。`,
      { field: unknown.path },
    );
  }
}
