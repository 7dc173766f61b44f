// `npm run bench`: prints figures for speed and memory. Nothing here asserts; tests never time.
import { benchScale } from './scale';
import { benchDocuments } from './documents';
import { benchStartup } from './startup';

// argv: node, run-ts.mjs, bench/index.ts, [section]
const only = process.argv[3];
if (!only || only === 'startup') await benchStartup();
if (!only || only === 'documents') await benchDocuments();
if (!only || only === 'scale') await benchScale();
console.log(`\npeak RSS of the benchmark process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
