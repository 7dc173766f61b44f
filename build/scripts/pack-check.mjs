// `npm run pack:check`: packs the app the way electron-builder.yml says, offline, and asserts what
// the real package will hold. Runs in CI, where the Electron binary cannot be downloaded:
//
//   1. builds the renderer (unless dist/renderer was built from these sources: build-renderer.mjs
//      --if-stale) and the main bundles (production: no source maps);
//   2. makes a stand-in Electron folder (a shell script where the binary goes, a few locale files,
//      and a copy of Electron's fuse wire so the fuse flip has something real to act on);
//   3. runs electron-builder's Linux `dir` target against it (electronDist), with
//      npmRebuild=false: rebuilding better-sqlite3 for Electron needs Electron's headers from the
//      network. A normal pack rebuilds it (npmRebuild: true in electron-builder.yml);
//   4. asserts on the result: the entry point named in package.json is in the asar, every file the
//      main process loads at run time is there (bundles, renderer, migrations, templates, fonts),
//      better-sqlite3's .node is unpacked, nothing from tests, sources or dev dependencies got in,
//      the fuses are configured and were flipped, and the asar is under its size budget;
//   5. smoke-runs the packed main bundle under Node with a stand-in `electron` module
//      (pack-smoke-electron.cjs): it must start, migrate a fresh database, answer IPC calls and
//      make a backup, which is verified in the packed backup worker thread (backup-worker.cjs);
//      then the packed worker checks and stages that backup for a restore, as 从其他位置恢复 does,
//      and refuses a file that is not a backup with its Chinese message.
//
// Usage: node build/scripts/pack-check.mjs [--keep]   (--keep leaves the packed folder for a look)

import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { parse as parseYaml } from 'yaml';
import { FONT_SUBSET_FILES } from './build-cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const keep = process.argv.includes('--keep');

/** app.asar may not grow past this. The two Noto Serif SC weights are ~30 MB of it. */
const ASAR_BUDGET_BYTES = 40 * 1024 * 1024;

/** The backup's worker thread, emitted by build-main.mjs beside main.cjs (main/core/data/backup-thread.ts finds it there). */
const BACKUP_WORKER_BUNDLE = 'backup-worker.cjs';

/** The only node modules that ship (everything else is bundled into dist/main/main.cjs). */
const SHIPPED_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path', '@expo-google-fonts/noto-serif-sc'];

/** Fuse settings the app must ship with (Electron's security checklist), by electron-builder option. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeCliInspectArguments: false,
  enableNodeOptionsEnvironmentVariable: false,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
};
const FUSE_INDEX = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** Locales the stand-in offers; electronLanguages must leave exactly zh-CN and en-US. */
const STANDIN_LOCALES = ['de.pak', 'en-GB.pak', 'en-US.pak', 'fr.pak', 'zh-CN.pak', 'zh-TW.pak'];
const KEPT_LOCALES = ['en-US.pak', 'zh-CN.pak'];

/** Anything matching these must not be in the asar. */
const FORBIDDEN = [
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/\.map$/, 'a source map'],
  [/\.[cm]?tsx?$/, 'TypeScript source'],
  [/(^|\/)(tests?|__tests__|test-results|e2e)\//, 'a test folder'],
  [/^(renderer|shared|bench|bin|build|\.ci|\.github|out|scripts)\//, 'a source or tooling folder'],
  [/^main\/(?!db\/migrations\/[^/]+\.sql$)/, 'main-process source (only the .sql migrations ship)'],
  [/(^|\/)fake-electron|test-backend|test-zip-reader/, 'a test helper'],
  [/^node_modules\/better-sqlite3\/(src|deps|docs)\//, 'better-sqlite3 build sources'],
  [/^node_modules\/better-sqlite3\/build\/Release\/(obj|obj\.target|\.deps)\//, 'better-sqlite3 build intermediates'],
  [/^templates\/.*\.md$/, 'notes for template authors'],
  [
    /(^|\/)(\.env|\.npmrc|electron-builder\.ya?ml|package-lock\.json|tsconfig\.json|eslint\.config|vite\.config|vitest\.config|playwright\.)/,
    'a config file',
  ],
];

const failures = [];
const say = (message) => console.log(`pack:check: ${message}`);
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`pack:check: ${label} failed (exit code ${String(result.status)})`);
    process.exit(1);
  }
}

