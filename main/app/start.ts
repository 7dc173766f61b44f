// Start-up and shut-down of the Electron shell, with every outside thing injected so the whole
// sequence runs in a unit test against a fake Electron: data folder, single-instance lock,
// backend, IPC, menu, window, and closing the database on quit.

import { arch, release, type, version } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATABASE_FILE } from '../api/backend';
import type { Backend } from '../api/dispatch-types';
import { asDamagedDatabase } from '../core/data/damaged-database';
import { showAbout } from './about';
import { showAttentionNotice } from './attention-notice';
import { createCrashReporter, installCrashHandlers } from './crash';
import { exportDiagnostics } from './diagnostics';
import type { BrowserWindow, ElectronMain, Notification } from './electron-api';
import { ownWindowSenderCheck, registerIpc } from './ipc';
import { createLogger, describeError } from './log';
import type { Logger } from './log';
import { installMenu, openDataFolder, printWindow } from './menu';
import { createMainWindow, focusWindow, rendererIndexPath } from './window';
import { captureWindowState, fitToDisplays, readWindowState, windowStatePath, writeWindowState } from './window-state';

/** Same as appId in electron-builder.yml: Windows groups the taskbar button under it. */
export const APP_USER_MODEL_ID = 'cn.fashen.desk';

export interface ShellDependencies {
  electron: ElectronMain;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  process: NodeJS.Process;
  /** process.versions: Node's, plus electron and chrome inside Electron. */
  versions: NodeJS.ProcessVersions;
  /** Electron's process.resourcesPath (the install folder's resources/); undefined outside Electron. */
  resourcesPath: string | undefined;
  appRoot: () => string;
  resolveDataDir: (argv: readonly string[], env: NodeJS.ProcessEnv) => string;
  openBackend: (options: { dataDir: string }) => Backend;
  /**
   * Starts the automatic backups (backup-schedule.ts: shortly after start-up, then whenever one is
   * due while the app stays open); problems go to `report`. Stopped on quit. Optional in tests.
   */
  startBackups?: (dataDir: string, report: (problem: string) => void) => { close(): Promise<void> };
}

export interface ShellHandle {
  dataDir: string;
  logger: Logger;
  /** Settles once the window has loaded, or start-up has failed and been reported. Never rejects. */
  ready: Promise<void>;
  getWindow: () => BrowserWindow | undefined;
  getStartupNotice: () => Notification | undefined;
}

export const STARTUP_FAILED_TITLE = '法审工作台无法启动';

export function startupFailureMessage(error: unknown, dataDir: string): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `${detail}\n\n数据文件夹：${dataDir}\n\n程序将退出。已保存的数据没有被改动。`;
}

/** For the diagnostics file, e.g. "Windows_NT 10.0.19045 (Windows 10 Pro), x64". */
export function osDescription(): string {
  return `${type()} ${release()} (${version()}), ${arch()}`;
}

