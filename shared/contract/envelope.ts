// Every door (IPC, HTTP, CLI) answers with this envelope, so callers handle errors one way.

export interface ApiError {
  /** Stable, for code and tests: e.g. VALIDATION, NOT_FOUND, SEPARATION_OF_DUTIES. */
  code: string;
  /** Simplified Chinese, for the user. */
  message: string;
  /** Which input field failed, when the error is about one field (dot path, e.g. "party.name"). */
  field?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
