import { QueryClient } from '@tanstack/react-query';
import { ApiCallError } from './client';

/**
 * The renderer's one query cache. Defaults for a desktop app talking to its own back end:
 * - no refetch on window focus or reconnect: switching to Word and back must not reload every page;
 * - no retry of an answer from the back end (a refusal says what to do, asking again changes
 *   nothing); a transport that failed outright is tried once more;
 * - a short staleTime: what this window writes is invalidated by the table in invalidation.ts, so
 *   an answer need not be asked again while one screen mounts its parts (or, after a create, while
 *   the app goes on to the new record already in the cache); beyond that a page that opens asks
 *   again, as it always did, since the CLI, the HTTP door or a second window may have written since.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 2_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failures, error) => !(error instanceof ApiCallError) && failures < 1,
      },
      mutations: { retry: false },
    },
  });
}
