// Test-only (main/api/fuzz*.test.ts): valid inputs for some methods, made hostile one leaf at a time
// so the handler itself sees the hostile value, and the path inputs of the methods that read or
// write files, drawn from a sandbox.

import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_NUMBERS, anything, hostileText } from './fuzz-inputs';

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
