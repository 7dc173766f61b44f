import { describe, it, expect, vi } from 'vitest';
import type { MenuItemConstructorOptions } from './electron-api';
import { createFakeElectron, FakeBrowserWindow } from './testing/fake-electron';
import type { Logger } from './log';
import { buildMenuTemplate, installMenu, openDataFolder, printWindow } from './menu';
import type { MenuActions } from './menu';

function actions(overrides: Partial<MenuActions> = {}): MenuActions {
  return {
    isPackaged: true,
    platform: 'win32',
    print: vi.fn(),
    openDataFolder: vi.fn(),
    exportDiagnostics: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function find(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = flatten(items).find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}

const logger: Logger = { file: '/tmp/main.log', log: vi.fn() };

describe('application menu', () => {
  it('has the four Chinese top-level menus with the expected items', () => {
    const template = buildMenuTemplate(actions());
    const byMenu = Object.fromEntries(
      template.map((m) => [m.label, (m.submenu ?? []).flatMap((i) => (i.label ? [i.label] : []))]),
    );
    expect(byMenu).toEqual({
      文件: ['打印…', '打开数据文件夹', '退出'],
      编辑: ['撤销', '重做', '剪切', '复制', '粘贴', '全选'],
      视图: ['重新加载', '实际大小', '放大', '缩小', '全屏'],
      帮助: ['导出诊断信息…', '关于法审工作台'],
    });
  });

  it('labels every item in Chinese', () => {
    const labels = flatten(buildMenuTemplate(actions({ isPackaged: false }))).flatMap((i) =>
      i.label ? [i.label] : [],
    );
    expect(labels.length).toBeGreaterThan(15);
    for (const label of labels) expect(label).toMatch(/^[\u4e00-\u9fff…]+$/);
  });

  it('uses native roles for editing and view commands', () => {
    const template = buildMenuTemplate(actions());
    expect(find(template, '撤销').role).toBe('undo');
    expect(find(template, '全选').role).toBe('selectAll');
    expect(find(template, '实际大小').role).toBe('resetZoom');
    expect(find(template, '全屏').role).toBe('togglefullscreen');
    expect(find(template, '退出').role).toBe('quit');
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => flatten(buildMenuTemplate(actions({ isPackaged }))).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('wires print (Ctrl+P), the data folder, diagnostics and about to the actions', () => {
    const a = actions();
    const template = buildMenuTemplate(a);
    expect(find(template, '打印…').accelerator).toBe('CmdOrCtrl+P');
    find(template, '打印…').click?.();
    find(template, '打开数据文件夹').click?.();
    find(template, '导出诊断信息…').click?.();
    find(template, '关于法审工作台').click?.();
    expect(a.print).toHaveBeenCalledTimes(1);
    expect(a.openDataFolder).toHaveBeenCalledTimes(1);
    expect(a.exportDiagnostics).toHaveBeenCalledTimes(1);
    expect(a.showAbout).toHaveBeenCalledTimes(1);
  });

  it('puts the application menu first on macOS only', () => {
    expect(buildMenuTemplate(actions({ platform: 'darwin' }))[0]).toEqual({ role: 'appMenu' });
    expect(buildMenuTemplate(actions({ platform: 'linux' }))[0]?.label).toBe('文件');
  });

  it('installs the built menu as the application menu', () => {
    const electron = createFakeElectron();
    installMenu(electron.Menu, actions());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});

describe('menu actions', () => {
  it('print prints the window’s page and reports a real failure in Chinese', () => {
    const electron = createFakeElectron();
    const window = new FakeBrowserWindow();
    printWindow(window, electron.dialog, logger);
    const [options, callback] = window.webContents.print.mock.calls[0] ?? [];
    expect(options).toEqual({ printBackground: true });
    callback?.(false, 'Print job canceled');
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    callback?.(false, 'Print job failed');
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('打印失败', expect.stringContaining('打印机'));
  });

  it('opens the data folder in the file manager', async () => {
    const electron = createFakeElectron();
    openDataFolder(electron.shell, electron.dialog, '/data/fashen-desk', logger);
    expect(electron.shell.openPath).toHaveBeenCalledWith('/data/fashen-desk');
    electron.shell.openPath.mockResolvedValueOnce('No application');
    openDataFolder(electron.shell, electron.dialog, '/data/fashen-desk', logger);
    await vi.waitFor(
      () =>
        expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
          '无法打开数据文件夹',
          expect.stringContaining('/data/fashen-desk'),
        ),
      // Waits for the call (a promise chain), not for a time: generous for a loaded machine.
      { timeout: 30_000 },
    );
  });
});
