#!/usr/bin/env node
// `npx fashen`: runs the command line as compiled JavaScript (dist/cli/, bundled by esbuild, see
// build/scripts/build-cli.mjs). In a checkout the bundle is rebuilt first whenever a source under
// main/ or shared/ is newer than it (about a second); without esbuild, or with FASHEN_CLI_TSX=1, the
// TypeScript sources run through tsx instead, as before.
import module from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundle } from './cli-sources.mjs';

// The last net: whatever escapes the commands (they answer their own failures) is one Chinese
// line and a non-zero exit, never a stack trace.
const lastWord = (error) => {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`程序意外出错，已退出（${detail}）\n`);
  process.exit(1);
};
process.on('uncaughtException', lastWord);
process.on('unhandledRejection', lastWord);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// On Node 22.1 and later, V8's compiled code of the CLI's chunks and of pdfkit/fontkit is kept
// between runs (in the OS temporary folder), which takes most of module loading off a command's
// start and of its first PDF. Node 20 has no such cache: the call is skipped there.
module.enableCompileCache?.();

async function loadCli() {
  if (process.env.FASHEN_CLI_TSX !== '1') {
    let entry = freshBundle(root);
    if (!entry) {
      try {
        const { buildCli } = await import('../build/scripts/build-cli.mjs');
        entry = await buildCli(root);
      } catch (error) {
        if (error?.code !== 'ERR_MODULE_NOT_FOUND') {
          process.stderr.write(
            `构建命令行失败，改用 tsx 运行 / building the CLI failed, running through tsx: ${error}\n`,
          );
        }
      }
    }
    if (entry) return import(pathToFileURL(entry).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../main/cli.ts');
}

const { runCli, processIo } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2), processIo);
