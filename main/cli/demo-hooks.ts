import type { InputOf, MethodName, OutputOf } from '../../shared/contract';

export type DemoCall = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

export interface DemoRefs {
  /** Staff ids by name (see demo-data.ts). */
  staffIds: Map<string, number>;
  /** Case ids in the order of DEMO_CASES. */
  caseIds: number[];
  /** Acts as this demo person from now on (demo data is filled in-process, without the sign-in screen). */
  signInAs: (staffId: number) => void;
}

/**
 * Capabilities move some demo cases into later states through the API, so the demo shows every
 * state a real office sees. Each capability owns its own step; demo.ts runs them in order.
 */
export type DemoStep = (call: DemoCall, refs: DemoRefs) => Promise<void>;
