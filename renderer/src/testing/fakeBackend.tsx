// Test helpers, never imported by the app: a back end answering from functions, and a render
// with the providers the app root gives (query cache, Mantine, notices).

import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { ApiCallError, setTransport } from '../api/client';
import { createQueryClient } from '../api/queryClient';

export type Answers = { [M in MethodName]?: (input: InputOf<M>) => OutputOf<M> | Promise<OutputOf<M>> };

export interface FakeBackend {
  /** Every call, in order. */
  calls: Array<{ method: string; input: unknown }>;
  /** The inputs of the calls of one method. */
  callsOf(method: MethodName): unknown[];
  /** Forgets the calls so far. */
  clear(): void;
}

/**
 * Installs a transport that answers from `answers`; an ApiCallError thrown by an answer goes back
 * as the back end's refusal, and a method without an answer is refused as unexpected.
 */
export function fakeBackend(answers: Answers): FakeBackend {
  const calls: FakeBackend['calls'] = [];
  setTransport(async (method, input) => {
    calls.push({ method, input });
    const answer = answers[method as MethodName] as ((input: unknown) => unknown) | undefined;
    if (!answer) return { ok: false, error: { code: 'UNEXPECTED', message: `unexpected ${method}` } };
    try {
      return { ok: true, value: await answer(input) };
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
    }
  });
  return {
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method).map((call) => call.input),
    clear: () => void calls.splice(0),
  };
}

/**
 * Renders inside a fresh query cache (the app's own defaults) and Mantine; returns the cache.
 * Mantine's test environment: no transitions or portals, so a dropdown's options are there at once.
 */
export function renderWithApi(ui: ReactNode, client: QueryClient = createQueryClient()): QueryClient {
  render(
    <QueryClientProvider client={client}>
      <MantineProvider env="test">
        <Notifications />
        {ui}
      </MantineProvider>
    </QueryClientProvider>,
  );
  return client;
}
