import { describe, it, expect, vi } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  HeadersReceivedResponse,
  OnHeadersReceivedListenerDetails,
  WebContentsWillNavigateEventParams,
} from './electron-api';
import { createFakeElectron, fakeEvent, FakeWebContents } from './testing/fake-electron';
import {
  CONTENT_SECURITY_POLICY,
  createMainWindow,
  focusWindow,
  hardenSession,
  hardenWebContents,
  isSameFileUrl,
  rendererIndexPath,
} from './window';
import { DEFAULT_WINDOW_STATE } from './window-state';

const ROOT = join('/opt', '法审工作台', 'resources', 'app.asar');
const INDEX = rendererIndexPath(ROOT);
const INDEX_URL = pathToFileURL(INDEX).href;

function openWindow(state = DEFAULT_WINDOW_STATE, isPackaged = true) {
  const electron = createFakeElectron();
  const { window, loaded } = createMainWindow({
    BrowserWindow: electron.BrowserWindow,
    appRoot: ROOT,
    isPackaged,
    state,
  });
  const fake = electron.windows[0];
  if (!fake || fake !== window) throw new Error('window not created through the fake');
  return { fake, loaded };
}

function navigate(contents: FakeWebContents, event: 'will-navigate' | 'will-redirect', url: string) {
  const params: WebContentsWillNavigateEventParams = { url, isSameDocument: false, isMainFrame: true, frame: null };
  const e = fakeEvent(params);
  contents.emit(event, e, url, false, true, 1, 1);
  return e;
}

function headersFor(
  contents: FakeWebContents,
  responseHeaders?: Record<string, string[]>,
): Record<string, string | string[]> {
  const listener = contents.session.headersListener;
  if (!listener) throw new Error('no onHeadersReceived listener');
  const details: OnHeadersReceivedListenerDetails = {
    id: 1,
    url: INDEX_URL,
    method: 'GET',
    resourceType: 'mainFrame',
    statusCode: 200,
    ...(responseHeaders ? { responseHeaders } : {}),
  };
  let response: HeadersReceivedResponse | undefined;
  listener(details, (r) => (response = r));
  return response?.responseHeaders ?? {};
}

describe('web preferences', () => {
  it('sets every hardening flag', () => {
    const { fake } = openWindow();
    expect(fake.options?.webPreferences).toEqual({
      preload: join(ROOT, 'dist', 'main', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('allows devtools only when running from source', () => {
    expect(openWindow(DEFAULT_WINDOW_STATE, false).fake.options?.webPreferences?.devTools).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  it('is the strict policy, with inline styles only for Mantine', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('is put on every response of the window session', () => {
    const { fake } = openWindow();
    expect(headersFor(fake.webContents)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('replaces a policy already present, whatever its spelling, and keeps other headers', () => {
    const contents = new FakeWebContents();
    hardenSession(contents.session);
    const headers = headersFor(contents, {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('navigation and new windows', () => {
  it('prevents navigating or redirecting to a foreign URL', () => {
    const { fake } = openWindow();
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(navigate(fake.webContents, 'will-navigate', url).preventDefault).toHaveBeenCalled();
      expect(navigate(fake.webContents, 'will-redirect', url).preventDefault).toHaveBeenCalled();
    }
  });

  it('lets our own index file through, with or without a hash route', () => {
    const { fake } = openWindow();
    expect(navigate(fake.webContents, 'will-navigate', INDEX_URL).preventDefault).not.toHaveBeenCalled();
    expect(navigate(fake.webContents, 'will-navigate', `${INDEX_URL}#/cases/3`).preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open', () => {
    const { fake } = openWindow();
    const handler = fake.webContents.windowOpenHandler;
    expect(handler?.({ url: 'https://example.com', frameName: '', features: '', disposition: 'new-window' })).toEqual({
      action: 'deny',
    });
  });

  it('prevents attaching a webview', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, INDEX_URL);
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const { fake } = openWindow();
    const { requestHandler, checkHandler } = fake.webContents.session;
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'] as const) {
      requestHandler?.(fake.webContents, permission, callback, {});
      expect(checkHandler?.(fake.webContents, permission, 'file://', {})).toBe(false);
    }
    expect(callback).toHaveBeenCalledTimes(5);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('loads the built renderer from a file and shows the window once painted', async () => {
    const { fake, loaded } = openWindow({ width: 1400, height: 900, x: 5, y: 6, maximized: true });
    await loaded;
    expect(fake.loadFile).toHaveBeenCalledWith(join(ROOT, 'dist', 'renderer', 'index.html'));
    expect(fake.options).toMatchObject({ width: 1400, height: 900, x: 5, y: 6, show: false, title: '法审工作台' });
    expect(fake.show).not.toHaveBeenCalled();
    fake.emit('ready-to-show');
    expect(fake.maximize).toHaveBeenCalled();
    expect(fake.show).toHaveBeenCalled();
  });

  it('lets the window manager place the window when no position was saved', () => {
    const { fake } = openWindow();
    expect(fake.options).not.toHaveProperty('x');
    expect(fake.options).not.toHaveProperty('y');
  });

  it('focusWindow restores a minimized window and brings it forward', () => {
    const { fake } = openWindow();
    fake.minimized = true;
    focusWindow(fake);
    expect(fake.restore).toHaveBeenCalled();
    expect(fake.focus).toHaveBeenCalled();
    expect(() => focusWindow(undefined)).not.toThrow();
  });
});

describe('isSameFileUrl', () => {
  it('matches however the Chinese path is encoded, ignoring hash and query', () => {
    const raw = 'file:///opt/法审工作台/resources/app.asar/dist/renderer/index.html#/x';
    expect(isSameFileUrl(raw, INDEX_URL, 'linux')).toBe(true);
    expect(isSameFileUrl(`${INDEX_URL}?a=1`, INDEX_URL, 'linux')).toBe(true);
  });

  it('ignores drive-letter case only on Windows', () => {
    const a = 'file:///C:/Program%20Files/x/index.html';
    const b = 'file:///c:/program files/x/index.html';
    expect(isSameFileUrl(a, b, 'win32')).toBe(true);
    expect(isSameFileUrl(a, b, 'linux')).toBe(false);
  });

  it('refuses other schemes, other files and garbage', () => {
    expect(isSameFileUrl('https://evil.example/index.html', INDEX_URL)).toBe(false);
    expect(isSameFileUrl(INDEX_URL.replace('index.html', 'other.html'), INDEX_URL)).toBe(false);
    expect(isSameFileUrl('not a url', INDEX_URL)).toBe(false);
    expect(isSameFileUrl('file://remote-host/opt/x', 'file:///opt/x')).toBe(false);
  });
});
