import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering is a lint rule (eslint.config.js); these fixtures break it on purpose, so a config
// change that quietly stops the rule from firing fails here. They are ignored by the normal lint.
const root = join(import.meta.dirname, '..');

async function ruleIds(file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, ignore: false });
  const [result] = await eslint.lintFiles([join(root, file)]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
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
