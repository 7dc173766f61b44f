// The hostile-input suite's "changed nothing" check reuses a print of the tables while SQLite says
// no other connection committed: it must still see a commit, and a file added to the data folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fingerprint } from './fuzz-fingerprint';
import { seeded } from './fuzz-harness';

it('sees every committed change and every new file, and nothing else', async () => {
  const { env, reader } = await seeded();
  const first = fingerprint(reader, env.dataDir);
  expect(fingerprint(reader, env.dataDir)).toBe(first);

  await env.call('orgs.create', { name: '某区市场监督管理局', kind: 'department' });
  const afterCommit = fingerprint(reader, env.dataDir);
  expect(afterCommit).not.toBe(first);

  writeFileSync(join(env.dataDir, 'stray.txt'), 'x');
  expect(fingerprint(reader, env.dataDir)).not.toBe(afterCommit);
});
