import type { z } from 'zod';

/**
 * One contract method: the zod schema its input must pass, and (as a phantom type) what it returns.
 * Outputs are produced by our own code, so they are typed rather than validated at run time.
 */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never set; carries the output type. */
  readonly output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}