const toPosix = (path) => path.replaceAll('\\', '/');

/** Every file below `dir`, as paths relative to the repo root with forward slashes. */
function filesUnder(dir) {
  const out = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(toPosix(relative(root, path)));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The stand-in Electron: the binary is a script that refuses to run, carrying a fuse wire. */
function makeStandIn(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  for (const locale of STANDIN_LOCALES) writeFileSync(join(dir, 'locales', locale), 'stand-in');
  writeFileSync(join(dir, 'LICENSE'), "Stand-in for Electron's MIT licence file (pack:check).\n");
  writeFileSync(join(dir, 'LICENSES.chromium.html'), "<p>Stand-in for Chromium's licences (pack:check).</p>\n");
  // Electron's fuse wire as @electron/fuses finds it in a real binary: the sentinel, the wire
  // version, the number of fuses, then one byte per fuse ('0' off, '1' on) at Electron's defaults.
  const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const defaults = '10110001'; // runAsNode, cookieEncryption, nodeOptions, inspect, asarIntegrity, onlyAsar, v8Snapshot, fileProtocol
  const wire = Buffer.concat([
    Buffer.from(sentinel),
    Buffer.from([Number(FuseVersion.V1), defaults.length]),
    Buffer.from(defaults),
  ]);
  const script = Buffer.concat([
    Buffer.from(
      '#!/bin/sh\necho "pack:check stand-in for the Electron binary: it cannot run the app" >&2\nexit 1\n# fuse wire: ',
    ),
    wire,
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
}

/** Files (not folders) in the asar header, with their size and whether they are unpacked. */
function asarFiles(archive) {
  const { header } = asar.getRawHeader(archive);
  const files = new Map();
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (entry.files) walk(entry, path);
      else files.set(path, { size: Number(entry.size ?? 0), unpacked: entry.unpacked === true, link: entry.link });
    }
  };
  walk(header, '');
  return files;
}

/** The bundled weights the PDF renderer loads, read from fonts.ts so the two cannot drift apart. */
function fontFilesUsed() {
  const source = readFileSync(join(root, 'main', 'core', 'documents', 'fonts.ts'), 'utf8');
  const block = /BUILTIN_FONT_FILES\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...block.matchAll(/'([^']+\.ttf)'/g)].map((match) => match[1]);
}

/** Relative script and style URLs in the built index.html; each must be in the asar too. */
function rendererAssets(indexHtml) {
  return [...indexHtml.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => `dist/renderer/${match[1]}`);
}