/** Returns undefined when another copy of the app already owns this data folder. */
export function startShell(deps: ShellDependencies): ShellHandle | undefined {
  const { app, dialog } = deps.electron;
  const dataDir = deps.resolveDataDir(deps.argv, deps.env);
  // Electron would name its folder after productName (法审工作台); ours is fashen-desk, and
  // Electron's own files (cache, local storage) belong in the same place. Must precede 'ready'
  // and the single-instance lock, which lives in this folder: two different data folders (an
  // e2e run, a training copy) can run side by side, the same folder only once.
  app.setPath('userData', dataDir);
  const logger = createLogger(dataDir);
  installCrashHandlers(
    deps.process,
    createCrashReporter({ logger, showErrorBox: (title, content) => dialog.showErrorBox(title, content) }),
  );

  if (!app.requestSingleInstanceLock()) {
    // The first copy receives 'second-instance' and comes to the front; this one just leaves.
    app.quit();
    return undefined;
  }
  if (deps.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  logger.log('info', `starting ${app.getVersion()} (packaged: ${String(app.isPackaged)}), data folder ${dataDir}`);

  let window: BrowserWindow | undefined;
  let backend: Backend | undefined;
  let backups: { close(): Promise<void> } | undefined;
  // Held for the life of the app: Electron forgets the click handler of a collected notification.
  let startupNotice: Notification | undefined;

  app.on('second-instance', () => focusWindow(window));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    // No further backup checks. One still running has its own connection; if the app exits under
    // it, its temp file is swept at the next start and it is made again.
    void backups?.close();
    backups = undefined;
    // Every command already committed; closing checkpoints the WAL so the file is tidy on disk.
    backend?.close();
    backend = undefined;
    logger.log('info', 'stopped');
  });

  const failStartup = (error: unknown): void => {
    logger.log('error', 'start-up failed', error);
    // A damaged database: SQLite's words stay in the log; the dialog says how to restore from a backup.
    const explained = asDamagedDatabase(error, dataDir, join(dataDir, DATABASE_FILE), 'desktop');
    dialog.showErrorBox(STARTUP_FAILED_TITLE, startupFailureMessage(explained, dataDir));
    app.quit();
  };

  const launch = async (): Promise<void> => {
    const opened = deps.openBackend({ dataDir });
    backend = opened;
    // The window's own session: whoever signs in on it acts through it; it ends when the app closes.
    const windowClient = opened.openClient('桌面程序');
    // The daily backup, verified in a worker thread; the first one waits until the window is up.
    backups = deps.startBackups?.(dataDir, (problem) => logger.log('warn', problem));
    const root = deps.appRoot();
    const indexUrl = pathToFileURL(rendererIndexPath(root)).href;
    registerIpc({
      ipcMain: deps.electron.ipcMain,
      dispatch: windowClient.dispatch,
      isTrustedSender: ownWindowSenderCheck(() => window, indexUrl),
      logger,
    });
    installMenu(deps.electron.Menu, {
      isPackaged: app.isPackaged,
      platform: deps.platform,
      print: () => printWindow(window, dialog, logger),
      openDataFolder: () => openDataFolder(deps.electron.shell, dialog, dataDir, logger),
      exportDiagnostics: () => {
        exportDiagnostics({
          app,
          dialog,
          shell: deps.electron.shell,
          dataDir,
          dispatch: opened.dispatch,
          logger,
          versions: deps.versions,
          os: osDescription(),
          now: () => new Date(),
        }).catch((error: unknown) => logger.log('error', 'exporting diagnostics failed', error));
      },
      showAbout: () =>
        showAbout({
          dialog,
          shell: deps.electron.shell,
          version: app.getVersion(),
          dataDir,
          runtime: { electron: deps.versions['electron'], chrome: deps.versions['chrome'], node: deps.versions.node },
          licensesDir:
            app.isPackaged && deps.resourcesPath !== undefined ? join(deps.resourcesPath, 'licenses') : undefined,
          logger,
        }),
    });

    const stateFile = windowStatePath(dataDir);
    const workAreas = deps.electron.screen.getAllDisplays().map((display) => display.workArea);
    const created = createMainWindow({
      BrowserWindow: deps.electron.BrowserWindow,
      appRoot: root,
      isPackaged: app.isPackaged,
      state: fitToDisplays(readWindowState(stateFile), workAreas),
    });
    const mainWindow = created.window;
    window = mainWindow;
    mainWindow.on('close', () => {
      try {
        writeWindowState(stateFile, captureWindowState(mainWindow));
      } catch (error) {
        logger.log('warn', 'could not save the window size', error);
      }
    });
    mainWindow.webContents.on('render-process-gone', (_event, details) => {
      logger.log('error', `renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
    });
    try {
      await created.loaded;
    } catch (error) {
      // A reload while the first load is in flight aborts it; the page is still coming.
      if (!(error instanceof Error && error.message.includes('ERR_ABORTED'))) throw error;
      logger.log('warn', 'first load of the renderer was superseded', error);
    }
    // Nobody is signed in yet at start-up: the notice shows nothing of the cases (NOT_SIGNED_IN).
    startupNotice = await showAttentionNotice({
      Notification: deps.electron.Notification,
      dispatch: windowClient.dispatch,
      onClick: () => focusWindow(window),
      logger,
    });
    // The window is up and its first screen asked for: the paper engine warms while the clerk
    // reads it, so the first paper printed costs what a later one does (warm-up.ts).
    void opened.warmUpPapers().then((result) => {
      if (!result.ok) logger.log('warn', `warming up the papers failed: ${result.problem}`);
    });
  };

  const ready = app
    .whenReady()
    .then(launch)
    .catch((error: unknown) => {
      try {
        failStartup(error);
      } catch (reportError) {
        process.stderr.write(`${describeError(error)}\n${describeError(reportError)}\n`);
      }
    });

  return { dataDir, logger, ready, getWindow: () => window, getStartupNotice: () => startupNotice };
}
