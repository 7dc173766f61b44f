import { join, relative, sep } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering is a lint rule (eslint.config.js); these fixtures break it on purpose, so a config
// change that quietly stops the rule from firing fails here. They are ignored by the normal lint.
const root = join(import.meta.dirname, '..');

const FIXTURES = [
  'main/db/lint-fixtures/imports-core.ts',
  'main/api/lint-fixtures/imports-runtime.ts',
  'main/core/lint-fixtures/cycle-a.ts',
];

// One linter, one pass over the three fixtures: the typed lint builds main/'s program once.
let linted: Promise<Map<string, string[]>> | undefined;
async function ruleIds(file: string): Promise<string[]> {
  linted ??= new ESLint({ cwd: root, ignore: false })
    .lintFiles(FIXTURES.map((fixture) => join(root, fixture)))
    .then(
      (results) =>
        new Map(
          results.map((result) => [
            relative(root, result.filePath).split(sep).join('/'),
            result.messages.map((m) => m.ruleId ?? m.message),
          ]),
        ),
    );
  const ids = (await linted).get(file);
  if (!ids) throw new Error(`${file} was not linted`);
  return ids;
}

describe('the layering lint', () => {
  it('refuses an import from main/db up into main/core', async () => {
    expect(await ruleIds('main/db/lint-fixtures/imports-core.ts')).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import from main/api up into the doors’ plumbing (main/runtime)', async () => {
    expect(await ruleIds('main/api/lint-fixtures/imports-runtime.ts')).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import circle', async () => {
    expect(await ruleIds('main/core/lint-fixtures/cycle-a.ts')).toContain('import-x/no-cycle');
  });
});