function assertContents(files, unpackedDir) {
  const has = (path) => files.has(path);
  const read = (path) => (has(path) ? asar.extractFile(archivePath, path).toString('utf8') : '');
  const manifest = JSON.parse(read('package.json') || '{}');
  check(
    typeof manifest.main === 'string' && has(toPosix(manifest.main)),
    `the entry point "${manifest.main}" named in package.json is not in the asar`,
  );
  check(has('dist/main/preload.cjs'), 'the preload bundle dist/main/preload.cjs is missing');

  // Everything the build wrote for the main process and the renderer.
  for (const path of [...filesUnder(join(root, 'dist', 'main')), ...filesUnder(join(root, 'dist', 'renderer'))]) {
    if (!path.endsWith('.map')) check(has(path), `${path} was built but is not in the asar`);
  }
  // The backup's worker thread: main.cjs starts it from the file beside itself (see
  // main/core/data/backup-thread.ts), so it must sit next to the entry point, inside the asar like it
  // (Electron's worker threads read app.asar; the worker loads better-sqlite3 from the asar's
  // node_modules, whose .node file is unpacked, exactly as the main thread does).
  const entry = toPosix(manifest.main ?? '');
  // The fonts' cut copies: their worker and HarfBuzz's WebAssembly beside main.cjs too
  // (main/core/documents/font-subsets.ts looks there first).
  for (const name of FONT_SUBSET_FILES) {
    check(
      has(`${posix.dirname(entry)}/${name}`),
      `${name} is not beside ${entry} in the asar: PDFs would never use the fonts' cut copies`,
    );
    check(
      read(entry).includes(`./${name}`),
      `${entry} does not refer to ./${name}: font-subsets.ts and build-cli.mjs differ`,
    );
  }
  const worker = `${posix.dirname(entry)}/${BACKUP_WORKER_BUNDLE}`;
  check(has(worker), `the backup worker ${worker} (started by ${entry} from beside itself) is not in the asar`);
  check(
    files.get(worker)?.unpacked !== true,
    `the backup worker ${worker} is unpacked; it must stay in the asar beside ${entry}, which starts it from there`,
  );
  check(
    read(entry).includes(`'./${BACKUP_WORKER_BUNDLE}'`) || read(entry).includes(`"./${BACKUP_WORKER_BUNDLE}"`),
    `${entry} does not refer to ./${BACKUP_WORKER_BUNDLE}: the name in main/core/data/backup-thread.ts and in build-main.mjs differ`,
  );
  check(
    !/require\(["']electron["']\)/.test(read(worker)),
    `the backup worker ${worker} requires electron, which a worker thread cannot load`,
  );

  const indexHtml = read('dist/renderer/index.html');
  check(indexHtml !== '', 'the renderer index dist/renderer/index.html is not in the asar');
  for (const asset of rendererAssets(indexHtml))
    check(has(asset), `index.html refers to ${asset}, which is not in the asar`);
  check(/Content-Security-Policy/.test(indexHtml), 'the packed index.html has no Content-Security-Policy meta tag');

  // Read at run time relative to the app root: migrations and templates (with their samples).
  const migrations = filesUnder(join(root, 'main', 'db', 'migrations')).filter((path) => path.endsWith('.sql'));
  check(migrations.length > 0, 'no migrations found in main/db/migrations');
  for (const path of migrations) check(has(path), `migration ${path} is not in the asar`);
  // Markdown notes for template authors are left out on purpose (electron-builder.yml).
  const templates = filesUnder(join(root, 'templates')).filter((path) => !path.endsWith('.md'));
  check(
    templates.some((path) => path.endsWith('review-opinion.yaml')),
    'templates/review-opinion.yaml (the marker the template store looks for) is missing from the repo',
  );
  for (const path of templates) check(has(path), `template file ${path} is not in the asar`);

  // The PDF fonts: exactly the weights fonts.ts loads, and the font licence.
  const fontDir = 'node_modules/@expo-google-fonts/noto-serif-sc';
  const fonts = fontFilesUsed();
  check(fonts.length > 0, 'could not read BUILTIN_FONT_FILES from main/core/documents/fonts.ts');
  for (const font of fonts)
    check(has(`${fontDir}/${font}`), `font ${fontDir}/${font} (used by fonts.ts) is not in the asar`);
  check(has(`${fontDir}/LICENSE_FONT`), 'the font licence LICENSE_FONT is not in the asar');
  const extraFonts = [...files.keys()].filter(
    (path) => path.endsWith('.ttf') && !fonts.some((font) => path === `${fontDir}/${font}`),
  );
  check(extraFonts.length === 0, `font weights nobody loads are packed: ${extraFonts.join(', ')}`);

  // The native module: packed in the header but marked unpacked, and really next to the asar.
  const native = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  check(files.get(native)?.unpacked === true, `${native} is not marked unpacked in the asar`);
  check(existsSync(join(unpackedDir, native)), `${native} is not in app.asar.unpacked`);
  for (const path of [
    'node_modules/better-sqlite3/lib/index.js',
    'node_modules/bindings/bindings.js',
    'node_modules/file-uri-to-path/index.js',
  ]) {
    check(has(path), `${path} (needed to load the native module) is not in the asar`);
  }

  // Nothing that does not run.
  const strayModules = new Map();
  for (const path of files.keys()) {
    for (const [pattern, what] of FORBIDDEN)
      if (pattern.test(path)) failures.push(`${path} is ${what} and must not ship`);
    const module = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
    if (module && !SHIPPED_MODULES.includes(module)) strayModules.set(module, (strayModules.get(module) ?? 0) + 1);
  }
  for (const [module, count] of strayModules) {
    failures.push(
      `node_modules/${module} (${count} files) must not ship: it is bundled, or a dev dependency (add it to SHIPPED_MODULES only on purpose)`,
    );
  }
  for (const bundle of ['dist/main/main.cjs', 'dist/main/preload.cjs']) {
    const text = read(bundle);
    check(!text.includes('sourceMappingURL=data:'), `${bundle} carries an inline source map (built with --dev?)`);
    check(!/fake-electron|from "vitest"|require\("vitest"\)/.test(text), `${bundle} contains test code`);
  }
}

function assertOutsideAsar(appOutDir, config) {
  const resources = join(appOutDir, 'resources');
  for (const licence of ['NotoSerifSC-OFL.txt', 'THIRD-PARTY-NOTICES.txt']) {
    check(existsSync(join(resources, 'licenses', licence)), `resources/licenses/${licence} is missing`);
  }
  const notices = readFileSync(join(resources, 'licenses', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  for (const name of ['better-sqlite3', 'react', '@mantine/core', 'zod'])
    check(notices.includes(`\n${name} `), `THIRD-PARTY-NOTICES.txt has no entry for ${name}`);
  check(
    existsSync(join(appOutDir, 'LICENSE.electron.txt')),
    "Electron's licence (LICENSE.electron.txt) is not next to the program",
  );
  check(!existsSync(join(resources, 'app')), 'a resources/app folder exists beside app.asar');
  const locales = readdirSync(join(appOutDir, 'locales')).sort();
  check(
    JSON.stringify(locales) === JSON.stringify(KEPT_LOCALES),
    `locales should be ${KEPT_LOCALES.join(', ')}, found ${locales.join(', ')}`,
  );
  const executable = join(appOutDir, config.executableName);
  check(existsSync(executable), `the program ${config.executableName} is missing`);
  return executable;
}

async function assertFuses(config, executable) {
  const fuses = config.electronFuses ?? {};
  for (const [option, wanted] of Object.entries(REQUIRED_FUSES)) {
    check(
      fuses[option] === wanted,
      `electron-builder.yml: electronFuses.${option} must be ${wanted}, is ${fuses[option]}`,
    );
  }
  const wire = await getCurrentFuseWire(executable);
  const flipped = [];
  for (const [option, value] of Object.entries(fuses)) {
    const index = FUSE_INDEX[option];
    if (index === undefined) continue;
    const byte = wire[index];
    const expected = value ? 49 : 48; // '1' / '0'
    check(
      byte === expected,
      `fuse ${option} is ${byte === 49 ? 'on' : 'off'} in the packed binary, configured ${value ? 'on' : 'off'}`,
    );
    flipped.push(`${option}=${value ? 'on' : 'off'}`);
  }
  return flipped;
}

function smokeRun(appOutDir, work) {
  const extracted = join(work, 'extracted');
  asar.extractAll(archivePath, extracted);
  mkdirSync(join(extracted, 'node_modules', 'electron'), { recursive: true });
  copyFileSync(
    join(root, 'build', 'scripts', 'pack-smoke-electron.cjs'),
    join(extracted, 'node_modules', 'electron', 'index.js'),
  );
  writeFileSync(
    join(extracted, 'node_modules', 'electron', 'package.json'),
    '{ "name": "electron", "main": "index.js" }\n',
  );
  const dataDir = join(work, 'smoke-data');
  const env = { ...process.env };
  for (const name of ['FASHEN_DATA_DIR', 'FASHEN_TEMPLATES_DIR', 'FASHEN_FONTS_DIR', 'ELECTRON_RUN_AS_NODE'])
    delete env[name];
  const result = spawnSync(process.execPath, [join(extracted, 'dist', 'main', 'main.cjs'), '--data-dir', dataDir], {
    cwd: work,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (/NODE_MODULE_VERSION/.test(output)) {
    say(
      'smoke run SKIPPED: better-sqlite3 in node_modules is built for Electron, not for this Node (run npm rebuild better-sqlite3 to smoke-run here)',
    );
    return;
  }
  const line = /^FASHEN_SMOKE (.*)$/m.exec(result.stdout)?.[1];
  if (result.status !== 0 || !line) {
    failures.push(
      `the packed main bundle did not start under the stand-in electron (exit ${String(result.status)}):\n${output.trim()}`,
    );
    return;
  }
  const seen = JSON.parse(line);
  // The schema version is the highest migration number (numbers may leave gaps, see main/db/migrate.ts).
  const migrations = Math.max(
    ...filesUnder(join(root, 'main', 'db', 'migrations')).map((path) =>
      Number(/(\d{3})_[^/]+\.sql$/.exec(path)?.[1] ?? 0),
    ),
  );
  check(seen.firstAdmin?.ok === true, `session.firstAdmin over IPC failed: ${JSON.stringify(seen.firstAdmin)}`);
  check(seen.info?.ok === true, `system.info over IPC failed: ${JSON.stringify(seen.info)}`);
  check(
    seen.info?.value?.schemaVersion === migrations,
    `the packed app migrated to schema ${seen.info?.value?.schemaVersion}, expected ${migrations}`,
  );
  check(
    seen.info?.value?.dataDir === dataDir,
    `the packed app used data folder ${seen.info?.value?.dataDir}, expected ${dataDir}`,
  );
  check(
    seen.attention?.ok === true && seen.setup?.ok === true,
    'home.attention or setup.status failed in the packed app',
  );
  // Templates: listed and previewed from the packed templates/ folder (skipped, and said so, in a
  // build whose contract has no documents methods yet).
  const templateFiles = filesUnder(join(root, 'templates')).filter((path) => /^templates\/[^/]+\.yaml$/.test(path));
  let templatesNote;
  if (seen.templates?.error?.code === 'UNKNOWN_METHOD') {
    templatesNote = '; documents.* is not in this build, so templates were checked as files only';
  } else {
    check(
      seen.templates?.ok === true,
      `documents.templates failed in the packed app: ${JSON.stringify(seen.templates)}`,
    );
    const listed = seen.templates?.value ?? [];
    // Every paper template is listed (and so packed); the annual report's layout is the reports
    // capability's own, not a paper an office edits, so 文书 does not list it.
    const reportLayouts = ['templates/annual-report.yaml'];
    const paperFiles = templateFiles.filter((path) => !reportLayouts.includes(path));
    const listedFiles = new Set(listed.map((template) => `templates/${template.id}.yaml`));
    check(
      listed.length === paperFiles.length && paperFiles.every((path) => listedFiles.has(path)),
      `the packed app lists ${listed.length} templates (${[...listedFiles].join(', ')}), templates/ has ${paperFiles.length} paper templates`,
    );
    check(
      listed.every((template) => template.source === 'builtin'),
      'the packed app did not use its built-in templates',
    );
    check(
      seen.preview?.ok === true && seen.preview.length > 0,
      `previewing review-opinion with its sample data failed in the packed app: ${JSON.stringify(seen.preview)}`,
    );
    templatesNote = `, listed ${listed.length} templates and previewed one with its sample data`;
  }
  check(toPosix(seen.loadedFile ?? '').endsWith('dist/renderer/index.html'), `the window loaded ${seen.loadedFile}`);
  check(seen.preloadExists === true, `the window's preload ${seen.preload} does not exist in the packed app`);
  check(seen.menu === true, 'the packed app installed no menu');
  // A backup through IPC, as 立即备份 makes it: the packed main bundle found the packed worker
  // beside it, and the worker loaded the packed better-sqlite3 and verified the copy.
  check(
    seen.backup?.ok === true,
    `data.backupNow (verified in the packed backup worker) failed in the packed app: ${JSON.stringify(seen.backup)}`,
  );
  check(
    typeof seen.backup?.value?.file === 'string' &&
      existsSync(seen.backup.value.file) &&
      seen.backup.value.file.startsWith(join(dataDir, 'backups')),
    `the packed app's backup is not in ${join(dataDir, 'backups')}: ${JSON.stringify(seen.backup)}`,
  );
  check(
    existsSync(join(dataDir, 'fashen.db')) && existsSync(join(dataDir, 'logs', 'main.log')),
    'the packed app wrote no database or log in its data folder',
  );
  const staged =
    seen.backup?.ok === true ? smokeStage(extracted, work, dataDir, seen.backup.value.file, migrations) : false;
  const cut = smokeFontCopy(extracted, work);
  say(
    `smoke run: the packed main bundle started under Node, migrated a fresh database to schema ${seen.info?.value?.schemaVersion}, ` +
      `loaded the renderer and answered IPC${templatesNote}, and made a backup verified in the packed worker thread` +
      (staged
        ? ', which the packed worker then checked and staged for a restore (and refused a file that is not a backup)'
        : '') +
      (cut ? `; the packed font worker cut the packed Noto Serif SC to ${cut}` : ''),
  );
}

/**
 * The fonts' cut copies in the packed app: the font worker and HarfBuzz's WebAssembly beside main.cjs
 * (as font-subsets.ts starts them) cut the packed Noto Serif SC to a few characters. Returns a
 * description of the copy, or null after recording the failure.
 */
function smokeFontCopy(extracted, work) {
  const main = join(extracted, 'dist', 'main');
  const font = join(extracted, 'node_modules', '@expo-google-fonts', 'noto-serif-sc', fontFilesUsed()[0] ?? '');
  const out = join(work, 'smoke-copy.otf');
  const script = `
    const { Worker } = require('node:worker_threads');
    const workerData = JSON.parse(process.argv[1]);
    const worker = new Worker(workerData.worker, { workerData });
    let reply;
    worker.on('message', (message) => (reply = message));
    worker.on('error', (error) => (reply = { ok: false, reason: String(error) }));
    worker.on('exit', () => process.stdout.write('FASHEN_FONT_COPY ' + JSON.stringify(reply ?? null) + '\\n'));`;
  const data = {
    worker: join(main, FONT_SUBSET_FILES[0]),
    wasm: join(main, FONT_SUBSET_FILES[1]),
    font,
    faceIndex: 0,
    codePoints: [...'法制审核意见书〔〕号，。0123456789'].map((char) => char.codePointAt(0)),
    out,
  };
  const result = spawnSync(process.execPath, ['-e', script, JSON.stringify(data)], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = /^FASHEN_FONT_COPY (.*)$/m.exec(result.stdout)?.[1];
  const reply = line ? JSON.parse(line) : null;
  const size = existsSync(out) ? statSync(out).size : 0;
  if (result.status !== 0 || reply?.ok !== true || size === 0 || size >= statSync(font).size / 10) {
    failures.push(
      `the packed font worker did not cut the packed font (exit ${String(result.status)}, reply ${line}, copy ${size} bytes):\n${`${result.stdout}\n${result.stderr}`.trim()}`,
    );
    return null;
  }
  return `${Math.round(size / 1024)} KB`;
}

/**
 * The check before a restore in the packed worker thread: the main bundle hands it
 * { op: 'stage', dataDir, file } (main/core/data/backup-thread-protocol.ts, stageRestoreInWorker); here
 * it is started the same way from the extracted bundle, which proves the packed worker finds the
 * packed migrations (it migrates the staged copy) and sends refusals back as data. Once for the
 * smoke run's own backup, once for a text file.
 */
function smokeStage(extracted, work, dataDir, backupFile, migrations) {
  const script = `
    const { Worker } = require('node:worker_threads');
    const [workerFile, tasks] = JSON.parse(process.argv[1]);
    const stage = (task) => new Promise((resolve) => {
      const worker = new Worker(workerFile, { workerData: { op: 'stage', ...task } });
      let reply;
      worker.on('message', (message) => (reply = message));
      worker.on('error', (error) => (reply = { ok: false, error: { message: String((error && error.stack) || error) } }));
      worker.on('exit', (code) => resolve(reply ?? { ok: false, error: { message: 'exit ' + code } }));
    });
    (async () => {
      const replies = [];
      for (const task of tasks) replies.push(await stage(task));
      process.stdout.write('FASHEN_STAGE ' + JSON.stringify(replies) + '\\n');
    })();`;
  const text = join(work, 'not-a-backup.db');
  writeFileSync(text, 'not a backup');
  const refusalDir = join(work, 'smoke-refusal');
  mkdirSync(refusalDir, { recursive: true });
  const tasks = [
    { dataDir, file: backupFile },
    { dataDir: refusalDir, file: text },
  ];
  const args = [join(extracted, 'dist', 'main', BACKUP_WORKER_BUNDLE), tasks];
  const result = spawnSync(process.execPath, ['-e', script, JSON.stringify(args)], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = /^FASHEN_STAGE (.*)$/m.exec(result.stdout)?.[1];
  if (result.status !== 0 || !line) {
    failures.push(
      `staging a restore in the packed backup worker did not run (exit ${String(result.status)}):\n${`${result.stdout}\n${result.stderr}`.trim()}`,
    );
    return false;
  }
  const [good, bad] = JSON.parse(line);
  check(
    good?.ok === true && good.op === 'stage',
    `the packed backup worker refused to stage the packed app's own backup: ${JSON.stringify(good)}`,
  );
  check(
    good?.value?.schemaVersion === migrations && good?.value?.file === backupFile,
    `the packed backup worker staged ${JSON.stringify(good?.value)}, expected schema ${migrations} from ${backupFile}`,
  );
  check(
    existsSync(join(dataDir, 'restore-staging', 'fashen.db')),
    'the packed backup worker left no staged database in restore-staging/',
  );
  check(
    bad?.ok === false &&
      bad.error?.appError === true &&
      bad.error.code === 'BACKUP_NOT_DATABASE' &&
      /不是法审工作台的备份文件.*未做任何改动。$/.test(bad.error.message ?? ''),
    `the packed backup worker did not refuse a text file as a Fashen backup, in Chinese: ${JSON.stringify(bad)}`,
  );
  check(
    readdirSync(refusalDir).length === 0,
    `the packed backup worker left ${readdirSync(refusalDir).join(', ')} behind after a refusal`,
  );
  return true;
}

const work = mkdtempSync(join(tmpdir(), 'fashen-pack-check-'));
const outDir = join(work, 'out');
let archivePath = '';
try {
  const started = Date.now();
  say('building the renderer (unless built from these sources already) and the main bundles (production)');
  // The same vite build as `npm run build:renderer`; in CI, npm ci's prepare step has just made it.
  run('build-renderer', [join(root, 'build', 'scripts', 'build-renderer.mjs'), '--if-stale']);
  run('build-main', [join(root, 'build', 'scripts', 'build-main.mjs')]);

  const standIn = join(work, 'electron-stand-in');
  makeStandIn(standIn);
  const config = parseYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  check(
    config.npmRebuild === true,
    'electron-builder.yml: npmRebuild must be true so a real pack rebuilds better-sqlite3 for Electron',
  );
  check(
    (config.asarUnpack ?? []).some((glob) => glob.includes('better-sqlite3')),
    'electron-builder.yml: asarUnpack must unpack better-sqlite3',
  );

  say(
    'NOTE: better-sqlite3 is NOT rebuilt for Electron in this check (-c.npmRebuild=false: that needs Electron headers from the network); packaging on a normal machine rebuilds it',
  );
  say(`packing the Linux dir target (x64) against a stand-in Electron ${config.electronVersion} in ${standIn}`);
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist: standIn, npmRebuild: false, directories: { output: outDir } },
  });

  const appOutDir = join(outDir, 'linux-unpacked');
  archivePath = join(appOutDir, 'resources', 'app.asar');
  if (!existsSync(archivePath)) throw new Error(`electron-builder wrote no ${archivePath}`);
  const files = asarFiles(archivePath);
  assertContents(files, join(appOutDir, 'resources', 'app.asar.unpacked'));
  const executable = assertOutsideAsar(appOutDir, config);
  const flipped = await assertFuses(config, executable);
  say(`fuses configured and flipped in the stand-in's fuse wire: ${flipped.join(', ')}`);
  say(
    'NOTE: the stand-in only carries a copy of the fuse wire; the flip of the real Electron binary happens on a real pack, right before signing',
  );
  smokeRun(appOutDir, work);

  const asarBytes = statSync(archivePath).size;
  const unpackedBytes = [...files.values()].filter((file) => file.unpacked).reduce((sum, file) => sum + file.size, 0);
  check(asarBytes <= ASAR_BUDGET_BYTES, `app.asar is ${mib(asarBytes)}, over its budget of ${mib(ASAR_BUDGET_BYTES)}`);
  say(
    `app.asar: ${mib(asarBytes)} (budget ${mib(ASAR_BUDGET_BYTES)}), ${files.size} files; ` +
      `unpacked beside it: ${mib(unpackedBytes)} (${[...files.values()].filter((file) => file.unpacked).length} files); ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  if (keep) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

if (failures.length > 0) {
  console.error(`pack:check FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
say('OK');
