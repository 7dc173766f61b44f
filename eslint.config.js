// Lint rules that keep the architecture honest: who may import whom is an error, not a hope.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];

// The one-way chain, as an allowlist: each layer of main/ names the folders it may import from;
// anything else under main/ (or renderer/) is an error.
//   shared <- platform <- db <- core <- api <- runtime <- doors (app, http, cli, and main/cli.ts)
// platform: facts about the installed program (where its files are, its version), for every layer;
// runtime: the doors' shared plumbing (the data folder, its lock, the locked backend).
const LAYERS = [
  { target: './shared', allow: [] },
  { target: './main/platform', allow: ['./platform'] },
  { target: './main/db', allow: ['./db', './platform'] },
  { target: './main/core', allow: ['./core', './db', './platform'] },
  { target: './main/api', allow: ['./api', './core', './db', './platform'] },
  { target: './main/runtime', allow: ['./runtime', './api', './core', './db', './platform'] },
  ...['app', 'http', 'cli'].map((door) => ({
    target: `./main/${door}`,
    // `fashen serve` is the CLI starting the HTTP door.
    allow: [`./${door}`, './api', './core', './db', './platform', './runtime', ...(door === 'cli' ? ['./http'] : [])],
  })),
  { target: './main/cli.ts', allow: ['./cli.ts', './cli', './api', './core', './db', './platform', './runtime'] },
];

const LAYER_ZONES = LAYERS.flatMap(({ target, allow }) => [
  {
    target,
    from: './main',
    except: allow,
    message: `${target.slice(2)} may import only from ${['shared', ...allow.map((a) => a.slice(2))].join(', ')} (the chain is shared ← platform ← db ← core ← api ← runtime ← app/http/cli).`,
  },
  { target, from: './renderer', message: 'main/ and shared/ never import the renderer.' },
  { target, from: './main/**/testing/**', message: 'Production code never imports test helpers (testing/ folders).' },
]);

// Tests and the helpers in testing/ folders may reach across layers (an api backend for a core
// test); nothing in production may import them.
const TEST_FILES = ['**/*.test.ts', '**/testing/**'];

function restrict(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/out/**',
      '**/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['main/**/*.ts', 'shared/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['main/**/*.ts', 'shared/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads only .js files by default; without these no-cycle never sees a .ts import.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: import.meta.dirname })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: ['**/main/**', '**/main'],
        message: 'renderer/ talks to the back end only through the contract in shared/.',
      },
      { group: NODE_BUILTINS, message: 'renderer/ runs in a sandboxed page: no Node modules.' },
      { group: ['electron'], message: 'renderer/ never imports electron; use the transport.' },
    ]),
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      {
        group: ['**/main/**', '**/renderer/**', 'react', 'react-dom', '@mantine/*', 'electron', 'better-sqlite3'],
        message: 'shared/ is imported by both sides: zod and plain TypeScript only.',
      },
      { group: NODE_BUILTINS, message: 'shared/ must not need Node.' },
    ]),
  },
  {
    files: ['main/core/**/*.ts'],
    rules: restrict([
      { group: ['electron', '**/app/**'], message: 'main/core/ never knows about Electron.' },
      {
        group: ['**/http/**', 'node:http', 'node:https', 'http', 'https'],
        message: 'main/core/ never knows about the HTTP door.',
      },
      { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' },
    ]),
  },
  {
    // Playwright fixtures use an empty destructuring pattern and a `use` callback by design.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Tools' config files must default-export; that is their contract, not ours.
    files: ['*.config.{ts,js,mjs}', 'eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
