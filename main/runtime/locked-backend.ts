// The backend of a program that serves a person (the desktop app, browser mode): the data folder's
// lock taken first, then the api's backend. Door plumbing, shared by the Electron shell and `fashen
// serve`, so it lives here rather than in the api (which knows nothing of locks or doors).
import { openBackend, type BackendOptions } from '../api/backend';
import type { Backend } from '../api/dispatch-types';
import { lockDataFolder } from './data-lock';

/**
 * openBackend for a program that serves a person (the desktop app, browser mode): it first takes the
 * data folder (data-lock.ts), so a second program on the same folder is refused instead of
 * running its start-up recovery under the first one's feet. Closing gives the folder back.
 */
export function openLockedBackend(options: BackendOptions, purpose: string): Backend {
  const lock = lockDataFolder(options.dataDir, purpose);
  let backend: Backend;
  try {
    backend = openBackend(options);
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    ...backend,
    close() {
      try {
        backend.close();
      } finally {
        lock.release();
      }
    },
  };
}
