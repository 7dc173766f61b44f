import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aboutDetail, BUNDLED_FONT, MAIN_LIBRARIES, showAbout } from './about';
import type { AboutOptions } from './about';
import { createFakeElectron } from './testing/fake-electron';
import type { Logger } from './log';

const logger: Logger = { file: '/tmp/main.log', log: vi.fn() };
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function options(
  overrides: Partial<AboutOptions> = {},
): AboutOptions & { electron: ReturnType<typeof createFakeElectron> } {
  const electron = createFakeElectron();
  return {
    electron,
    dialog: electron.dialog,
    shell: electron.shell,
    version: '0.3.1',
    dataDir: '/data/fashen-desk',
    runtime: { electron: '41.7.1', chrome: '146.0.0.0', node: '24.1.0' },
    licensesDir: undefined,
    logger,
    ...overrides,
  };
}

describe('about dialog', () => {
  it('shows the version, the runtime, the data folder, the font licence and the main libraries', () => {
    const detail = aboutDetail('0.3.1', '/data/fashen-desk', {
      electron: '41.7.1',
      chrome: '146.0.0.0',
      node: '24.1.0',
    });
    expect(detail).toContain('版本：0.3.1');
    expect(detail).toContain('Electron 41.7.1，Chromium 146.0.0.0，Node.js 24.1.0');
    expect(detail).toContain('/data/fashen-desk');
    expect(detail).toContain('SIL Open Font License 1.1');
    for (const library of MAIN_LIBRARIES) expect(detail).toContain(`${library.name}：${library.licence}`);
  });

  it('leaves out the runtime line when not running in Electron', () => {
    expect(aboutDetail('0.3.1', '/d')).not.toContain('运行环境');
  });

  it('offers the licence folder only when it exists, and opens it', async () => {
    const licensesDir = mkdtempSync(join(tmpdir(), 'fashen-licenses-'));
    const withFolder = options({ licensesDir });
    withFolder.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    showAbout(withFolder);
    expect(withFolder.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: '关于法审工作台', buttons: ['确定', '查看许可证全文'] }),
    );
    // Waits for the call, not for a time: generous for a loaded machine.
    await vi.waitFor(() => expect(withFolder.electron.shell.openPath).toHaveBeenCalledWith(licensesDir), {
      timeout: 30_000,
    });

    const fromSource = options({ licensesDir: join(licensesDir, 'missing') });
    showAbout(fromSource);
    expect(fromSource.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ buttons: ['确定'] }),
    );
  });

  // The list is written by hand; this keeps it honest when a dependency changes its licence.
  it('names each npm package with the licence its package.json declares', () => {
    for (const component of [BUNDLED_FONT, ...MAIN_LIBRARIES]) {
      for (const name of component.packages) {
        const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
          license?: string;
        };
        const declared = manifest.license ?? '';
        if (component === BUNDLED_FONT) expect(declared).toContain('OFL-1.1');
        else expect(component.licence, name).toBe(declared);
      }
    }
  });
});
