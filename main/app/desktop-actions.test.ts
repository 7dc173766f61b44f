import { describe, expect, it } from 'vitest';
import { desktopActions } from './desktop-actions';
import { createFakeElectron } from './testing/fake-electron';

describe('desktop actions the backend may use', () => {
  it('shows an issued file in its folder through the shell', () => {
    const electron = createFakeElectron();
    desktopActions(electron).showItemInFolder('/data/documents/a.pdf');
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith('/data/documents/a.pdf');
  });

  it('picks a backup folder (one that may be created) and a backup file with the system dialog, in Chinese', async () => {
    const electron = createFakeElectron();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['E:\\'] });
    const actions = desktopActions(electron);
    expect(await actions.choosePath('backup-folder')).toBe('E:\\');
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: '选择备份保存的文件夹（例如 U 盘）',
      properties: ['openDirectory', 'createDirectory'],
    });

    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['E:\\法审工作台备份-2025-06-02-1030.db'],
    });
    expect(await actions.choosePath('backup-file')).toBe('E:\\法审工作台备份-2025-06-02-1030.db');
    expect(electron.dialog.showOpenDialog.mock.calls[1]?.[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['db'] }, { extensions: ['*'] }],
    });
  });

  it('picks a font file for PDFs, offering .ttf, .otf and .ttc', async () => {
    const electron = createFakeElectron();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['C:\\Windows\\Fonts\\simfang.ttf'],
    });
    expect(await desktopActions(electron).choosePath('font-file')).toBe('C:\\Windows\\Fonts\\simfang.ttf');
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: expect.stringContaining('字体文件'),
      properties: ['openFile'],
      filters: [{ extensions: expect.arrayContaining(['ttf', 'otf', 'ttc']) }, { extensions: ['*'] }],
    });
  });

  it('returns null when the person cancels', async () => {
    const electron = createFakeElectron();
    expect(await desktopActions(electron).choosePath('backup-file')).toBeNull();
  });
});
