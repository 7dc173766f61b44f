import { describe, it, expect, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { Dispatch } from '../api/dispatch-types';
import type { IpcMainInvokeEvent } from './electron-api';
import { FakeBrowserWindow, FakeIpcMain, fakeInvokeEvent, FakeWebContents } from './testing/fake-electron';
import { FOREIGN_SENDER_ERROR, INTERNAL_ERROR, MISSING_METHOD_ERROR, ownWindowSenderCheck, registerIpc } from './ipc';
import { FASHEN_CHANNEL } from './ipc-channel';
import type { Logger } from './log';

const INDEX_URL = pathToFileURL('/opt/fashen/resources/app.asar/dist/renderer/index.html').href;

function fakeLogger() {
  return { file: '/tmp/main.log', log: vi.fn<Logger['log']>() };
}

function setup(dispatch: Dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: 42 }))) {
  const ipcMain = new FakeIpcMain();
  const window = new FakeBrowserWindow();
  const logger = fakeLogger();
  registerIpc({ ipcMain, dispatch, isTrustedSender: ownWindowSenderCheck(() => window, INDEX_URL), logger });
  const handler = ipcMain.handlers.get(FASHEN_CHANNEL);
  if (!handler) throw new Error('no handler registered');
  const call = (event: IpcMainInvokeEvent, ...args: unknown[]) => handler(event, ...args);
  const own = () => fakeInvokeEvent(window.webContents, `${INDEX_URL}#/cases`);
  return { ipcMain, window, logger, dispatch, call, own };
}

describe('registerIpc', () => {
  it('registers exactly one handler, on fashen:call', () => {
    const { ipcMain } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe('fashen:call');
    expect([...ipcMain.handlers.keys()]).toEqual(['fashen:call']);
  });

  it('refuses to register twice on the same ipcMain', () => {
    const { ipcMain } = setup();
    expect(() =>
      registerIpc({ ipcMain, dispatch: vi.fn<Dispatch>(), isTrustedSender: () => true, logger: fakeLogger() }),
    ).toThrow(/already registered/);
  });
});

describe('the fashen:call handler', () => {
  it('forwards method and input to dispatch and returns its envelope', async () => {
    const envelope = { ok: false as const, error: { code: 'VALIDATION', message: '名称不能为空', field: 'name' } };
    const dispatch = vi.fn<Dispatch>(() => Promise.resolve(envelope));
    const { call, own } = setup(dispatch);
    await expect(call(own(), 'cases.create', { name: '' })).resolves.toEqual(envelope);
    expect(dispatch).toHaveBeenCalledWith('cases.create', { name: '' });
  });

  it('refuses a foreign sender without dispatching', async () => {
    const dispatch = vi.fn<Dispatch>();
    const { call, window } = setup(dispatch);
    const stranger = new FakeWebContents();
    const foreign = [
      fakeInvokeEvent(stranger, INDEX_URL), // another webContents
      fakeInvokeEvent(window.webContents, 'https://evil.example/'), // our window, navigated away
      fakeInvokeEvent(window.webContents, pathToFileURL('/tmp/evil.html').href), // another local file
      fakeInvokeEvent(window.webContents, INDEX_URL, { url: INDEX_URL, parent: null }), // a subframe
      { ...fakeInvokeEvent(window.webContents, INDEX_URL), senderFrame: null }, // frame already gone
    ];
    for (const event of foreign) await expect(call(event, 'cases.list', {})).resolves.toEqual(FOREIGN_SENDER_ERROR);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses every call once the window is destroyed', async () => {
    const dispatch = vi.fn<Dispatch>();
    const { call, window, own } = setup(dispatch);
    window.destroyed = true;
    await expect(call(own(), 'cases.list', {})).resolves.toEqual(FOREIGN_SENDER_ERROR);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([[undefined], [42], [''], [{ method: 'cases.list' }]])('refuses method %j', async (method) => {
    const dispatch = vi.fn<Dispatch>();
    const { call, own } = setup(dispatch);
    await expect(call(own(), method, {})).resolves.toEqual(MISSING_METHOD_ERROR);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a thrown error into the INTERNAL envelope and logs it', async () => {
    const boom = new Error('disk I/O error');
    const { call, own, logger } = setup(
      vi.fn<Dispatch>(() => {
        throw boom;
      }),
    );
    await expect(call(own(), 'cases.list', {})).resolves.toEqual(INTERNAL_ERROR);
    expect(INTERNAL_ERROR).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '程序内部错误，请重试或导出诊断信息。' },
    });
    expect(logger.log).toHaveBeenCalledWith('error', expect.stringContaining('cases.list'), boom);
  });

  it('turns a rejected dispatch into the INTERNAL envelope', async () => {
    const { call, own } = setup(vi.fn<Dispatch>(() => Promise.reject(new Error('late'))));
    await expect(call(own(), 'cases.list', {})).resolves.toEqual(INTERNAL_ERROR);
  });
});
