// Test-only: helpers for the transfer API tests (main/api/transfer*.test.ts): the organisations a
// transfer needs, staff, a case, and a direct handle on the database for what the API deliberately
// cannot do (e.g. put a case under another profile, which only registration does).

import { join } from 'node:path';
import type { InputOf } from '../../../../shared/contract';
import { openDatabase, type Db } from '../../../db/open';
import { type testBackend, VALID_CITIZEN_ID } from '../../../api/testing/backend';

export type Env = ReturnType<typeof testBackend>;

export async function seedOrgs(env: Env) {
  const org = (name: string, kind: InputOf<'orgs.create'>['kind']) => env.call('orgs.create', { name, kind });
  return {
    police: (await org('区公安分局', 'public-security')).id,
    cityAdmin: (await org('区城市管理局', 'department')).id,
    environment: (await org('区生态环境局', 'department')).id,
    township: (await org('白石镇人民政府', 'township')).id,
    government: (await org('区人民政府', 'government')).id,
  };
}

export async function seedStaff(env: Env) {
  const person = (name: string, roles: InputOf<'staff.create'>['roles'], cert: string | null) =>
    env.call('staff.create', {
      name,
      roles,
      certificateNo: cert,
      certValidFrom: cert ? '2023-01-01' : null,
      certValidTo: cert ? '2028-12-31' : null,
    });
  const handler = (await person('王建国', ['handler'], '50010200101')).id;
  const handler2 = (await person('刘晓燕', ['handler'], '50010200102')).id;
  const head = (await person('张志强', ['head'], null)).id;
  const clerk = (await person('赵敏', ['clerk'], null)).id;
  env.signInAs(handler);
  return { handler, handler2, head, clerk };
}

let serial = 0;

export async function seedCase(env: Env, handlerIds: number[], foundOn: string) {
  serial += 1;
  return env.call('cases.create', {
    caseNumber: `青山综执罚〔2025〕${serial}号`,
    cause: '违法占道经营',
    party: { type: 'citizen', name: '李某某', idCode: VALID_CITIZEN_ID },
    facts: '当事人在人行道上摆摊经营。',
    foundOn,
    penaltyKinds: ['fine'],
    fineFen: 50_000,
    discretion: 'standard',
    handlerIds,
  });
}

export function openDb(env: Env): Db {
  return openDatabase(join(env.dataDir, 'fashen.db'));
}

/** Puts a case under another profile the way registration would have (the pin follows). */
export function useProfile(env: Env, caseId: number, profileId: string): void {
  const db = openDb(env);
  db.prepare('UPDATE cases SET profile_id = ? WHERE id = ?').run(profileId, caseId);
  db.close();
}

export function transferInput(
  caseId: number,
  receiverOrgId: number,
  overrides: Partial<InputOf<'transfers.out.create'>> = {},
): InputOf<'transfers.out.create'> {
  return {
    caseId,
    target: 'jurisdiction',
    receiverOrgId,
    reason: '该违法行为属于区城市管理局的执法事项，不属于本机关管辖。',
    legalBasis: '《城市市容和环境卫生管理条例》第三十六条',
    foundOn: '2025-09-15',
    materials: [
      { key: 'transfer-letter', present: true },
      { key: 'other', present: true, note: '现场检查笔录 1 份；照片 4 张' },
    ],
    ...overrides,
  };
}

/** The same fields for transfers.out.update, which names the transfer instead of the case. */
export function updateInput(
  id: number,
  caseId: number,
  receiverOrgId: number,
  overrides: Partial<InputOf<'transfers.out.create'>> = {},
): InputOf<'transfers.out.update'> {
  const { caseId: _caseId, ...fields } = transferInput(caseId, receiverOrgId, overrides);
  return { ...fields, id };
}
