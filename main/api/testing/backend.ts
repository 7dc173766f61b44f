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

/** A backend on a fresh temporary data folder, with a clock the test controls. Test-only helper. */
export function testBackend(start = '2025-06-02T02:00:00.000Z') {
  const dataDir = mkdtempSync(join(tmpdir(), 'fashen-api-'));
  let now = new Date(start);
  const backend = openBackend({ dataDir, now: () => now });
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const envelope = await backend.dispatch(method, input);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { apiError: envelope.error });
    return envelope.value as OutputOf<M>;
  }
  async function fail(method: string, input: unknown): Promise<ApiError> {
    const envelope = await backend.dispatch(method, input);
    if (envelope.ok) throw new Error(`expected ${method} to fail, got ${JSON.stringify(envelope.value)}`);
    return envelope.error;
  }
  return {
    backend,
    dataDir,
    call,
    fail,
    setNow(iso: string) {
      now = new Date(iso);
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
