// 帮助 › 导出诊断信息: one ZIP file, saved where the user chooses, that a support person can read
// without access to the office PC. It holds the main-process logs and a description of the
// installation (versions, OS, data-folder path, database schema version) and nothing else: no
// database, no documents, no case data. The database is never opened for reading here; the schema
// version comes from the same system.info call the settings page uses.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dispatch } from '../api/dispatch-types';
import type { App, Dialog, Shell } from './electron-api';
import { describeError, logsDir } from './log';
import type { Logger } from './log';
import { createZip } from './zip';
import type { ZipEntry } from './zip';

export interface DiagnosticsInfo {
  appVersion: string;
  electronVersion: string;
  chromeVersion: string;
  nodeVersion: string;
  /** e.g. "Windows_NT 10.0.19045 (Windows 10 Pro), x64" */
  os: string;
  dataDir: string;
  /** Undefined when the database could not be asked (the export still works). */
  schemaVersion: number | undefined;
  exportedAt: string;
}

/** Main-process logs and their rotated generations; nothing else in logs/ is picked up. */
const LOG_NAME = /^[A-Za-z0-9_-]+\.log(\.\d+)?$/;
/** A log is capped by log.ts; this guards against a file something else grew. */
const MAX_LOG_BYTES = 8 * 1024 * 1024;

export function diagnosticsText(info: DiagnosticsInfo): string {
  const lines = [
    '法审工作台 诊断信息',
    '',
    `导出时间：${info.exportedAt}`,
    `程序版本：${info.appVersion}`,
    `Electron：${info.electronVersion}`,
    `Chromium：${info.chromeVersion}`,
    `Node.js：${info.nodeVersion}`,
    `操作系统：${info.os}`,
    `数据文件夹：${info.dataDir}`,
    `数据库结构版本：${info.schemaVersion ?? '未知（无法读取）'}`,
    '',
    '本文件包只含程序日志（logs/）和以上信息，不含数据库、文书或任何案件数据。',
  ];
  // A byte-order mark so Notepad on older Windows shows the Chinese correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function logEntries(dataDir: string, modified: Date): ZipEntry[] {
  const dir = logsDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => LOG_NAME.test(name))
    .sort()
    .flatMap((name): ZipEntry[] => {
      try {
        const data = readFileSync(join(dir, name));
        const tail = data.length > MAX_LOG_BYTES ? data.subarray(data.length - MAX_LOG_BYTES) : data;
        return [{ name: `logs/${name}`, data: tail, modified }];
      } catch {
        return [];
      }
    });
}

export function diagnosticsArchive(info: DiagnosticsInfo, dataDir: string, now: Date): Buffer {
  return createZip([
    { name: 'diagnostics.txt', data: Buffer.from(diagnosticsText(info), 'utf8'), modified: now },
    { name: 'diagnostics.json', data: Buffer.from(`${JSON.stringify(info, null, 2)}\n`, 'utf8'), modified: now },
    ...logEntries(dataDir, now),
  ]);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function defaultArchiveName(now: Date): string {
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `法审工作台诊断信息-${stamp}.zip`;
}

export interface DiagnosticsDependencies {
  app: Pick<App, 'getPath' | 'getVersion'>;
  dialog: Dialog;
  shell: Shell;
  dataDir: string;
  dispatch: Dispatch;
  logger: Logger;
  versions: NodeJS.ProcessVersions;
  os: string;
  now: () => Date;
}

async function schemaVersion(dispatch: Dispatch, logger: Logger): Promise<number | undefined> {
  try {
    const envelope = await dispatch('system.info', {});
    if (
      envelope.ok &&
      typeof envelope.value === 'object' &&
      envelope.value !== null &&
      'schemaVersion' in envelope.value
    ) {
      return typeof envelope.value.schemaVersion === 'number' ? envelope.value.schemaVersion : undefined;
    }
    if (!envelope.ok) logger.log('warn', `diagnostics: system.info failed: ${envelope.error.message}`);
  } catch (error) {
    logger.log('warn', 'diagnostics: system.info threw', error);
  }
  return undefined;
}

export async function collectDiagnosticsInfo(deps: DiagnosticsDependencies): Promise<DiagnosticsInfo> {
  return {
    appVersion: deps.app.getVersion(),
    electronVersion: deps.versions['electron'] ?? '（不在 Electron 中运行）',
    chromeVersion: deps.versions['chrome'] ?? '（不在 Electron 中运行）',
    nodeVersion: deps.versions.node,
    os: deps.os,
    dataDir: deps.dataDir,
    schemaVersion: await schemaVersion(deps.dispatch, deps.logger),
    exportedAt: deps.now().toISOString(),
  };
}

export type ExportResult = 'saved' | 'canceled' | 'failed';

/** Asks where to save, writes the archive, and says where it went (or why it could not). */
export async function exportDiagnostics(deps: DiagnosticsDependencies): Promise<ExportResult> {
  const now = deps.now();
  const choice = await deps.dialog.showSaveDialog({
    title: '导出诊断信息',
    buttonLabel: '导出',
    defaultPath: join(deps.app.getPath('desktop'), defaultArchiveName(now)),
    filters: [{ name: 'ZIP 压缩文件', extensions: ['zip'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || choice.filePath === '') return 'canceled';
  // Some Linux file dialogs do not add the extension of the chosen filter.
  const target = /\.zip$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.zip`;
  try {
    const info = await collectDiagnosticsInfo(deps);
    writeFileSync(target, diagnosticsArchive(info, deps.dataDir, now));
  } catch (error) {
    deps.logger.log('error', `diagnostics: could not write ${target}`, error);
    deps.dialog.showErrorBox(
      '导出诊断信息失败',
      `没能写入文件：\n${target}\n\n${error instanceof Error ? error.message : describeError(error)}\n\n请换一个位置（例如桌面）再试。`,
    );
    return 'failed';
  }
  deps.logger.log('info', `diagnostics exported to ${target}`);
  const answer = await deps.dialog.showMessageBox({
    type: 'info',
    title: '诊断信息已导出',
    message: '诊断信息已导出',
    detail: `文件：${target}\n\n其中只有程序日志和版本信息，不含任何案件数据。可以把这个文件发给技术支持人员。`,
    buttons: ['在文件夹中显示', '确定'],
    defaultId: 1,
    noLink: true,
  });
  if (answer.response === 0) deps.shell.showItemInFolder(target);
  return 'saved';
}
