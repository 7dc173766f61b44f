#!/usr/bin/env node
// Runs one TypeScript file (e.g. the benchmark) through tsx without a build step.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: run-ts.mjs <file.ts> [args]\n');
  process.exit(2);
}
await import(pathToFileURL(resolve(file)).href);
