import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodName, InputOf, OutputOf } from '../../shared/contract';
import type { ApiError } from '../../shared/contract/envelope';
import { openBackend } from './backend';

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
