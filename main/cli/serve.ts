import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CliCommand } from './types';
import { DATABASE_FILE, openLockedBackend } from '../api/backend';
import { startBackupSchedule } from '../core/data/backup-schedule';
import { createHttpDoor, rendererIsBuilt } from '../http/server';
import { resolveDataDir } from '../runtime/data-dir';
import { appRoot } from '../runtime/app-root';
import { describeCliError } from './errors';
import { asDamagedDatabase } from '../core/data/damaged-database';

/** Browser mode: the built renderer and the same API, on 127.0.0.1 only. Runs until interrupted. */
export const serveCommand: CliCommand = async (args, io) => {
  let port: number;
  let dataDir: string;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    port = values.port === undefined ? 5178 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`端口“${values.port}”无效，应为 0–65535 的整数`);
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
  let backend: ReturnType<typeof openLockedBackend>;
  try {
    backend = openLockedBackend({ dataDir, ...testClock() }, '浏览器模式');
  } catch (error) {
    io.stderr(`${describeCliError(asDamagedDatabase(error, dataDir, join(dataDir, DATABASE_FILE)))}\n`);
    return 1;
  }
  const { server } = createHttpDoor({ dispatch: backend.dispatch, rendererDir });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    // A busy port (EADDRINUSE) or one we may not use (EACCES): one line, and the folder given back.
    backend.close();
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      code === 'EADDRINUSE'
        ? `端口 ${port} 已被占用（可能已有一个浏览器模式在运行），请关闭它或换一个端口（--port）。\n`
        : code === 'EACCES'
          ? `没有权限使用端口 ${port}，请换一个端口（--port，建议 1024 以上）。\n`
          : `无法在端口 ${port} 上启动：${describeCliError(error)}\n`,
    );
    return 1;
  }
  const address = server.address() as AddressInfo;
  // The daily backup: 20 s after start-up (the page is on screen first), then whenever one is due
  // while the app stays open (checked hourly). Its verification runs in a worker thread.
  const backups = startBackupSchedule({
    dataDir,
    databasePath: join(dataDir, DATABASE_FILE),
    onResult: (result) => {
      if (result.problem) io.stderr(`${result.problem}\n`);
    },
  });
  io.stdout(
    `法审工作台（浏览器模式）已启动 / Fashen Desk is running: http://127.0.0.1:${address.port}/\n数据文件夹 / data folder: ${dataDir}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      // Browsers keep idle connections open; without closing them the process would linger.
      server.close();
      server.closeAllConnections();
      // A backup already running is finished (it uses its own connection), then the database closes.
      void backups.close().finally(() => {
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
