// Test helper: run something expected to fail and hand back the AppError, so a test can assert
// on its code and message (and fails plainly if nothing, or something else, was thrown).
import { AppError } from '../../../../shared/errors';

export function appErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`expected an AppError, got: ${String(error)}`, { cause: error });
  }
  throw new Error('expected an AppError, but nothing was thrown');
}
