// What the backend may ask of the desktop (api/context DesktopActions): show an issued file in its
// folder, and let the person pick a folder, a backup file or a font file with the system's own dialog instead of
// typing a path. Browser mode has neither, and the screens fall back to a typed path.

import type { DesktopActions, PathPurpose } from '../api/context';
import type { Dialog, OpenDialogOptions, Shell } from './electron-api';

const DIALOGS: Record<PathPurpose, OpenDialogOptions> = {
  'backup-folder': {
    title: '选择备份保存的文件夹（例如 U 盘）',
    buttonLabel: '备份到此文件夹',
    properties: ['openDirectory', 'createDirectory'],
  },
  'backup-file': {
    title: '选择要恢复的备份文件',
    buttonLabel: '选择',
    properties: ['openFile'],
    filters: [
      { name: '法审工作台备份（.db）', extensions: ['db'] },
      { name: '所有文件', extensions: ['*'] },
    ],
  },
  // Windows keeps installed fonts in C:\Windows\Fonts (simfang.ttf, simhei.ttf, simkai.ttf …).
  'font-file': {
    title: '选择字体文件（例如 C:\\Windows\\Fonts\\simfang.ttf）',
    buttonLabel: '选择',
    defaultPath: process.platform === 'win32' ? 'C:\\Windows\\Fonts' : undefined,
    properties: ['openFile'],
    filters: [
      { name: '字体文件（.ttf、.otf、.ttc）', extensions: ['ttf', 'otf', 'ttc', 'TTF', 'OTF', 'TTC'] },
      { name: '所有文件', extensions: ['*'] },
    ],
  },
};

export function desktopActions(electron: { shell: Shell; dialog: Dialog }): DesktopActions {
  return {
    showItemInFolder: (path) => electron.shell.showItemInFolder(path),
    async choosePath(purpose) {
      const result = await electron.dialog.showOpenDialog(DIALOGS[purpose]);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
