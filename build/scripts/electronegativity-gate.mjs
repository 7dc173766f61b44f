// `npm run test:security`: runs Electronegativity (Doyensec's Electron security scanner) over the
// Electron shell, main/app, and fails on any finding that is not explained in ALLOWED below.
// The scanner exits 0 whatever it finds, so this script reads its report instead of trusting the
// exit code. Two more guards make a clean result mean something:
//   - every file in main/app must parse with the scanner's own parser (with -o the scanner
//     silently skips a file it cannot parse), and
//   - a canary: a throw-away TypeScript file with `nodeIntegration: true` must be flagged, which
//     proves the scanner still reads .ts files at all.
// The scanner may first wait ~10 s on network calls (translations, Electron release list) that
// are refused offline; that does not affect the result.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const TARGET = join(root, 'main', 'app');

/**
 * Findings we accept, each with the reason. Matched on check ID, file (relative to main/app)
 * and, where the same check can say different things, the finding's description.
 */
const ALLOWED = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'window.ts',
    description: /parse/i,
    why:
      'The scanner sees the Content-Security-Policy header set from the constant CONTENT_SECURITY_POLICY ' +
      'and cannot evaluate an identifier, so it reports "failed to parse". The policy itself is strict ' +
      "(script-src 'self' only, object-src/base-uri/form-action/frame-ancestors 'none') and its exact " +
      'text and its application to every response are asserted in main/app/window.test.ts.',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'window.ts',
    why:
      'A "review the preload" reminder, raised for any preload. Reviewed: main/app/preload.ts runs with ' +
      'sandbox and contextIsolation on and exposes exactly one function, call(method, input), over one ' +
      'IPC channel whose handler refuses foreign senders (preload.test.ts and ipc.test.ts assert both).',
  },
];

const scannerPackage = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const scannerCli = join(scannerPackage, 'dist', 'index.js');

/** The Electron version we ship, so version-dependent checks judge the right defaults. */
function shippedElectronVersion() {
  const config = parseYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const version = config?.electronVersion;
  if (typeof version !== 'string') throw new Error('electron-builder.yml has no electronVersion');
  return version;
}

/** Runs the CLI with a SARIF report and returns the report's findings. */
function scan(input, electronVersion, extraArgs = []) {
  const workDir = mkdtempSync(join(tmpdir(), 'fashen-electronegativity-'));
  const report = join(workDir, 'report.sarif');
  try {
    const result = spawnSync(
      process.execPath,
      [scannerCli, '-i', input, '-o', report, '-r', '-e', electronVersion, ...extraArgs],
      // English descriptions whatever the machine's locale, so the allow-list matches.
      { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' }, timeout: 180_000 },
    );
    if (result.status !== 0) {
      throw new Error(`electronegativity exited with ${String(result.status)}\n${result.stdout}\n${result.stderr}`);
    }
    let sarif;
    try {
      sarif = JSON.parse(readFileSync(report, 'utf8'));
    } catch (error) {
      throw new Error(
        `electronegativity wrote no readable report (${error.message})\n${result.stdout}\n${result.stderr}`,
        {
          cause: error,
        },
      );
    }
    return (sarif.runs?.[0]?.results ?? []).map((finding) => {
      const location = finding.locations?.[0]?.physicalLocation;
      return {
        id: finding.ruleId,
        description: finding.message?.text ?? '',
        file: (location?.artifactLocation?.uri ?? '').replace(/^[/\\]+/, '').replaceAll('\\', '/'),
        line: location?.region?.startLine ?? 0,
      };
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Files the scanner would read (same rule as its loader), each parsed with its own parser. */
function unparsableFiles(dir) {
  const { Parser } = require(join(scannerPackage, 'dist', 'parser', 'parser.js'));
  const parser = new Parser(false, true); // the runner's settings: TypeScript through Babel first
  const problems = [];
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'].includes(extname(name).toLowerCase())) files.push(path);
    }
  };
  walk(dir);
  for (const file of files) {
    try {
      const [, data, , warnings] = parser.parse(file, readFileSync(file, 'utf8'));
      if (data === null) problems.push(`${relative(root, file)}: not parsed`);
      for (const warning of warnings ?? []) problems.push(`${relative(root, file)}: ${warning.message}`);
    } catch (error) {
      problems.push(`${relative(root, file)}: ${error.message}`);
    }
  }
  return { files: files.length, problems };
}

/** True when the scanner flags an obviously insecure window written in TypeScript. */
function canaryIsFlagged(electronVersion) {
  const dir = mkdtempSync(join(tmpdir(), 'fashen-electronegativity-canary-'));
  try {
    writeFileSync(
      join(dir, 'canary.ts'),
      "import type { BrowserWindowConstructor } from './electron-api';\n" +
        'export function open(BrowserWindow: BrowserWindowConstructor): void {\n' +
        '  new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n}\n',
    );
    return scan(dir, electronVersion, ['-l', 'NodeIntegrationJSCheck']).some(
      (f) => f.id === 'NODE_INTEGRATION_JS_CHECK',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function justification(finding) {
  return ALLOWED.find(
    (rule) =>
      rule.id === finding.id &&
      (rule.file === undefined || rule.file === finding.file) &&
      (rule.description === undefined || rule.description.test(finding.description)),
  );
}

function main() {
  const electronVersion = shippedElectronVersion();
  const failures = [];

  const parsed = unparsableFiles(TARGET);
  if (parsed.problems.length > 0) {
    failures.push(
      `the scanner cannot parse these files, so they would go unchecked:\n  ${parsed.problems.join('\n  ')}`,
    );
  }
  if (!canaryIsFlagged(electronVersion)) {
    failures.push('canary not flagged: electronegativity did not report nodeIntegration: true in a .ts file');
  }

  const findings = scan(TARGET, electronVersion);
  const justified = findings.filter((finding) => justification(finding) !== undefined);
  const unexplained = findings.filter((finding) => justification(finding) === undefined);
  for (const finding of unexplained) {
    failures.push(`${finding.id} at main/app/${finding.file}:${finding.line}: ${finding.description}`);
  }
  for (const rule of ALLOWED) {
    if (!findings.some((finding) => justification(finding) === rule)) {
      console.log(
        `electronegativity: note: allow-list entry ${rule.id} (${rule.file ?? 'any file'}) matched nothing; remove it if the finding is gone for good`,
      );
    }
  }

  console.log(
    `electronegativity: ${findings.length} findings, ${justified.length} justified, ${unexplained.length} unexplained ` +
      `(${parsed.files} files in main/app, Electron ${electronVersion})`,
  );
  if (failures.length > 0) {
    console.error(`electronegativity gate FAILED:\n- ${failures.join('\n- ')}`);
    console.error(
      'Fix the code, or if a finding is a false positive, add it to ALLOWED in this script with the reason.',
    );
    process.exit(1);
  }
}

main();
