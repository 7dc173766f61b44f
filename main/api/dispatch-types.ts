import type { Envelope } from '../../shared/contract/envelope';

/**
 * The single entry every door calls: a method name from the contract and an untrusted input.
 * It never throws: bad input, a missing method or a failing command all come back as `ok: false`.
 */
export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** A running backend: the database is open and the handler table is ready. */
export interface Backend {
  dispatch: Dispatch;
  /** Absolute path of the data folder in use (shown in 设置). */
  dataDir: string;
  close(): void;
}
