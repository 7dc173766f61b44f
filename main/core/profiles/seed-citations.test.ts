// Every citation in the shipped profiles must be found, word for word, in the document it names.
// The seeds live beside the repository (../shared/seeds); set FASHEN_SEEDS_DIR to check elsewhere.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../../shared/domain/profile';
import { builtinProfiles } from './builtin';

const seedsDir = process.env.FASHEN_SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

function seedCitations(value: unknown, path: string, found: Array<{ path: string; source: Provenance }>) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => seedCitations(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.kind === 'seed' && typeof record.quote === 'string') {
      found.push({ path, source: record as unknown as Provenance });
      return;
    }
    for (const [key, child] of Object.entries(record)) seedCitations(child, `${path}.${key}`, found);
  }
}

describe.skipIf(!existsSync(seedsDir))('profile citations against the seed texts', () => {
  for (const profile of builtinProfiles()) {
    const citations: Array<{ path: string; source: Provenance }> = [];
    seedCitations(profile, profile.id, citations);

    it(`${profile.id}: has citations, and each quote occurs in its seed`, () => {
      expect(citations.length).toBeGreaterThan(3);
      const notFound = citations.filter(({ source }) => {
        if (source.kind !== 'seed') return false;
        return !readFileSync(`${seedsDir}/${source.file}`, 'utf8').includes(source.quote);
      });
      expect(notFound).toEqual([]);
    });
  }
});
