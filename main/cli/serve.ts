import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CliCommand } from './types';
import { DATABASE_FILE, openBackend } from '../api/backend';
import { runStartupBackup } from '../db/backup-startup';
import { createHttpDoor, rendererIsBuilt } from '../http/server';
import { resolveDataDir } from '../runtime/data-dir';
import { appRoot } from '../runtime/app-root';
import { describeCliError } from './errors';

/** How long after start-up the daily backup begins. */
const STARTUP_BACKUP_DELAY_MS = 20_000;

/** Browser mode: the built renderer and the same API, on 127.0.0.1 only. Runs until interrupted. */
export const serveCommand: CliCommand = async (args, io) => {
  let port: number;
  let dataDir: string;
  try {
    const { values } = parseArgs({ args: [...args], options: { port: { type: 'string' }, 'data-dir': { type: 'string' } }, strict: true });
    port = values.port === undefined ? 5178 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口“${values.port}”无效，应为 0–65535 的整数`);
    dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return 2;
  }
  const rendererDir = join(appRoot(), 'dist', 'renderer');
  if (!(await rendererIsBuilt(rendererDir))) {
    io.stderr('界面尚未构建：请先运行 npm run build:renderer（npm ci 会自动构建）。\n');
    return 1;
  }
  const backend = openBackend({ dataDir, ...testClock() });
  // Once a day. Its integrity check runs on this thread and takes seconds on a large database, so
  // it waits until the person has the app on screen. (A worker thread would remove the pause.)
  let startupBackup: Promise<void> = Promise.resolve();
  const backupTimer = setTimeout(() => {
    startupBackup = runStartupBackup({ dataDir, databasePath: join(dataDir, DATABASE_FILE), now: new Date() }).then((result) => {
      if (result.problem) io.stderr(`${result.problem}\n`);
    });
  }, STARTUP_BACKUP_DELAY_MS);
  backupTimer.unref();
  const { server } = createHttpDoor({ dispatch: backend.dispatch, rendererDir });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  io.stdout(`法审工作台（浏览器模式）已启动 / Fashen Desk is running: http://127.0.0.1:${address.port}/\n数据文件夹 / data folder: ${dataDir}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      // Browsers keep idle connections open; without closing them the process would linger.
      clearTimeout(backupTimer);
      server.close();
      server.closeAllConnections();
      void startupBackup.finally(() => {
        backend.close();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
};

/**
 * FASHEN_TEST_NOW fixes the clock (ISO instant) for end-to-end tests of deadlines. It is read from
 * the environment only, never from the page, so a user cannot set it by accident.
 */
function testClock(): { now?: () => Date } {
  const fixed = process.env['FASHEN_TEST_NOW'];
  if (!fixed) return {};
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new Error('FASHEN_TEST_NOW is not an ISO instant');
  return { now: () => date };
}
