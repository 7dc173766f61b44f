import { useSyncExternalStore } from 'react';
import type { Operator, SessionStatus } from '../../../shared/contract';
import { api, onApiError } from '../api/client';

// Who is signed in on this window / browser (each has its own session on the back end). The sign-in
// screen shows while nobody is; any call refused with NOT_SIGNED_IN (signed out elsewhere, idle too
// long, the program restarted) brings it back, with the reason.

interface State {
  status: SessionStatus | undefined;
  /** Why the sign-in screen is showing again (idle sign-out, restart), shown above the form. */
  notice: string | null;
}

let state: State = { status: undefined, notice: null };
const listeners = new Set<() => void>();

const personListeners = new Set<() => void>();

function set(next: Partial<State>): void {
  const before = state.status?.signedIn?.staffId;
  state = { ...state, ...next };
  // Someone else (or nobody) now: what the last person's screens loaded is forgotten at once.
  if (state.status?.signedIn?.staffId !== before) for (const listener of personListeners) listener();
  for (const listener of listeners) listener();
}

/** Hears the signed-in person change (sign-in, sign-out, an idle or restart sign-out). */
export function onPersonChange(listener: () => void): () => void {
  personListeners.add(listener);
  return () => personListeners.delete(listener);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): State {
  return useSyncExternalStore(subscribe, () => state);
}

/** The signed-in person, or null; every page may read it (e.g. to show a step only to its person). */
export function currentOperator(): Operator | null {
  return state.status?.signedIn ?? null;
}

export async function refreshSession(): Promise<void> {
  try {
    set({ status: await api('session.status', {}) });
  } catch {
    // The back end is away: keep what we know; the pages say so themselves.
  }
}

export function signedIn(operator: Operator): void {
  if (!state.status) return;
  set({ status: { ...state.status, signedIn: operator }, notice: null });
}

export async function signOut(): Promise<void> {
  try {
    await api('session.signOut', {});
  } finally {
    await refreshSession();
  }
}

onApiError((error) => {
  if (error.code !== 'NOT_SIGNED_IN' || !state.status?.signedIn) return;
  set({ notice: error.message });
  void refreshSession();
});

/** Asks now and then, so an idle sign-out shows the sign-in screen without waiting for a click. */
export function watchSession(everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    if (!state.status?.signedIn) return;
    api('session.get', {}).then(
      (operator) => {
        if (operator.staffId === null) void refreshSession();
      },
      () => undefined,
    );
  }, everyMs);
  return () => clearInterval(timer);
}
