import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodName, InputOf, OutputOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/contract/envelope';
import { openBackend } from '../backend';
import type { ApiContext } from '../context';
import { openDatabase } from '../../db/open';
import { issueDocument } from '../../core/issuing/service';
import type { IssuedRow } from '../../core/papers/store';
import { sampleData } from '../../core/documents/render';
import { isSignedMethod } from '../../../shared/contract/access';
import { accessRow, storeSecretHash } from '../../core/session/access-store';
import { hashSecret, PUBLIC_SECRET_COST, type ScryptCost } from '../../core/session/secrets';
import type { Actor } from '../../core/session/actor';

/** The secret test people are given by signInAs (hashed cheaply: tests sign thousands of times). */
export const TEST_SECRET = 'test-secret-1';
/** Who a test backend's calls are done by until a test signs in as someone: an administrator who is no staff member. */
export const TEST_ADMIN: Actor = { staffId: null, name: '测试管理员', admin: true, trusted: true };

/** A backend on a fresh temporary data folder, with a clock the test controls. Test-only helper. */
export function testBackend(
  start = '2025-06-02T02:00:00.000Z',
  /** Tests set thousands of secrets: cheap hashes unless a test is about the office's own cost. */
  { secretCost = PUBLIC_SECRET_COST }: { secretCost?: ScryptCost } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fashen-api-'));
  let now = new Date(start);
  const backend = openBackend({ dataDir, now: () => now, door: '测试', secretCost });
  backend.client.session.actor = TEST_ADMIN;
  /** Signed methods get the signer's secret, as the sign-in screen's prompt would add it. */
  function withSecret(method: string, input: unknown): unknown {
    if (!isSignedMethod(method) || typeof input !== 'object' || input === null || 'secret' in input) return input;
    return { ...input, secret: TEST_SECRET };
  }
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const envelope = await backend.dispatch(method, withSecret(method, input));
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { apiError: envelope.error });
    return envelope.value as OutputOf<M>;
  }
  async function fail(method: string, input: unknown): Promise<ApiError> {
    const envelope = await backend.dispatch(method, withSecret(method, input));
    if (envelope.ok) throw new Error(`expected ${method} to fail, got ${JSON.stringify(envelope.value)}`);
    return envelope.error;
  }
  return {
    backend,
    dataDir,
    call,
    fail,
    /** Moves the clock; the signed-in person counts as having kept working (no idle sign-out). */
    setNow(iso: string) {
      now = new Date(iso);
      backend.client.session.lastActive = now.getTime();
    },
    /**
     * Signs the backend's client in as this person without the sign-in screen (giving them TEST_SECRET
     * first if they have none); null goes back to TEST_ADMIN, who is nobody at the keyboard. Test people
     * administer unless `admin: false` (tests of other rules set the office up as whoever acts).
     */
    signInAs(staffId: number | null, options: { admin?: boolean } = {}): void {
      if (staffId === null) {
        backend.client.session.actor = TEST_ADMIN;
        return;
      }
      const ctx = dataContext(dataDir);
      try {
        const row = accessRow(ctx.db, staffId);
        if (!row) throw new Error(`no staff member ${staffId}`);
        if (!row.secretHash)
          storeSecretHash(ctx.db, staffId, hashSecret(TEST_SECRET, PUBLIC_SECRET_COST), now.toISOString());
        backend.client.session.actor = { staffId, name: row.name, admin: options.admin ?? true, trusted: true };
        backend.client.session.lastActive = now.getTime();
      } finally {
        ctx.db.close();
      }
    },
  };
}

export const VALID_CITIZEN_ID = '11010519491231002X';
export const VALID_CREDIT_CODE = '91350100M000100Y43';

/** A second connection to a data folder the test backend serves, for what the API does not show. Close its db. */
export function dataContext(dataDir: string): ApiContext {
  const databasePath = join(dataDir, 'fashen.db');
  return { db: openDatabase(databasePath), dataDir, databasePath, now: () => new Date('2025-06-02T02:00:00.000Z') };
}

/**
 * Issues a template's sample through the issuing service on a data folder the test backend serves,
 * as if a record had asked for it (no source record, no case). Test-only helper.
 */
export async function issueSampleDocument(dataDir: string, templateId: string): Promise<IssuedRow> {
  const ctx = dataContext(dataDir);
  try {
    return await issueDocument(ctx, {
      templateId,
      caseId: null,
      data: sampleData(templateId) as Record<string, unknown>,
    });
  } finally {
    ctx.db.close();
  }
}
