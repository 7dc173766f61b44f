// The IPC door: one channel, `fashen:call`, that forwards (method, input) to the shared dispatch.
// It answers every call with an envelope and never throws to the renderer. Calls from anything
// but the top frame of our own window showing our own index.html are refused.

import type { Dispatch } from '../api/dispatch-types';
import type { Envelope } from '../../shared/contract/envelope';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from './electron-api';
import { FASHEN_CHANNEL } from './ipc-channel';
import type { Logger } from './log';
import { isSameFileUrl } from './window';

export const INTERNAL_ERROR: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: '程序内部错误，请重试或导出诊断信息。' },
};

export const FOREIGN_SENDER_ERROR: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝执行：请求不是来自法审工作台自己的页面。' },
};

export const MISSING_METHOD_ERROR: Envelope<never> = {
  ok: false,
  error: { code: 'UNKNOWN_METHOD', message: '请求格式不正确：缺少操作名称。' },
};

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Trusts only the main frame of our window, and only while it shows our renderer's index file. */
export function ownWindowSenderCheck(getWindow: () => BrowserWindow | undefined, indexUrl: string): SenderCheck {
  return (event) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return false;
    if (event.sender.id !== window.webContents.id) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isSameFileUrl(frame.url, indexUrl);
  };
}

export interface IpcOptions {
  ipcMain: IpcMain;
  dispatch: Dispatch;
  isTrustedSender: SenderCheck;
  logger: Logger;
}

export function createCallHandler(
  options: Omit<IpcOptions, 'ipcMain'>,
): (event: IpcMainInvokeEvent, method: unknown, input: unknown) => Promise<Envelope<unknown>> {
  return async (event, method, input) => {
    try {
      if (!options.isTrustedSender(event)) {
        options.logger.log(
          'warn',
          `refused ${FASHEN_CHANNEL} from a foreign sender: ${event.senderFrame?.url ?? '(no frame)'}`,
        );
        return FOREIGN_SENDER_ERROR;
      }
      if (typeof method !== 'string' || method.length === 0) return MISSING_METHOD_ERROR;
      return await options.dispatch(method, input);
    } catch (error) {
      options.logger.log('error', `${FASHEN_CHANNEL} ${typeof method === 'string' ? method : '?'} threw`, error);
      return INTERNAL_ERROR;
    }
  };
}

const registered = new WeakSet<IpcMain>();

/** Registers the one handler; a second registration is a programming error and fails loudly. */
export function registerIpc(options: IpcOptions): void {
  if (registered.has(options.ipcMain)) throw new Error(`${FASHEN_CHANNEL} is already registered`);
  const handleCall = createCallHandler(options);
  options.ipcMain.handle(FASHEN_CHANNEL, (event, method, input) => handleCall(event, method, input));
  registered.add(options.ipcMain);
}
