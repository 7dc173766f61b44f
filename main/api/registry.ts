import { contract, isMethodName, type MethodName, type OutputOf, type ParsedInputOf } from '../../shared/contract';
import type { Envelope } from '../../shared/contract/envelope';
import { isAppError } from '../../shared/errors';
import type { ApiContext } from './context';
import { validateInput } from './validate';
import { gate } from './session-gate';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: ApiContext) => OutputOf<M>;
export type AsyncHandler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: ApiContext) => Promise<OutputOf<M>>;

interface Entry {
  run(input: unknown, ctx: ApiContext): unknown;
  /** Sync handlers run inside one transaction: a command that throws changes nothing. */
  transactional: boolean;
  /** Runs alone: see registerExclusive. */
  exclusive: boolean;
}

/**
 * The one handler table behind every door. Registering a method twice is a programming error
 * raised at start-up, and so is leaving a contract method without a handler (assertComplete).
 */
export class HandlerTable {
  private readonly entries = new Map<MethodName, Entry>();

  /** The async commands under way (an issue awaiting its render…): an exclusive command waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** The exclusive command under way; every other command waits until it is done. */
  private exclusive: Promise<unknown> | undefined;

  register<M extends MethodName>(name: M, handler: Handler<M>): void {
    this.add(name, { run: handler as Entry['run'], transactional: true, exclusive: false });
  }

  /** For handlers that must await (rendering files); they manage their own transactions. */
  registerAsync<M extends MethodName>(name: M, handler: AsyncHandler<M>): void {
    this.add(name, { run: handler as Entry['run'], transactional: false, exclusive: false });
  }

  /**
   * For a command that replaces the data under everyone's feet (a restore). It starts once the async
   * commands already under way have finished, and every command that arrives meanwhile waits for it
   * and then runs on the restored data: a save is never acknowledged and then swept away by the swap.
   */
  registerExclusive<M extends MethodName>(name: M, handler: AsyncHandler<M>): void {
    this.add(name, { run: handler as Entry['run'], transactional: false, exclusive: true });
  }

  private add(name: MethodName, entry: Entry): void {
    if (!isMethodName(name)) throw new Error(`"${name}" is not a contract method`);
    if (this.entries.has(name)) throw new Error(`handler for "${name}" registered twice`);
    this.entries.set(name, entry);
  }

  missing(): MethodName[] {
    return (Object.keys(contract) as MethodName[]).filter((name) => !this.entries.has(name));
  }

  assertComplete(): void {
    const missing = this.missing();
    if (missing.length > 0) throw new Error(`contract methods without a handler: ${missing.join(', ')}`);
  }

  async dispatch(method: unknown, input: unknown, ctx: ApiContext): Promise<Envelope<unknown>> {
    try {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `没有名为“${String(method)}”的操作` } };
      }
      const entry = this.entries.get(method);
      if (!entry) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `操作“${method}”尚未实现` } };
      while (this.exclusive) await this.exclusive.catch(() => undefined);
      // Who is calling, and may they: after a restore has finished (it may change who exists).
      const parsed = validateInput(contract[method].input, gate(method, input, ctx));
      const value = entry.transactional
        ? ctx.db.transaction(() => entry.run(parsed, ctx))()
        : await this.runAsync(entry, parsed, ctx);
      return { ok: true, value };
    } catch (error) {
      if (isAppError(error)) {
        const field = typeof error.details?.['field'] === 'string' ? error.details['field'] : undefined;
        return { ok: false, error: { code: error.code, message: error.message, ...(field ? { field } : {}) } };
      }
      console.error('[fashen] internal error in', method, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: '程序内部错误，操作未生效。请重试；如反复出现，请导出诊断信息。' },
      };
    }
  }

  /** Nothing awaits between the caller's check of `exclusive` and the assignment below: two exclusives cannot both start. */
  private async runAsync(entry: Entry, parsed: unknown, ctx: ApiContext): Promise<unknown> {
    if (entry.exclusive) {
      const before = [...this.inFlight];
      const run = Promise.allSettled(before).then(() => entry.run(parsed, ctx));
      this.exclusive = run;
      try {
        return await run;
      } finally {
        if (this.exclusive === run) this.exclusive = undefined;
      }
    }
    const run = Promise.resolve(entry.run(parsed, ctx));
    this.inFlight.add(run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(run);
    }
  }
}
