// A reproducible random draw: the seed (a text) is hashed to a 32-bit state for mulberry32, and a
// Fisher–Yates shuffle of the population (case ids in ascending order) takes the first n. The same
// seed and population always give the same cases, so a draw can be checked by drawing again.

import { createHash } from 'node:crypto';

function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededSample(population: readonly number[], size: number, seed: string): number[] {
  const random = mulberry32(createHash('sha256').update(seed, 'utf8').digest().readUInt32BE(0));
  const pool = [...population].sort((a, b) => a - b);
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, Math.min(size, pool.length));
}
