import { afterEach, describe, it, expect, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackend, VALID_CITIZEN_ID } from '../api/testing/backend';
import { defaultArchiveName, diagnosticsText, exportDiagnostics } from './diagnostics';
import type { DiagnosticsDependencies } from './diagnostics';
import { createFakeElectron } from './testing/fake-electron';
import { createLogger } from './log';
import { readZip } from './testing/zip-reader';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

/** A real backend holding one case whose every identifying value must stay out of the archive. */
async function backendWithACase() {
  env = testBackend();
  const handler = await env.call('staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '渝执500102001',
    certValidFrom: '2023-01-01',
    certValidTo: '2027-12-31',
  });
  await env.call('cases.create', {
    caseNumber: '机密综执罚〔2025〕77号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '保密当事人', idCode: VALID_CITIZEN_ID },
    facts: '当事人在人行道上摆摊经营水果。',
    foundOn: '2025-05-20',
    penaltyKinds: ['fine'],
    fineFen: 200_000,
    discretion: 'standard',
    handlerIds: [handler.id],
  });
  return env;
}

function setup(dataDir: string, dispatch: DiagnosticsDependencies['dispatch']) {
  const electron = createFakeElectron();
  const saveTo = join(mkdtempSync(join(tmpdir(), 'fashen-diag-out-')), 'export');
  const deps: DiagnosticsDependencies = {
    app: electron.app,
    dialog: electron.dialog,
    shell: electron.shell,
    dataDir,
    dispatch,
    logger: createLogger(dataDir),
    versions: { ...process.versions, electron: '41.7.1', chrome: '146.0.7680.0' },
    os: 'Linux 6.1.0 (#1 SMP), x64',
    now: () => new Date(2025, 5, 1, 9, 5),
  };
  return { electron, deps, saveTo };
}

describe('导出诊断信息', () => {
  it('saves logs and version information, and no case data, where the user chose', async () => {
    const { backend, dataDir } = await backendWithACase();
    const { electron, deps, saveTo } = setup(dataDir, backend.dispatch);
    deps.logger.log('info', 'starting 0.1.0');
    mkdirSync(join(dataDir, 'logs'), { recursive: true });
    writeFileSync(join(dataDir, 'logs', 'main.log.1'), 'older log\n');
    writeFileSync(join(dataDir, 'logs', 'notes.txt'), 'not a log\n');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: saveTo });

    await expect(exportDiagnostics(deps)).resolves.toBe('saved');

    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe(join('/home/user/desktop', '法审工作台诊断信息-20250601-0905.zip'));
    // The .zip the filter promised is added when the dialog did not.
    const archive = readZip(readFileSync(`${saveTo}.zip`));
    expect(archive.map((entry) => entry.name).sort()).toEqual([
      'diagnostics.json',
      'diagnostics.txt',
      'logs/main.log',
      'logs/main.log.1',
    ]);

    const info = JSON.parse(
      archive.find((entry) => entry.name === 'diagnostics.json')?.data.toString('utf8') ?? '{}',
    ) as Record<string, unknown>;
    expect(info).toMatchObject({
      appVersion: '0.1.0',
      electronVersion: '41.7.1',
      chromeVersion: '146.0.7680.0',
      nodeVersion: process.versions.node,
      dataDir,
    });
    expect(info['schemaVersion']).toEqual(expect.any(Number));
    expect(info['schemaVersion']).toBeGreaterThan(0);
    expect(archive.find((entry) => entry.name === 'logs/main.log')?.data.toString('utf8')).toContain('starting 0.1.0');

    const everything = Buffer.concat(archive.map((entry) => entry.data)).toString('utf8');
    for (const secret of ['机密综执罚', '保密当事人', VALID_CITIZEN_ID, '摆摊经营水果', 'SQLite format'])
      expect(everything).not.toContain(secret);
  });

  it('says where the file went and can show it in the file manager', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-diag-'));
    const { electron, deps, saveTo } = setup(dataDir, () => Promise.resolve({ ok: true, value: { schemaVersion: 4 } }));
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: `${saveTo}.ZIP` });
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await exportDiagnostics(deps);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: '诊断信息已导出', detail: expect.stringContaining('不含任何案件数据') }),
    );
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(`${saveTo}.ZIP`);
  });

  it('does nothing when the user cancels', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-diag-'));
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: {} }));
    const { electron, deps } = setup(dataDir, dispatch);
    await expect(exportDiagnostics(deps)).resolves.toBe('canceled');
    expect(dispatch).not.toHaveBeenCalled();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('still exports when the database cannot be asked, and says the schema version is unknown', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-diag-'));
    const { electron, deps, saveTo } = setup(dataDir, () =>
      Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: '数据库已损坏' } }),
    );
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: `${saveTo}.zip` });
    await expect(exportDiagnostics(deps)).resolves.toBe('saved');
    const text = readZip(readFileSync(`${saveTo}.zip`))
      .find((entry) => entry.name === 'diagnostics.txt')
      ?.data.toString('utf8');
    expect(text).toContain('数据库结构版本：未知');
  });

  it('reports in Chinese when the file cannot be written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-diag-'));
    const { electron, deps } = setup(dataDir, () => Promise.resolve({ ok: true, value: { schemaVersion: 4 } }));
    const target = join(dataDir, 'no-such-folder', 'x.zip');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(exportDiagnostics(deps)).resolves.toBe('failed');
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('导出诊断信息失败', expect.stringContaining(target));
    expect(existsSync(target)).toBe(false);
  });

  it('writes the summary in Chinese, with a BOM for Notepad', () => {
    const text = diagnosticsText({
      appVersion: '0.1.0',
      electronVersion: '41.7.1',
      chromeVersion: '146',
      nodeVersion: '24.1.0',
      os: 'Windows_NT 10.0.19045 (Windows 10 Pro), x64',
      dataDir: 'C:\\Users\\u\\AppData\\Roaming\\fashen-desk',
      schemaVersion: 4,
      exportedAt: '2025-06-01T01:05:00.000Z',
    });
    expect(text.startsWith('\uFEFF法审工作台 诊断信息')).toBe(true);
    expect(text).toContain('数据库结构版本：4');
    expect(defaultArchiveName(new Date(2025, 11, 31, 23, 59))).toBe('法审工作台诊断信息-20251231-2359.zip');
  });
});
