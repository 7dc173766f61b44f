import { useCallback, useEffect, useRef, useState } from 'react';
import {
  hashKey,
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { hideNotice, showProblem } from '../lib/notices';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { ApiCallError, CANCELLED, api, errorMessage, isDesktop } from './client';
import { CREATED_RECORDS, invalidatedBy, targetMatches, type ReadMethod, type WriteMethod } from './invalidation';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  /** The first load is under way (a reload keeps showing what was there). */
  loading: boolean;
  /** `data` answers an earlier input, kept on screen while this one's answer is on its way. */
  previous: boolean;
  reload(): void;
}

export interface ApiQueryOptions {
  /** False while the input is not known yet: nothing is asked, data stays undefined. */
  enabled?: boolean;
}

/** The cache key of a read: the method and its input. */
export function queryKeyOf<M extends ReadMethod>(method: M, input: InputOf<M>): readonly [M, InputOf<M>] {
  return [method, input] as const;
}

/**
 * One read from the back end, cached under [method, input] and shared by every component asking
 * the same. While a changed input loads, the previous answer stays on screen (a search, a page of
 * the list, the triggers as boxes are ticked). Saves make it stale through invalidation.ts.
 */
export function useApiQuery<M extends ReadMethod>(
  method: M,
  input: InputOf<M>,
  options: ApiQueryOptions = {},
): QueryState<OutputOf<M>> {
  const query = useQuery({
    queryKey: queryKeyOf(method, input),
    queryFn: () => api(method, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data,
    error: query.error ? errorMessage(query.error) : undefined,
    loading: query.isLoading,
    previous: query.isPlaceholderData,
    reload,
  };
}

/**
 * After a write: its record goes into the cache under the matching get (a create, at once), and the
 * reads the table names are marked stale — those on screen are fetched again, once each.
 */
export async function applyWrite<M extends WriteMethod>(
  client: QueryClient,
  method: M,
  output: OutputOf<M>,
): Promise<void> {
  const created = CREATED_RECORDS[method];
  let putHash: string | null = null;
  if (created) {
    const key = [created.get, created.input(output as never)];
    client.setQueryData(key, output);
    putHash = hashKey(key);
  }
  const targets = invalidatedBy(method);
  if (targets.length === 0) return;
  const outdated = (query: Query) => {
    const read = query.queryKey[0];
    return (
      typeof read === 'string' && query.queryHash !== putHash && targets.some((target) => targetMatches(target, read))
    );
  };
  // Reads no screen shows now are dropped, not kept as stale: a page opened later waits for the
  // fresh answer instead of first showing what the write has just made untrue (the home page said
  // "尚未设置本单位信息" for a moment right after the setup wizard had saved it).
  client.removeQueries({ predicate: (query) => outdated(query) && !query.isActive() });
  await client.invalidateQueries({ predicate: outdated });
}

export interface MutationFeedback<M extends WriteMethod> {
  /** Said once saved; nothing is said without it. */
  success?: {
    title: string;
    color?: string;
    message: string | ((output: OutputOf<M>, input: InputOf<M>) => string);
  };
  /**
   * Said when the back end refuses, in its own words (the refusal names the rule and what to do).
   * Defaults to 未能保存, left on screen long enough to be read. A function, when the caller shows
   * the refusal itself (beside the text it is about); `false` to say nothing.
   */
  failure?: { title: string; autoClose?: number | false } | ((message: string) => void) | false;
  /** The back end named a field: put its message under that field. Return true to say nothing more. */
  onFieldError?: (field: string, message: string) => boolean | void;
}

export interface ApiMutation<M extends WriteMethod> {
  /** Sends the write; the saved record, or undefined once the failure has been said. */
  run(input: InputOf<M>): Promise<OutputOf<M> | undefined>;
  /** Under way: the button spins and cannot be pressed again. */
  pending: boolean;
  /** The last failure, for a caller that shows it itself (failure: false). */
  error: string | undefined;
  reset(): void;
}

const DEFAULT_FAILURE = { title: '未能保存', autoClose: 12_000 } as const;

/**
 * The one way the renderer writes: sends the method, refreshes what the invalidation table says it
 * changed, and says in Chinese what happened. A second press while the first is under way is
 * ignored, so a double click never saves twice.
 */
export function useApiMutation<M extends WriteMethod>(method: M, feedback: MutationFeedback<M> = {}): ApiMutation<M> {
  const client = useQueryClient();
  const mutation = useMutation<OutputOf<M>, unknown, InputOf<M>>({
    mutationKey: [method],
    mutationFn: (input) => api(method, input),
    // The record of a create is in the cache before the caller goes on to its page; the reloads
    // are not waited for: the form closes and says 已保存 as soon as the write is done, as it always did.
    onSuccess: (output) => void applyWrite(client, method, output),
  });
  const inFlight = useRef(false);
  // The last refusal said: taken away when the same thing is tried again (it no longer holds).
  const failureNotice = useRef<string | null>(null);
  const { mutateAsync, reset } = mutation;

  async function run(input: InputOf<M>): Promise<OutputOf<M> | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    hideNotice(failureNotice.current);
    failureNotice.current = null;
    try {
      const output = await mutateAsync(input);
      const { success } = feedback;
      if (success) {
        const message = typeof success.message === 'string' ? success.message : success.message(output, input);
        notifications.show({ color: success.color ?? 'green', title: success.title, message });
      }
      return output;
    } catch (error) {
      // The person closed the 签名确认 prompt: nothing was sent, nothing to say.
      if (error instanceof ApiCallError && error.code === CANCELLED.code) return undefined;
      const said =
        error instanceof ApiCallError && error.field ? feedback.onFieldError?.(error.field, error.message) : false;
      const failure = feedback.failure ?? DEFAULT_FAILURE;
      if (typeof failure === 'function') failure(errorMessage(error));
      else if (failure && said !== true) {
        failureNotice.current = showProblem(failure.title, errorMessage(error), failure.autoClose);
      }
      return undefined;
    } finally {
      inFlight.current = false;
    }
  }

  return {
    run,
    pending: mutation.isPending,
    error: mutation.error ? errorMessage(mutation.error) : undefined,
    reset,
  };
}

/** False until known; false too if the ask fails — typing a path still works without the dialog. */
export function useIsDesktop(): boolean {
  const [desktop, setDesktop] = useState(false);
  useEffect(() => {
    let live = true;
    isDesktop().then(
      (value) => live && setDesktop(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return desktop;
}
