import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/contract/envelope';
import { detectTransport, type Transport } from './transport';
import { isSignedMethod } from '../../../shared/contract/access';

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

/** Asks the signed-in person for their secret before a signature (app/SecretPrompt.tsx); null: cancelled. */
export type SecretAsker = (method: string) => Promise<string | null>;
let askSecret: SecretAsker | undefined;
const errorListeners = new Set<(error: ApiError) => void>();

export function setSecretAsker(asker: SecretAsker | undefined): void {
  askSecret = asker;
}

/** Hears every refused call (the session store listens for NOT_SIGNED_IN). */
export function onApiError(listener: (error: ApiError) => void): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

export const CANCELLED: ApiError = { code: 'CANCELLED', message: '已取消，未做任何改动' };

export async function api<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  transport ??= detectTransport();
  let sent: unknown = input;
  // A signature asks for the signer's secret at that moment; pages never handle it themselves.
  if (isSignedMethod(method) && askSecret && !(typeof input === 'object' && input !== null && 'secret' in input)) {
    const secret = await askSecret(method);
    if (secret === null) throw new ApiCallError(CANCELLED);
    sent = { ...(input as object), secret };
  }
  const envelope = await transport(method, sent);
  if (!envelope.ok) {
    for (const listener of errorListeners) listener(envelope.error);
    throw new ApiCallError(envelope.error);
  }
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
