#!/usr/bin/env node
// `npx fashen`: runs the TypeScript CLI through tsx, so it works straight after `npm ci`
// with no build step. The Electron app bundles the same code with esbuild instead.
import { register } from 'tsx/esm/api';

register();
const { runCli, processIo } = await import('../main/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo);
