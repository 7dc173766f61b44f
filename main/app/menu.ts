// The Chinese application menu. Standard editing and view commands use Electron roles (so they
// behave natively); the few of our own call back into the shell through MenuActions (about.ts and
// diagnostics.ts hold the two 帮助 actions).

import type { BrowserWindow, Dialog, MenuItemConstructorOptions, MenuStatic, Shell } from './electron-api';
import type { Logger } from './log';

export interface MenuActions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  print: () => void;
  openDataFolder: () => void;
  exportDiagnostics: () => void;
  showAbout: () => void;
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!actions.isPackaged) view.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });

  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: actions.print },
        { label: '打开数据文件夹', click: actions.openDataFolder },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    {
      label: '帮助',
      submenu: [
        { label: '导出诊断信息…', click: actions.exportDiagnostics },
        { type: 'separator' },
        { label: '关于法审工作台', click: actions.showAbout },
      ],
    },
  ];
  // macOS expects the application menu first; elsewhere it would be an empty stray entry.
  return actions.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}

export function installMenu(Menu: MenuStatic, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions)));
}

/** Prints the page as shown; the renderer's print stylesheet decides what appears on paper. */
export function printWindow(window: BrowserWindow | undefined, dialog: Dialog, logger: Logger): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.print({ printBackground: true }, (success, failureReason) => {
    // A cancelled print dialog is the user's choice, not a failure worth a message.
    if (success || /cancel/i.test(failureReason)) return;
    logger.log('warn', `print failed: ${failureReason}`);
    dialog.showErrorBox('打印失败', '打印没有完成。请检查打印机是否已连接、已开机，然后重试。');
  });
}

export function openDataFolder(shell: Shell, dialog: Dialog, dataDir: string, logger: Logger): void {
  shell
    .openPath(dataDir)
    .then((failure) => {
      if (failure === '') return;
      logger.log('warn', `openPath ${dataDir} failed: ${failure}`);
      dialog.showErrorBox('无法打开数据文件夹', `请手动打开这个文件夹：\n${dataDir}`);
    })
    .catch((error: unknown) => logger.log('error', 'openPath threw', error));
}
