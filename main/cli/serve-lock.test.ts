import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serveCommand } from './serve';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Browser mode and the CLI restore take the data folder; a second program on it is refused in
// Chinese and changes nothing (runtime/data-lock.ts).

const REPO = resolve(import.meta.dirname, '..', '..');
const BIN = join(REPO, 'bin', 'fashen.mjs');
/**
 * Each step waits for its process to answer; this only stops one that hangs. Starting `serve`
 * (tsx, migrations) took over a minute on a loaded 2-core machine, past vitest's 60 s default.
 */
const SPAWN_GUARD_MS = 300_000;

function startServe(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], { cwd: REPO });
  return new Promise((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Fashen Desk is running')) done(child);
    });
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

describe('one program per data folder, from the shell', () => {
  it(
    'refuses a second serve and a restore while the app runs, and serves again once it has stopped',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'fashen-serve-lock-'));
      const first = await startServe(dataDir);
      try {
        const second = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], {
          cwd: REPO,
          encoding: 'utf8',
          timeout: SPAWN_GUARD_MS,
        });
        expect(second.status).toBe(1);
        expect(second.stderr).toContain('正被另一个法审工作台程序使用');
        expect(second.stderr).toContain('浏览器模式');
        const restore = spawnSync(
          process.execPath,
          [BIN, 'restore', '--in', join(dataDir, 'x.db'), '--data-dir', dataDir],
          { cwd: REPO, encoding: 'utf8', timeout: SPAWN_GUARD_MS },
        );
        expect(restore.status).toBe(1);
        expect(restore.stderr).toContain('正被另一个法审工作台程序使用');
      } finally {
        await stop(first);
      }
      await stop(await startServe(dataDir));
    },
    4 * SPAWN_GUARD_MS,
  );
});

describe('serve on a busy port', () => {
  it('says so in one Chinese line, exits non-zero and leaves no lock behind', async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', () => done()));
    const port = (busy.address() as AddressInfo).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-serve-busy-'));
    let stderr = '';
    try {
      const code = await serveCommand(['--port', String(port), '--data-dir', dataDir], {
        readStdin: () => Promise.resolve(''),
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
      });
      expect(code).toBe(1);
    } finally {
      busy.close();
    }
    expect(stderr).toBe(`端口 ${port} 已被占用（可能已有一个浏览器模式在运行），请关闭它或换一个端口（--port）。\n`);
    expect(existsSync(join(dataDir, 'fashen.lock'))).toBe(false);
  });
});
