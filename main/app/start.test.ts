import { describe, it, expect, vi } from 'vitest';
import type { AttentionItem } from '../../shared/contract';
import type { MenuItemConstructorOptions } from './electron-api';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Backend, Dispatch } from '../api/dispatch-types';
import { createFakeElectron, fakeEvent, fakeInvokeEvent } from './testing/fake-electron';
import { FASHEN_CHANNEL } from './ipc-channel';
import { logFilePath } from './log';
import { APP_USER_MODEL_ID, startShell, STARTUP_FAILED_TITLE } from './start';
import type { ShellDependencies } from './start';
import { rendererIndexPath } from './window';
import { windowStatePath } from './window-state';

/** A backend whose every client answers through `dispatch`. */
function fakeBackend(dispatch: Dispatch, dataDir: string) {
  const client = {
    id: 'window',
    dispatch,
    session: { id: 'window', door: '桌面程序', actor: null, lastActive: 0 },
    end: vi.fn(),
  };
  return {
    dispatch,
    dataDir,
    client,
    openClient: vi.fn(() => client),
    findClient: vi.fn(() => undefined),
    setCertificateFingerprint: vi.fn(),
    warmUpPapers: vi.fn<Backend['warmUpPapers']>(() => Promise.resolve({ ok: true as const })),
    close: vi.fn<Backend['close']>(),
  };
}

function setup(overrides: Partial<ShellDependencies> = {}) {
  const electron = createFakeElectron();
  const dataDir = mkdtempSync(join(tmpdir(), 'fashen-shell-'));
  const root = '/opt/fashen/resources/app.asar';
  const dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: 'ok' }));
  const backend = fakeBackend(dispatch, dataDir);
  const openBackend = vi.fn((_options: { dataDir: string }) => backend);
  const resolveDataDir = vi.fn((_argv: readonly string[], _env: NodeJS.ProcessEnv) => dataDir);
  const deps: ShellDependencies = {
    electron,
    argv: ['electron', '.', '--data-dir', dataDir],
    env: {},
    platform: 'linux',
    process: new EventEmitter() as unknown as NodeJS.Process,
    versions: { ...process.versions, electron: '41.7.1', chrome: '146.0.7680.0' },
    resourcesPath: '/opt/fashen/resources',
    appRoot: () => root,
    resolveDataDir,
    openBackend,
    ...overrides,
  };
  const handle = startShell(deps);
  return { electron, dataDir, root, backend, dispatch, openBackend, resolveDataDir, deps, handle };
}

async function started(overrides: Partial<ShellDependencies> = {}) {
  const context = setup(overrides);
  if (!context.handle) throw new Error('shell did not start');
  await context.handle.ready;
  const window = context.electron.windows[0];
  if (!window) throw new Error('no window');
  return { ...context, handle: context.handle, window };
}

