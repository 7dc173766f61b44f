import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CliCommand } from './types';
import { DATABASE_FILE } from '../api/backend';
import { openLockedBackend } from '../runtime/locked-backend';
import { startBackupSchedule } from '../core/data/backup-schedule';
import { createHttpDoor, rendererIsBuilt } from '../http/server';
import { resolveDataDir } from '../runtime/data-dir';
import { appRoot } from '../platform/app-root';
import { describeCliError } from './errors';
import { asDamagedDatabase } from '../core/data/damaged-database';
import type { Server } from 'node:http';
import { isIP } from 'node:net';
import { lanAddress, lanSwitchedOn } from '../http/lan';
import { lanCertificate } from '../http/lan-cert';
import { letSubsetWorkersGo } from '../core/documents/font-subsets';

/** The paper engine warms this long after the server is up: the browser's first page comes first. */
const WARM_UP_AFTER_MS = 2000;

/** Browser mode: the built renderer and the same API, on 127.0.0.1 only. Runs until interrupted. */
export const serveCommand: CliCommand = async (args, io) => {
  let port: number;
  let dataDir: string;
  let lanAsked: boolean;
  let lanHost: string | undefined;
  let lanPort: number;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        lan: { type: 'boolean' },
        host: { type: 'string' },
        'lan-port': { type: 'string' },
      },
      strict: true,
    });
    port = values.port === undefined ? 5178 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`端口“${values.port}”无效，应为 0–65535 的整数`);
    dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
    lanAsked = values.lan === true;
    lanHost = values.host;
    lanPort = values['lan-port'] === undefined ? 5179 : Number(values['lan-port']);
    if (!Number.isInteger(lanPort) || lanPort < 0 || lanPort > 65535)
      throw new Error(`端口“${values['lan-port']}”无效，应为 0–65535 的整数`);
    if (lanHost !== undefined && isIP(lanHost) === 0) throw new Error(`地址“${lanHost}”无效，应为本机的 IP 地址`);
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
  const { server } = createHttpDoor({ backend, rendererDir, door: '浏览器' });
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
  // Office-network mode (--lan, or switched on in 设置): the same backend over HTTPS on the LAN address.
  let lanServer: Server | undefined;
  const lanOn = lanAsked || (await lanSwitchedOn(backend));
  if (lanOn) {
    const host = lanHost ?? lanAddress();
    if (!host) {
      io.stderr('未找到本机的局域网地址，办公室网络模式未开启；可用 --host <地址> 指定。\n');
    } else {
      const certificate = await lanCertificate(dataDir, host);
      backend.setCertificateFingerprint(certificate.fingerprint);
      lanServer = createHttpDoor({
        backend,
        rendererDir,
        door: '办公室网络',
        tls: { key: certificate.key, cert: certificate.cert },
        hosts: [host],
      }).server;
      const listening = lanServer;
      try {
        await new Promise<void>((resolve, reject) => {
          listening.once('error', reject);
          listening.listen(lanPort, host, () => resolve());
        });
      } catch (error) {
        server.close();
        backend.close();
        const code = (error as NodeJS.ErrnoException).code;
        io.stderr(
          code === 'EADDRINUSE'
            ? `端口 ${lanPort} 已被占用，办公室网络模式无法启动，请换一个端口（--lan-port）。\n`
            : code === 'EADDRNOTAVAIL'
              ? `地址 ${host} 不是本机的地址，办公室网络模式无法启动（--host）。\n`
              : `无法在 ${host}:${lanPort} 上启动办公室网络模式：${describeCliError(error)}\n`,
        );
        return 1;
      }
      const lanAt = (listening.address() as AddressInfo).port;
      io.stdout(
        `办公室网络模式 / office network: https://${host}:${lanAt}/\n证书指纹（SHA-256）/ certificate fingerprint: ${certificate.fingerprint}\n`,
      );
    }
  }
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
  // Once the first page is likely on screen, the paper engine warms (warm-up.ts), a step per turn
  // of the event loop, so the first paper printed costs what a later one does.
  const stopping = new AbortController();
  const warmUp = setTimeout(() => {
    void backend.warmUpPapers(stopping.signal).then((result) => {
      if (!result.ok && !stopping.signal.aborted)
        io.stderr(`文书引擎预热未完成（不影响出具文书）：${result.problem}\n`);
    });
  }, WARM_UP_AFTER_MS);
  await new Promise<void>((resolve) => {
    const stop = () => {
      // The warm-up stops between two steps, and a font copy being made no longer holds the
      // process: it is made again another time.
      clearTimeout(warmUp);
      stopping.abort();
      letSubsetWorkersGo();
      // Browsers keep idle connections open; without closing them the process would linger.
      server.close();
      server.closeAllConnections();
      lanServer?.close();
      lanServer?.closeAllConnections();
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
