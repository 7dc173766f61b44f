// The preload runs sandboxed and exposes exactly one function to the page: call(method, input),
// which carries a contract call over the one IPC channel. No other logic belongs here.

import { loadElectronPreload } from './electron-api';
import { FASHEN_CHANNEL } from './ipc-channel';

const { contextBridge, ipcRenderer } = loadElectronPreload();

contextBridge.exposeInMainWorld('fashen', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(FASHEN_CHANNEL, method, input),
});
