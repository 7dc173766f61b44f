// The backup worker when running from source (npx fashen, the tests, the benchmark): a worker
// thread does not inherit the tsx loader its parent registered, and on Node 20 `--import tsx` in
// the worker's execArgv comes too late for its entry file. So this plain module registers tsx in
// the new thread, then runs the TypeScript worker. The Electron app never loads this file: it
// runs the bundled dist/main/backup-worker.cjs (see backup-thread.ts).
import { register } from 'tsx/esm/api';

register();
await import('./backup-worker.ts');
