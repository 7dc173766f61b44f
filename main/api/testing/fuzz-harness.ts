// Test-only harness (main/api/fuzz*.test.ts). Hostile and careless input at every API method, through the one handler table (issue #6.4).
// Inputs are shaped by each method's own zod schema, so most reach the handler, with hostile
// leaves: rare characters, RTL marks, ../ and device names, impossible dates, -1, 1e309, "1,000".
// Every answer must be a proper envelope; a refusal must be a Chinese sentence from the contract
// (never INTERNAL) and must leave the database and the data folder exactly as they were.
// Methods are read from the contract, so methods added later are covered without a change here.

import { afterEach, expect, it } from 'vitest';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { defOf } from './zod-def';
import { contract } from '../../../shared/contract';
import type { Envelope } from '../../../shared/contract/envelope';
import { verifyAuditChain } from '../../core/audit/log';
import { listFiles } from '../../core/files/sweep';
import { DATABASE_FILE } from '../backend';
import { testBackend, VALID_CITIZEN_ID } from './backend';

export const RUNS = Number(process.env['FASHEN_FUZZ_RUNS'] ?? 60);
/**
 * Methods whose every call reads the whole data folder (the integrity check verifies the audit chain
 * and every paper's hash; a restore copies and checks a backup): a quarter of the runs, still far more
 * than their inputs' shapes (a path, an id) need.
 */
const SLOW_METHODS = new Set(['data.check', 'data.restore']);
const runsOf = (method: string) => (SLOW_METHODS.has(method) ? Math.max(1, Math.round(RUNS / 4)) : RUNS);

export const HOSTILE_TEXT = [
  '',
  ' ',
  '　',
  '𠀀',
  '𪚥',
  '𠀀𪚥龘',
  '😀👨‍👩‍👧🇨🇳',
  '\u202e\u200f李某\u200e',
  '\u0000',
  '\r\n\t',
  '\ufeff',
  'ｆｕｌｌｗｉｄｔｈ',
  '../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'CON',
  'nul.txt',
  'COM1',
  'LPT9.pdf',
  '报告. . .',
  '/',
  'C:\\',
  '\\\\server\\share',
  '2025-02-30',
  '2025-13-01',
  '2025-6-1',
  '0000-00-00',
  '9999-12-31',
  '2025-06-02',
  '2025-06-02T02:00:00.000Z',
  '-1',
  '1e309',
  '1,000',
  'NaN',
  '0x10',
  '１２３',
  '<script>alert(1)</script>',
  "'; DROP TABLE cases; --",
  '%s%n',
  VALID_CITIZEN_ID,
  '91350100M000100Y43',
  '法'.repeat(5001),
  'a'.repeat(70_000),
];
// What a JSON body of 1e309 becomes once parsed (HTTP door): Infinity.
export const OVERFLOW = JSON.parse('1e309') as number;
export const HOSTILE_NUMBERS = [
  -1,
  0,
  1,
  2,
  3,
  1.5,
  -0,
  OVERFLOW,
  -OVERFLOW,
  Number.NaN,
  2 ** 53,
  2 ** 53 + 2,
  1e15,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
];
export const PLAUSIBLE_TEXT = [
  '王建国',
  '某区公安分局',
  '违法占道经营',
  '2025-05-20',
  '2025-06-02',
  VALID_CITIZEN_ID,
  '91350100M000100Y43',
  'fine',
  'citizen',
  'handler',
];
export const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
export const someText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PLAUSIBLE_TEXT) },
  { weight: 3, arbitrary: hostileText },
);
export const someNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.integer({ min: -3, max: 12 }),
  fc.double(),
  fc.constantFrom(200_000, 1_000_000),
);
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(
    undefined,
    null,
    Infinity,
    Number.NaN,
    '1,000',
    [],
    {},
    { __proto__: { polluted: true } },
    new Date(0),
  ),
);

