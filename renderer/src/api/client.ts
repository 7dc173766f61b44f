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
let desktop: Promise<boolean> | undefined;

/** Tests swap the transport; the app detects it once. */
export function setTransport(next: Transport): void {
  transport = next;
  desktop = undefined;
}

export async function api<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  transport ??= detectTransport();
  const envelope = await transport(method, input);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value as OutputOf<M>;
}

/**
 * Whether this is the desktop app (system dialogs, show in folder). It cannot change during a
 * launch, so it is asked once, not by every path field on a page; a failed ask is asked again.
 */
export function isDesktop(): Promise<boolean> {
  desktop ??= api('system.info', {}).then(
    (info) => info.desktop,
    (error: unknown) => {
      desktop = undefined;
      throw error;
    },
  );
  return desktop;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return '操作失败，请重试';
}
