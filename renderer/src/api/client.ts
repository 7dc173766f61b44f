import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/contract/envelope';
import { detectTransport, type Transport } from './transport';

export class ApiCallError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
  }
}

let transport: Transport | undefined;

/** Tests swap the transport; the app detects it once. */
export function setTransport(next: Transport): void {
  transport = next;
}

export async function api<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  transport ??= detectTransport();
  const envelope = await transport(method, input);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value as OutputOf<M>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return '操作失败，请重试';
}
