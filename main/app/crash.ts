// What happens when the main process hits an error nobody caught: log it, tell the user in
// Chinese, and keep running. Saved work is safe because every command commits on its own; the
// app is not killed mid-dialog, so the user can finish and restart calmly.

import type { Logger } from './log';

export type CrashKind = 'uncaughtException' | 'unhandledRejection';

export interface CrashReporterOptions {
  logger: Logger;
  showErrorBox: (title: string, content: string) => void;
  /** After this many dialogs in one run, errors are only logged (a loop must not bury the user). */
  maxDialogs?: number;
}

export const CRASH_TITLE = '法审工作台遇到意外错误';

export function crashMessage(error: unknown, logFile: string): string {
  const detail = error instanceof Error ? error.message : String(error);
  return [
    '程序遇到了一个意外错误。已经保存的工作不会丢失（每一步操作都会立即存入数据库）。',
    '',
    '建议：关闭程序后重新打开；如果问题反复出现，请导出诊断信息并联系技术支持。',
    '',
    `错误信息：${detail}`,
    `日志文件：${logFile}`,
  ].join('\n');
}

export function createCrashReporter(options: CrashReporterOptions): (kind: CrashKind, error: unknown) => void {
  const maxDialogs = options.maxDialogs ?? 3;
  let shown = 0;
  return (kind, error) => {
    options.logger.log('error', kind, error);
    if (shown >= maxDialogs) return;
    shown += 1;
    try {
      options.showErrorBox(CRASH_TITLE, crashMessage(error, options.logger.file));
    } catch (dialogError) {
      options.logger.log('error', 'showErrorBox failed', dialogError);
    }
  };
}

/** Routes the process-wide error events to the reporter. */
export function installCrashHandlers(target: NodeJS.Process, report: (kind: CrashKind, error: unknown) => void): void {
  target.on('uncaughtException', (error) => report('uncaughtException', error));
  target.on('unhandledRejection', (reason) => report('unhandledRejection', reason));
}
