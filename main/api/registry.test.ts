import { afterEach, describe, expect, it } from 'vitest';
import type { ApiContext } from './context';
import { HandlerTable } from './registry';
import { testBackend } from './testing/backend';

// A restore replaces the database. Once it ran in a worker thread, other commands could be answered
// while it staged — and then vanish with the swap. An exclusive command runs alone.

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('exclusive commands', () => {
  it('wait for the async commands under way, and hold every later command until they are done', async () => {
    const table = new HandlerTable();
    const order: string[] = [];
    const rendering = deferred();
    const restoring = deferred();
    table.registerAsync('system.info', async () => {
      order.push('issue starts');
      await rendering.promise;
      order.push('issue ends');
      return null as never;
    });
    table.registerExclusive('data.listBackups', async () => {
      order.push('restore starts');
      await restoring.promise;
      order.push('restore ends');
      return null as never;
    });
    table.registerAsync('home.attention', async () => {
      order.push('later command');
      return Promise.resolve([]);
    });
    // Signed in (a trusted test actor: no person, so the session needs no database to refresh).
    const client = { id: 'test', door: '测试', lastActive: 0, actor: { staffId: null, name: '测试', admin: true } };
    const ctx = { client, now: () => new Date() } as ApiContext;
    const issue = table.dispatch('system.info', {}, ctx);
    const restore = table.dispatch('data.listBackups', {}, ctx);
    const later = table.dispatch('home.attention', {}, ctx);
    await new Promise((done) => setTimeout(done, 20));
    expect(order).toEqual(['issue starts']);
    rendering.resolve();
    await new Promise((done) => setTimeout(done, 20));
    expect(order).toEqual(['issue starts', 'issue ends', 'restore starts']);
    restoring.resolve();
    await Promise.all([issue, restore, later]);
    expect(order).toEqual(['issue starts', 'issue ends', 'restore starts', 'restore ends', 'later command']);
  });
});

describe('a restore through the app', () => {
  let env: ReturnType<typeof testBackend> | undefined;
  afterEach(() => env?.backend.close());

  it('keeps a save made while it runs: the save waits and lands in the restored data', async () => {
    env = testBackend();
    await env.call('orgs.create', { name: '区市场监督管理局', kind: 'department' });
    const backup = await env.call('data.backupNow', {});
    await env.call('orgs.create', { name: '备份之后登记的单位', kind: 'department' });

    const restore = env.backend.dispatch('data.restore', { file: backup.file });
    const meanwhile = env.backend.dispatch('orgs.create', { name: '恢复期间登记的单位', kind: 'department' });
    expect(await restore).toMatchObject({ ok: true });
    expect(await meanwhile).toMatchObject({ ok: true });

    const names = (await env.call('orgs.list', {})).map((org) => org.name);
    expect(names).toContain('区市场监督管理局');
    expect(names).toContain('恢复期间登记的单位');
    // The restore did happen: what came after the backup (and before the restore) is set aside.
    expect(names).not.toContain('备份之后登记的单位');
  });
});