describe('startShell', () => {
  it('puts Electron’s own files in our data folder before taking the single-instance lock', () => {
    const { electron, dataDir, resolveDataDir } = setup();
    expect(resolveDataDir).toHaveBeenCalledWith(['electron', '.', '--data-dir', dataDir], {});
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    const setPathOrder = electron.app.setPath.mock.invocationCallOrder[0] ?? Infinity;
    const lockOrder = electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? -Infinity;
    expect(setPathOrder).toBeLessThan(lockOrder);
  });

  it('opens the backend on the data folder, registers IPC once and shows the renderer', async () => {
    const { electron, dataDir, root, openBackend, window, dispatch } = await started();
    expect(openBackend).toHaveBeenCalledWith({ dataDir });
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(window.loadFile).toHaveBeenCalledWith(rendererIndexPath(root));

    const handler = electron.ipcMain.handlers.get(FASHEN_CHANNEL);
    const event = fakeInvokeEvent(window.webContents, pathToFileURL(rendererIndexPath(root)).href);
    await expect(handler?.(event, 'cases.list', { page: 1 })).resolves.toEqual({ ok: true, value: 'ok' });
    expect(dispatch).toHaveBeenCalledWith('cases.list', { page: 1 });
  });

  it('warms the paper engine once the window has loaded and its notice is out; a failure goes to the log only', async () => {
    const { backend, window, dataDir } = await started();
    expect(window.loadFile).toHaveBeenCalled();
    expect(backend.warmUpPapers).toHaveBeenCalledTimes(1);
    const loaded = window.loadFile.mock.invocationCallOrder[0] ?? Infinity;
    expect(loaded).toBeLessThan(backend.warmUpPapers.mock.invocationCallOrder[0] ?? -Infinity);

    const failing = fakeBackend(
      vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: null })),
      dataDir,
    );
    failing.warmUpPapers.mockResolvedValue({ ok: false, problem: '字体文件读不出' });
    const second = await started({ openBackend: () => failing });
    // The shell's own handler was attached to this promise first: it has run once this resumes.
    await failing.warmUpPapers.mock.results[0]?.value;
    expect(readFileSync(logFilePath(second.dataDir), 'utf8')).toContain('warming up the papers failed: 字体文件读不出');
    expect(second.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('a second launch (lock already taken) quits at once without opening anything', () => {
    const second = createFakeElectron();
    second.app.gotLock = false;
    const { handle, openBackend } = setup({ electron: second });
    expect(handle).toBeUndefined();
    expect(second.app.quit).toHaveBeenCalled();
    expect(second.app.whenReady).not.toHaveBeenCalled();
    expect(openBackend).not.toHaveBeenCalled();
    expect(second.windows).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { electron, window } = await started();
    window.minimized = true;
    electron.app.emit('second-instance', fakeEvent(), ['fashen'], '/home', {});
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits when the window is closed and closes the backend exactly once', async () => {
    const { electron, backend } = await started();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
    electron.app.emit('will-quit', fakeEvent());
    electron.app.emit('will-quit', fakeEvent());
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('starts the automatic backups once the backend is open, logs their problems and stops them on quit', async () => {
    const close = vi.fn(() => Promise.resolve());
    let report: ((problem: string) => void) | undefined;
    const startBackups = vi.fn((_dataDir: string, onProblem: (problem: string) => void) => {
      report = onProblem;
      return { close };
    });
    const { electron, dataDir, openBackend, handle } = await started({ startBackups });
    expect(startBackups).toHaveBeenCalledTimes(1);
    expect(startBackups.mock.calls[0]?.[0]).toBe(dataDir);
    expect(openBackend.mock.invocationCallOrder[0] ?? Infinity).toBeLessThan(
      startBackups.mock.invocationCallOrder[0] ?? -Infinity,
    );
    report?.('自动备份未完成：磁盘空间不足');
    expect(readFileSync(logFilePath(handle.dataDir), 'utf8')).toContain('自动备份未完成：磁盘空间不足');
    electron.app.emit('will-quit', fakeEvent());
    electron.app.emit('will-quit', fakeEvent());
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('remembers the window size on close and uses it next time', async () => {
    const first = await started();
    first.window.normalBounds = { x: 30, y: 40, width: 1500, height: 950 };
    first.window.emit('close', fakeEvent());
    const file = windowStatePath(first.dataDir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 30,
      y: 40,
      width: 1500,
      height: 950,
      maximized: false,
    });

    const second = await started({ resolveDataDir: () => first.dataDir });
    expect(second.window.options).toMatchObject({ x: 30, y: 40, width: 1500, height: 950 });
  });

  it('opens at the default size when the saved window state is corrupt', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-shell-'));
    writeFileSync(windowStatePath(dataDir), '{ not json', 'utf8');
    const { window } = await started({ resolveDataDir: () => dataDir });
    expect(window.options).toMatchObject({ width: 1280, height: 800 });
    expect(window.options).not.toHaveProperty('x');
  });

  it('explains a damaged database in Chinese, with how to restore, and keeps SQLite’s words in the log', async () => {
    const { electron, handle } = setup({
      openBackend: () => {
        throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
      },
    });
    await handle?.ready;
    const [, message] =
      (electron.dialog.showErrorBox as unknown as { mock: { calls: [string, string][] } }).mock.calls[0] ?? [];
    expect(message).toContain('已损坏，无法打开');
    expect(message).toContain('设置 › 数据与系统');
    expect(message).not.toContain('malformed');
    // "Nothing changed" is said once, by the dialog's own closing line.
    expect(message?.match(/改动/g)).toHaveLength(1);
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('shows a Chinese error and quits when the database cannot be opened', async () => {
    const { electron, dataDir, handle } = setup({
      openBackend: () => {
        throw new Error('数据库由更新版本的法审工作台创建，当前版本无法打开。');
      },
    });
    await handle?.ready;
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      STARTUP_FAILED_TITLE,
      expect.stringContaining('更新版本'),
    );
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(readFileSync(logFilePath(dataDir), 'utf8')).toContain('start-up failed');
  });

  it('shows a Chinese error and quits when the renderer files are missing', async () => {
    // A window whose load fails the way Electron's does when dist/renderer is missing.
    const broken = createFakeElectron();
    const original = broken.BrowserWindow;
    broken.BrowserWindow = class extends original {
      constructor(...args: ConstructorParameters<typeof original>) {
        super(...args);
        this.loadFile = vi.fn(() =>
          Promise.reject(new Error("ERR_FILE_NOT_FOUND (-6) loading 'file:///x/index.html'")),
        );
      }
    } as typeof original;
    const second = setup({ electron: broken });
    await second.handle?.ready;
    expect(broken.dialog.showErrorBox).toHaveBeenCalledWith(
      STARTUP_FAILED_TITLE,
      expect.stringContaining('ERR_FILE_NOT_FOUND'),
    );
    expect(broken.app.quit).toHaveBeenCalled();
  });

  it('reports an uncaught exception through the crash handler', () => {
    const { electron, deps, dataDir } = setup();
    (deps.process as unknown as EventEmitter).emit('uncaughtException', new Error('kaboom'));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      '法审工作台遇到意外错误',
      expect.stringContaining('kaboom'),
    );
    expect(existsSync(logFilePath(dataDir))).toBe(true);
  });

  it('sets the Windows AppUserModelId only on Windows', () => {
    expect(setup({ platform: 'win32' }).electron.app.setAppUserModelId).toHaveBeenCalledWith(APP_USER_MODEL_ID);
    expect(setup({ platform: 'linux' }).electron.app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('after the window loads, shows one notification for urgent attention items; clicking it focuses the window', async () => {
    const urgent: AttentionItem[] = [
      { kind: 'deadline', level: 'danger', title: 'a', detail: '', link: '/', dueAt: null },
      { kind: 'deadline', level: 'warning', title: 'b', detail: '', link: '/', dueAt: null },
      { kind: 'case-submitted', level: 'info', title: 'c', detail: '', link: '/', dueAt: null },
    ];
    const dispatch = vi.fn<Dispatch>((method) =>
      Promise.resolve(method === 'home.attention' ? { ok: true, value: urgent } : { ok: true, value: null }),
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-shell-'));
    const { electron, window, handle } = await started({
      openBackend: () => fakeBackend(dispatch, dataDir),
      resolveDataDir: () => dataDir,
    });
    expect(dispatch).toHaveBeenCalledWith('home.attention', {});
    expect(electron.Notification.created).toHaveLength(1);
    const notice = electron.Notification.created[0];
    expect(notice?.options?.title).toBe('有 2 项事项需要处理');
    expect(notice?.shown).toBe(true);
    expect(handle.getStartupNotice()).toBe(notice);
    window.minimized = true;
    notice?.emit('click', fakeEvent());
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('shows no notification when nothing is urgent', async () => {
    const { electron } = await started();
    expect(electron.Notification.created).toHaveLength(0);
  });

  it('帮助 › 导出诊断信息 asks where to save the archive', async () => {
    const { electron } = await started();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const item = template.flatMap((menu) => menu.submenu ?? []).find((entry) => entry.label === '导出诊断信息…');
    item?.click?.();
    await vi.waitFor(
      () =>
        expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: '导出诊断信息' })),
      // Waits for the call, not for a time: generous for a loaded machine.
      { timeout: 30_000 },
    );
  });

  it('帮助 › 关于 shows the Electron version it runs on', async () => {
    const { electron } = await started();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    template
      .flatMap((menu) => menu.submenu ?? [])
      .find((entry) => entry.label === '关于法审工作台')
      ?.click?.();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.stringContaining('Electron 41.7.1') }),
    );
  });
});