/** A value shaped like `schema` (so it can reach the handler), with hostile leaves and, now and then, the wrong type. */
export function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return anything;
  const next = (inner: z.ZodType | undefined) => (inner ? shaped(inner, depth + 1) : anything);
  let typed: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'string':
      typed = someText;
      break;
    case 'number':
      typed = someNumber;
      break;
    case 'boolean':
      typed = fc.boolean();
      break;
    case 'enum':
      typed = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries ?? { x: 'x' })) },
        { weight: 1, arbitrary: hostileText },
      );
      break;
    case 'literal':
      typed = fc.constantFrom(...(def.values ?? [null]));
      break;
    case 'array':
      typed = fc.array(next(def.element), { maxLength: 4 });
      break;
    case 'tuple':
      typed = fc.tuple(...(def.items ?? []).map(next));
      break;
    case 'record':
      typed = fc.dictionary(hostileText, next(def.valueType), { maxKeys: 3 });
      break;
    case 'object': {
      const fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, next(field)]));
      typed = fc.oneof(
        { weight: 6, arbitrary: fc.record(fields) },
        { weight: 2, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.record(fields), hostileText, anything)
            .map(([value, key, extra]) => ({ ...value, [key]: extra })),
        },
      );
      break;
    }
    case 'optional':
    case 'default':
    case 'prefault':
      typed = fc.oneof(fc.constant(undefined), next(def.innerType));
      break;
    case 'nullable':
      typed = fc.oneof(fc.constant(null), next(def.innerType));
      break;
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      typed = next(def.innerType);
      break;
    case 'pipe':
      typed = next(def.in);
      break;
    case 'union':
      typed = fc.oneof(...(def.options ?? []).map(next));
      break;
    case 'intersection':
      typed = next(def.left);
      break;
    case 'lazy':
      typed = next(def.getter?.());
      break;
    default:
      typed = anything;
  }
  return fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: anything });
}

/** Valid inputs for some methods: one leaf at a time is made hostile, so the handler sees it. */
export const SAMPLES: Record<string, Record<string, unknown>> = {
  'office.save': {
    name: '青山镇人民政府',
    abbreviation: '青山司',
    address: '青山路 1 号',
    contactPerson: '王建国',
    phone: '023-1234567',
  },
  'staff.create': {
    name: '李审核',
    roles: ['reviewer'],
    certificateNo: '渝执500102002',
    certValidFrom: '2024-01-01',
    certValidTo: '2028-12-31',
    phone: '',
  },
  'staff.update': {
    id: 1,
    name: '王建国',
    roles: ['handler'],
    certificateNo: '渝执500102001',
    certValidFrom: '2023-01-01',
    certValidTo: '2027-12-31',
    phone: '',
    active: true,
  },
  'orgs.create': { name: '某区人民法院', kind: 'court', contactPerson: '', phone: '', address: '' },
  'orgs.update': {
    id: 1,
    name: '某区公安分局',
    kind: 'public-security',
    contactPerson: '张三',
    phone: '110',
    address: '某路',
  },
  'cases.create': {
    caseNumber: '某综执罚〔2025〕13号',
    cause: '违法搭建',
    party: { type: 'organization', name: '某公司', idCode: '91350100M000100Y43', address: '' },
    facts: '未经批准搭建。',
    foundOn: '2025-05-21',
    penaltyKinds: ['fine'],
    fineFen: 500_000,
    illegalGainsFen: 0,
    illegalPropertyFen: 0,
    discretion: 'heavier',
    hearingHeld: true,
    legalBasis: '某法第十条',
    handlerIds: [1],
  },
  'cases.list': { query: '占道', status: null, page: 1, pageSize: 20 },
};
SAMPLES['cases.update'] = { ...SAMPLES['cases.create'], id: 1 };

type Leaf = { path: Array<string | number>; value: unknown };

