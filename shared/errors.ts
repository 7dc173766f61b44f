// The one error type the core raises for anything a user can cause.
// `code` is stable (tests and callers branch on it); `message` is Simplified Chinese, shown as is.

export class AppError extends Error {
  readonly code: string;
  /** Optional machine-readable detail, e.g. which field failed. Never needed to understand `message`. */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
