import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { api, errorMessage, isDesktop } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload(): void;
}

/** Loads once per change of `input` (compared as JSON) and exposes reload for after a save. */
export function useApiQuery<M extends MethodName>(method: M, input: InputOf<M>): QueryState<OutputOf<M>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data: OutputOf<M> | undefined; error: string | undefined; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    api(method, JSON.parse(key) as InputOf<M>).then(
      (data) => ticket === latest.current && setState({ data, error: undefined, loading: false }),
      (error: unknown) =>
        ticket === latest.current && setState({ data: undefined, error: errorMessage(error), loading: false }),
    );
  }, [method, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
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
