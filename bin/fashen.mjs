#!/usr/bin/env node
// `npx fashen`: runs the TypeScript CLI through tsx, so it works straight after `npm ci`
// with no build step. The Electron app bundles the same code with esbuild instead.
import { register } from 'tsx/esm/api';

// The last net: whatever escapes the commands (they answer their own failures) is one Chinese
// line and a non-zero exit, never a stack trace.
const lastWord = (error) => {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`程序意外出错，已退出（${detail}）\n`);
  process.exit(1);
};
process.on('uncaughtException', lastWord);
process.on('unhandledRejection', lastWord);

register();
const { runCli, processIo } = await import('../main/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo);
