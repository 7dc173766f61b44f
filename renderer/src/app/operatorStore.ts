import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client';

// Who is at the keyboard (当前使用人), shared by the header's picker and whatever shows or hides a
// step by person: the picker says when it changes, so no page has to keep asking the back end.

let current: number | null = null;
let loaded = false;
const listeners = new Set<() => void>();

/** Called by the picker once the back end has accepted the new operator. */
export function setOperatorId(staffId: number | null): void {
  current = staffId;
  loaded = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The operator's staff id, or null when none is chosen (or not known yet: asked once per launch). */
export function useOperatorId(): number | null {
  const staffId = useSyncExternalStore(subscribe, () => current);
  useEffect(() => {
    if (loaded) return;
    api('session.get', {}).then(
      (operator) => {
        if (!loaded) setOperatorId(operator.staffId);
      },
      () => undefined,
    );
  }, []);
  return staffId;
}