export function leaves(value: unknown, path: Array<string | number> = []): Leaf[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((item, i) => leaves(item, [...path, i]))];
  if (value && typeof value === 'object')
    return [{ path, value }, ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  return [{ path, value }];
}

export function setAt(root: unknown, path: Array<string | number>, next: unknown, remove: boolean): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  if (path.length === 0) return next;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = next;
  return copy;
}

/** The sample itself, or the sample with one part replaced by something hostile, removed, or added to. */
export function mutated(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = leaves(sample).map((leaf) => leaf.path);
  const hostile = fc.oneof(hostileText, fc.constantFrom<unknown>(...HOSTILE_NUMBERS), anything);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(sample) },
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), hostile, fc.nat(9))
        .map(([path, value, roll]) => setAt(sample, path, value, roll === 0)),
    },
    { weight: 1, arbitrary: fc.tuple(hostileText, anything).map(([key, value]) => ({ ...sample, [key]: value })) },
  );
}

/**
 * Methods that take a path on this computer: their path fields are drawn from a sandbox and a few
 * hostile forms, so a fuzzed "/" can never make a test write into (or read from) the real system.
 */
export const sandbox = mkdtempSync(join(tmpdir(), 'fashen-fuzz-outside-'));
writeFileSync(join(sandbox, 'notes.db'), '这不是数据库');
writeFileSync(join(sandbox, 'empty.db'), '');
export const HOSTILE_PATHS = [
  undefined,
  sandbox,
  join(sandbox, 'notes.db'),
  join(sandbox, 'empty.db'),
  join(sandbox, 'missing'),
  join(sandbox, '..', '..', 'CON'),
  'relative/dir',
  '../..',
  '',
  '/\u0000',
  'C:\\',
  5,
  null,
];
export const PATH_INPUTS: Record<string, fc.Arbitrary<unknown>> = {
  'data.backupNow': fc.record({ dir: fc.constantFrom(...HOSTILE_PATHS) }, { requiredKeys: [] }),
  'data.inspectBackup': fc.record({ file: fc.constantFrom(...HOSTILE_PATHS) }, { requiredKeys: [] }),
  'data.restore': fc.record({ file: fc.constantFrom(...HOSTILE_PATHS) }, { requiredKeys: [] }),
};

/** Every table's rows: what a failed call must leave alone in the database. */
function tablesPrint(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  // A refused sign-in or signature is written to the audit log and counts toward the lock, by design
  // (issue #14): those rows are the one trace a refusal leaves.
  const select = (table: string) =>
    table === 'audit_log'
      ? "SELECT * FROM audit_log WHERE action <> 'session.refused'"
      : table === 'staff_access'
        ? 'SELECT staff_id, admin, secret_hash, secret_set_at FROM staff_access'
        : `SELECT * FROM "${table}"`;
  for (const table of tables)
    hash
      .update(table)
      .update(
        JSON.stringify(db.prepare(select(table)).raw().all(), (_k, v: unknown) =>
          Buffer.isBuffer(v) ? v.toString('hex') : v,
        ),
      );
  return hash.digest('hex');
}

/**
 * The tables' print, read again only when another connection has committed since the last read:
 * SQLite's `data_version` (per reading connection) changes exactly then. Most hostile calls are
 * refused before they write, so most runs reuse the print instead of reading every table twice.
 */
const printed = new WeakMap<Database.Database, { version: number; print: string }>();
function cachedTablesPrint(db: Database.Database): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const known = printed.get(db);
  if (known?.version === version) return known.print;
  const print = tablesPrint(db);
  printed.set(db, { version, print });
  return print;
}

/** Everything a failed call must leave alone: every table's rows, and every file in the data folder. */
export function fingerprint(db: Database.Database, dataDir: string): string {
  const hash = createHash('sha256').update(cachedTablesPrint(db));
  for (const path of listFiles(dataDir)
    .filter((p) => !p.startsWith(DATABASE_FILE))
    .sort())
    hash.update(path);
  return hash.digest('hex');
}

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
