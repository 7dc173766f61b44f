// Writes dist/licenses/THIRD-PARTY-NOTICES.txt: the licence text of every npm package whose code
// ships inside the app. The bundles strip licence comments (esbuild legalComments: 'none', and
// Vite keeps none), so the MIT/ISC/BSD notices those licences require travel in this one file,
// which electron-builder copies to resources/licenses/ next to the font's OFL text.
//
// Which packages: esbuild's own module graph, so the list is exactly what is bundled.
//   - main process: the metafile of the real main bundle (passed in by build-main.mjs);
//   - renderer: a throw-away esbuild pass over renderer/src/main.tsx (same resolution as Vite,
//     nothing written) — Vite's build is not ours to instrument;
//   - plus what ships unbundled: better-sqlite3 and its loader, and the font package.
//
// Usage: imported by build-main.mjs; or `node build/scripts/third-party-notices.mjs` on its own.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NOTICES_FILE = join(root, 'dist', 'licenses', 'THIRD-PARTY-NOTICES.txt');

/** Shipped as files, not bundled (see electron-builder.yml `files`). */
export const UNBUNDLED_PACKAGES = [
  'better-sqlite3',
  'bindings',
  'file-uri-to-path',
  '@expo-google-fonts/noto-serif-sc',
  // Its WebAssembly subsetter ships as a file beside the bundle (font-subset-worker.cjs runs it).
  'harfbuzzjs',
];

/** "node_modules/a/node_modules/@s/b/x.js" -> "node_modules/a/node_modules/@s/b" (the package folder). */
function packageDirOf(input) {
  const path = input.replaceAll('\\', '/');
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match?.[1];
}

/** Package folders (relative to the repo root) of every node_modules input in esbuild metafiles. */
export function packageDirsFromMetafiles(...metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDirOf(input);
      if (dir) dirs.add(dir);
    }
  }
  return dirs;
}

/** The renderer's module graph, resolved the way Vite resolves it; nothing is written. */
export async function rendererMetafile() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['renderer/src/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    jsx: 'automatic',
    outdir: 'out-unused',
    logLevel: 'silent',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty', '.woff2': 'empty' },
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true', 'import.meta.env.MODE': '"production"' },
  });
  return result.metafile;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$|^licen[cs]e[-_.]/i;

function noticeFor(dir) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const files = readdirSync(join(root, dir))
    .filter((name) => LICENCE_FILE.test(name))
    .sort();
  const texts = files.map((name) => readFileSync(join(root, dir, name), 'utf8').trim());
  const licence =
    typeof manifest.license === 'string'
      ? manifest.license
      : JSON.stringify(manifest.license ?? manifest.licenses ?? 'UNKNOWN');
  return {
    name: manifest.name,
    version: manifest.version,
    licence,
    text: texts.length > 0 ? texts.join('\n\n') : `(No licence file in the package; package.json declares: ${licence})`,
  };
}

/** Writes the notices file from the given package folders plus the unbundled ones; returns the package names. */
export function writeNotices(packageDirs, file = NOTICES_FILE) {
  const dirs = new Set(packageDirs);
  for (const name of UNBUNDLED_PACKAGES) dirs.add(join('node_modules', name));
  const notices = [...dirs]
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map(noticeFor)
    // One entry per name@version, however many copies npm installed.
    .filter(
      (notice, index, all) =>
        all.findIndex((other) => other.name === notice.name && other.version === notice.version) === index,
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const header = [
    '法审工作台 使用的第三方开源软件及其许可证',
    'Third-party open-source software in Fashen Desk, and the licences it is used under.',
    '',
    'Electron and Chromium: see LICENSE.electron.txt and LICENSES.chromium.html in the program folder.',
    'Noto Serif SC (思源宋体): SIL Open Font License 1.1, see NotoSerifSC-OFL.txt in this folder.',
    '',
  ];
  const body = notices.map(
    (n) => `${'='.repeat(78)}\n${n.name} ${n.version} — ${n.licence}\n${'='.repeat(78)}\n\n${n.text}\n`,
  );
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${header.join('\n')}\n${body.join('\n')}`, 'utf8');
  return notices.map((n) => n.name);
}

// Run on its own: the main bundle's packages come from a dry esbuild pass, like the renderer's.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const main = await build({
    absWorkingDir: root,
    entryPoints: ['main/app/main.ts'],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    outdir: 'out-unused',
    external: ['electron', 'better-sqlite3'],
    logLevel: 'silent',
  });
  const names = writeNotices(packageDirsFromMetafiles(main.metafile, await rendererMetafile()));
  console.log(`third-party-notices: ${names.length} packages -> ${NOTICES_FILE}`);
}
