// Test-only harness (main/api/fuzz*.test.ts). Hostile and careless input at every API method, through the one handler table (issue #6.4).
// Inputs are shaped by each method's own zod schema, so most reach the handler, with hostile
// leaves (fuzz-inputs.ts, fuzz-samples.ts).
// Every answer must be a proper envelope; a refusal must be a Chinese sentence from the contract
// (never INTERNAL) and must leave the database and the data folder exactly as they were (fuzz-fingerprint.ts).
// Methods are read from the contract, so methods added later are covered without a change here.

import { afterEach, expect, it } from 'vitest';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import type { Envelope } from '../../../shared/contract/envelope';
import { verifyAuditChain } from '../../core/audit/log';
import { DATABASE_FILE } from '../backend';
import { testBackend, VALID_CITIZEN_ID } from './backend';
import { fingerprint } from './fuzz-fingerprint';
import { anything, shaped } from './fuzz-inputs';
import { PATH_INPUTS, SAMPLES, mutated } from './fuzz-samples';

export const RUNS = Number(process.env['FASHEN_FUZZ_RUNS'] ?? 60);
/**
 * Methods whose every call reads the whole data folder (the integrity check verifies the audit chain
 * and every paper's hash; a restore copies and checks a backup): a quarter of the runs, still far more
 * than their inputs' shapes (a path, an id) need.
 */
const SLOW_METHODS = new Set(['data.check', 'data.restore']);
const runsOf = (method: string) => (SLOW_METHODS.has(method) ? Math.max(1, Math.round(RUNS / 4)) : RUNS);

// zod's default (English) messages, and the marks of a raw exception leaking through.
export const ENGLISH_LEAK =
  /Invalid (input|option|string)|[Ee]xpected .* received|Too (big|small)|Unrecognized key|\[object |TypeError|RangeError|SQLITE_|Error:|at .*\.ts:\d+/;

export function expectProperEnvelope(envelope: Envelope<unknown>, method: string, input: unknown): void {
  const where = `${method} ${JSON.stringify(input)?.slice(0, 300)}`;
  expect(envelope, where).toSatisfy(
    (e: Envelope<unknown>) => (e.ok === true && 'value' in e) || (e.ok === false && typeof e.error === 'object'),
  );
  if (envelope.ok) return;
  expect(envelope.error.code, where).not.toBe('INTERNAL');
  expect(typeof envelope.error.code, where).toBe('string');
  expect(envelope.error.message, where).toMatch(/[\u4e00-\u9fa5]/);
  expect(envelope.error.message.replace(/“[^”]*”/g, ''), where).not.toMatch(ENGLISH_LEAK);
}

let env: ReturnType<typeof testBackend> | undefined;
let reader: Database.Database | undefined;
afterEach(() => {
  reader?.close();
  env?.backend.close();
});

export async function seeded() {
  env = testBackend();
  await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
  const handler = await env.call('staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '渝执500102001',
    certValidFrom: '2023-01-01',
    certValidTo: '2027-12-31',
  });
  await env.call('staff.create', { name: '陈审核', roles: ['reviewer', 'head'] });
  await env.call('orgs.create', { name: '某区公安分局', kind: 'public-security' });
  await env.call('cases.create', {
    caseNumber: '某综执罚〔2025〕12号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '李某某', idCode: VALID_CITIZEN_ID },
    facts: '占用人行道摆摊经营。',
    foundOn: '2025-05-20',
    penaltyKinds: ['fine'],
    fineFen: 200_000,
    discretion: 'standard',
    handlerIds: [handler.id],
  });
  reader = new Database(join(env.dataDir, DATABASE_FILE), { readonly: true });
  return { env, reader };
}

/**
 * Declares the hostile-input test of every contract method in shard `shard` of `shards` (methods
 * taken in turn), so the suite's slowest file runs as several files side by side.
 */
export function fuzzEveryMethod(shard: number, shards: number): void {
  const methods = Object.keys(contract).filter((_, index) => index % shards === shard);
  it.each(methods)('%s: a result or a Chinese refusal that changed nothing', async (method) => {
    const { env: backend, reader: db } = await seeded();
    const schema = (contract as Record<string, { input: z.ZodType }>)[method]?.input;
    if (!schema) throw new Error(method);
    const sample = SAMPLES[method];
    const input =
      PATH_INPUTS[method] ??
      fc.oneof(
        { weight: 5, arbitrary: shaped(schema) },
        { weight: 1, arbitrary: anything },
        ...(sample ? [{ weight: 6, arbitrary: mutated(sample) }] : []),
      );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = fingerprint(db, backend.dataDir);
        const envelope = await backend.backend.dispatch(method, value);
        expectProperEnvelope(envelope, method, value);
        if (!envelope.ok)
          expect(fingerprint(db, backend.dataDir), `${method} failed but changed something`).toBe(before);
      }),
      { numRuns: runsOf(method) },
    );
    expect(verifyAuditChain(db).ok).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
}
