// Unsaved form input survives navigation, reloads and crashes: each form mirrors its values into
// localStorage under its own key, and the key is cleared only after a successful save.

const PREFIX = 'fashen.draft.';

export function loadDraft<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as { values: T }).values : null;
  } catch {
    return null;
  }
}

export function saveDraft<T>(key: string, values: T): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify({ values, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the form still works, it just cannot keep a draft.
  }
}

export function clearDraft(key: string): void {
  window.localStorage.removeItem(PREFIX + key);
}
