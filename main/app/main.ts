// Entry of the Electron main process (bundled to dist/main/main.cjs). Only wiring: the real
// Electron module and the real backend go into startShell; everything else lives in start.ts.

import { join } from 'node:path';
import { DATABASE_FILE } from '../api/backend';
import { openLockedBackend } from '../runtime/locked-backend';
import { startBackupSchedule } from '../core/data/backup-schedule';
import { appRoot } from '../platform/app-root';
import { resolveDataDir } from '../runtime/data-dir';
import { desktopActions } from './desktop-actions';
import { loadElectronMain } from './electron-api';
import { startShell } from './start';

const electron = loadElectronMain();

startShell({
  electron,
  argv: process.argv,
  env: process.env,
  platform: process.platform,
  process,
  versions: process.versions,
  // Electron adds resourcesPath to process; Node's types do not know it.
  resourcesPath: (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath,
  appRoot,
  resolveDataDir: (argv, env) => resolveDataDir(argv, env),
  // What the screens need from the desktop: show an issued file in its folder, pick a folder or file.
  // The data folder is this program's while it runs: a browser-mode server on it is refused, and vice versa.
  openBackend: (options) => openLockedBackend({ ...options, desktop: desktopActions(electron) }, '桌面程序'),
  startBackups: (dataDir, report) =>
    startBackupSchedule({
      dataDir,
      databasePath: join(dataDir, DATABASE_FILE),
      onResult: (result) => {
        if (result.problem) report(result.problem);
      },
    }),
});
