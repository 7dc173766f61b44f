// Bundles the Electron main process and the preload into CommonJS files under dist/main/:
//   main/app/main.ts    -> dist/main/main.cjs     (package.json "main")
//   main/app/preload.ts -> dist/main/preload.cjs  (loaded by the window, sandboxed)
//   main/core/data/backup-worker.ts -> dist/main/backup-worker.cjs (the backup's worker thread: main.cjs
//                           starts it from the file beside itself, see main/core/data/backup-thread.ts)
// electron is provided by the runtime and better-sqlite3 is a native module rebuilt for
// Electron by electron-builder, so both stay external. SQL migrations and templates are read
// from files relative to appRoot() at run time and are packaged as files, not bundled.
//
// It also writes dist/licenses/THIRD-PARTY-NOTICES.txt (third-party-notices.mjs) from the bundle's
// module graph, which electron-builder ships in resources/licenses/.
//
// Usage: node build/scripts/build-main.mjs [--dev]   (--dev adds inline source maps)

import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { copyFontSubsetWorker } from './build-cli.mjs';
import { packageDirsFromMetafiles, rendererMetafile, writeNotices } from './third-party-notices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'dist', 'main');
const dev = process.argv.includes('--dev');

// ESM sources use import.meta.url (e.g. appRoot()); in a CJS bundle esbuild would leave it
// empty, so it is defined from the bundle's own file name instead.
const IMPORT_META_URL = '__fashenImportMetaUrl';
const banner = `const ${IMPORT_META_URL} = require('node:url').pathToFileURL(__filename).href;`;

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['electron', 'better-sqlite3'],
  // pdfkit (bundled through its CJS "main") requires fontkit's CJS build; the office-font check
  // imports fontkit as ESM, which would bundle its ESM build as a second copy (≈ 0.6 MB). One copy.
  alias: { fontkit: './node_modules/fontkit/dist/main.cjs' },
  sourcemap: dev ? 'inline' : false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

/** The name main.cjs looks for beside itself (main/core/data/backup-thread.ts); pack-check.mjs requires it. */
const BACKUP_WORKER_BUNDLE = 'backup-worker.cjs';

const [mainResult, workerResult] = await Promise.all([
  build({
    ...common,
    entryPoints: [join(root, 'main', 'app', 'main.ts')],
    outfile: join(outDir, 'main.cjs'),
    banner: { js: banner },
    define: { 'import.meta.url': IMPORT_META_URL },
    metafile: true,
  }),
  // The backup worker thread: its own bundle (a worker runs a file, not a function), with the same
  // banner so the modules it shares with main.cjs see import.meta.url as they do there.
  build({
    ...common,
    entryPoints: [join(root, 'main', 'core', 'data', 'backup-worker.ts')],
    outfile: join(outDir, BACKUP_WORKER_BUNDLE),
    banner: { js: banner },
    define: { 'import.meta.url': IMPORT_META_URL },
    metafile: true,
  }),
  // The sandboxed preload may require only 'electron' and a few core modules, so it gets
  // neither the banner (which requires node:url) nor any other dependency.
  build({
    ...common,
    entryPoints: [join(root, 'main', 'app', 'preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
  }),
]);

// pdfkit, bundled above, reads its standard-font metrics from `${__dirname}/data/*.afm`; in the
// bundle __dirname is dist/main, so the metrics are copied beside it.
cpSync(join(root, 'node_modules', 'pdfkit', 'js', 'data'), join(outDir, 'data'), { recursive: true });
// The fonts' cut copies are made by a worker that runs as is, with HarfBuzz's WebAssembly beside it
// (main/core/documents/font-subsets.ts looks for both beside main.cjs).
copyFontSubsetWorker(root, outDir);

const noticed = writeNotices(
  packageDirsFromMetafiles(mainResult.metafile, workerResult.metafile, await rendererMetafile()),
);

console.log(
  `build-main: wrote ${join('dist', 'main', 'main.cjs')}, ${join('dist', 'main', BACKUP_WORKER_BUNDLE)} and ${join('dist', 'main', 'preload.cjs')}${dev ? ' (with source maps)' : ''}, and the licences of ${noticed.length} third-party packages`,
);
