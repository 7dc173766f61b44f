// Bundles the command line (`npx fashen`, main/cli.ts) into plain JavaScript under dist/cli/, so a
// command starts without compiling TypeScript. bin/load-cli.mjs calls buildCli() when the bundle is
// missing or older than the sources; `npm ci` builds it in its prepare step.
//
//   dist/cli/current.json              which build is current, and the sources it was built from
//   dist/cli/<build>/fashen.mjs        entry: argument dispatch and --help only
//   dist/cli/<build>/chunk-*.mjs       one chunk per command (and the code they share), loaded by
//                                      main/cli.ts's `await import()` only when that command runs
//   dist/cli/<build>/backup-worker.cjs the backup's worker thread (main/core/data/backup-thread.ts looks
//                                      for it beside the chunk that starts it, as in dist/main/)
//   dist/cli/<build>/font-subset-worker.cjs, harfbuzz-subset.wasm
//                                      the fonts' cut copies (main/core/documents/font-subsets.ts)
//
// Each build goes to a folder of its own and current.json is swapped by a rename, so a command
// running from the previous build keeps its chunks, and two commands rebuilding at once both end
// up with a complete bundle. The large and native npm packages stay external (see EXTERNAL). Templates, migrations, fonts and the built
// renderer are found at run time from appRoot() (the folder above with package.json), as before.
//
// Usage: node build/scripts/build-cli.mjs

import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_DIST, CURRENT_FILE, sourcesStamp } from '../../bin/cli-sources.mjs';

const IMPORT_META_URL = '__fashenImportMetaUrl';

/**
 * Loaded from node_modules at run time, as under tsx: the native SQLite driver, and the large
 * document libraries only `render` and document issuing use. Smaller packages (zod, yaml, dayjs,
 * chinese-days) are bundled into the chunks of the commands that use them: some are imported by
 * extensionless subpaths (dayjs/plugin/utc) that Node's own ESM resolver refuses.
 */
const EXTERNAL = ['better-sqlite3', 'pdfkit', 'fontkit', 'docx', 'electron', '@expo-google-fonts/*'];

/** Builds older than this (other than the current one) are removed after a build. */
const KEEP_OLD_BUILDS_MS = 24 * 60 * 60 * 1000;

const ENTRY_NAME = 'fashen';

/** Files main/core/documents/font-subsets.ts looks for beside the code that starts its worker. */
export const FONT_SUBSET_FILES = ['font-subset-worker.cjs', 'harfbuzz-subset.wasm'];

/**
 * Copies the fonts' subsetting worker (plain CommonJS, run as is) and HarfBuzz's WebAssembly into
 * a bundle's folder (dist/cli/<build>/, dist/main/, a test's or the benchmark's bundle).
 */
export function copyFontSubsetWorker(root, outDir) {
  copyFileSync(join(root, 'main', 'core', 'documents', 'font-subset-worker.cjs'), join(outDir, FONT_SUBSET_FILES[0]));
  const wasm = createRequire(join(root, 'package.json')).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
  copyFileSync(wasm, join(outDir, FONT_SUBSET_FILES[1]));
}

/**
 * Bundles the Node program(s) `entryPoints` ({ name: source file }) of the checkout at `root` into
 * `outDir` as ESM (`<name>.mjs` plus shared chunks), with the backup's worker thread beside them as
 * backup-worker.cjs, where main/core/data/backup-thread.ts looks for it. The CLI is one such
 * program; the crash test's writer is another. esbuild is imported here only, so a run with a
 * fresh bundle never loads it.
 */
export async function bundleForNode(root, entryPoints, outDir) {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  await Promise.all([
    build({
      ...nodeBuildOptions(root),
      entryPoints,
      outdir: outDir,
      format: 'esm',
      splitting: true,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      // Bundled CommonJS packages (dayjs…) call require() for Node's own modules.
      banner: {
        js: "import { createRequire as __fashenCreateRequire } from 'node:module';\nconst require = __fashenCreateRequire(import.meta.url);",
      },
    }),
    bundleWorkers(root, outDir),
  ]);
}

function nodeBuildOptions(root) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    minify: false,
    legalComments: 'none',
    logLevel: 'error',
    absWorkingDir: root,
  };
}

/**
 * The worker threads' files, into `outDir`: the backup's worker bundled as backup-worker.cjs, and
 * the fonts' subsetting worker with HarfBuzz's WebAssembly (copied as they are). Also what the
 * test suite runs its backup workers from (vitest.config.ts), instead of compiling TypeScript
 * through tsx in each of some hundred worker threads.
 */
export async function bundleWorkers(root, outDir) {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  await build({
    ...nodeBuildOptions(root),
    entryPoints: [join(root, 'main', 'core', 'data', 'backup-worker.ts')],
    outfile: join(outDir, 'backup-worker.cjs'),
    format: 'cjs',
    banner: { js: `const ${IMPORT_META_URL} = require('node:url').pathToFileURL(__filename).href;` },
    define: { 'import.meta.url': IMPORT_META_URL },
  });
  copyFontSubsetWorker(root, outDir);
}

/**
 * Builds the CLI bundle of the checkout at `root` and makes it current. Returns the entry file.
 * Takes about a second.
 */
export async function buildCli(root) {
  const stamp = sourcesStamp(root);
  const outBase = join(root, CLI_DIST);
  const name = `b${Date.now().toString(36)}-${process.pid}`;
  const outDir = join(outBase, name);
  await bundleForNode(root, { [ENTRY_NAME]: join(root, 'main', 'cli.ts') }, outDir);
  const current = join(outBase, CURRENT_FILE);
  const temp = `${current}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ build: name, ...stamp })}\n`);
  renameSync(temp, current);
  removeOldBuilds(outBase, name);
  return join(outDir, `${ENTRY_NAME}.mjs`);
}

function removeOldBuilds(outBase, keep) {
  const now = Date.now();
  for (const entry of readdirSync(outBase, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const path = join(outBase, entry.name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const started = Date.now();
  const entry = await buildCli(root);
  console.log(`build-cli: wrote ${entry} in ${Date.now() - started} ms`);
}
