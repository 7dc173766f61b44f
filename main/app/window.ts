// All hardening of the one window lives here, so a reviewer can check it in one sitting:
// web preferences, Content-Security-Policy, navigation, new windows, webviews and permissions.
// The window shows only our own files; nothing here ever loads remote content.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructor, ElectronEvent, Session, WebContents } from './electron-api';
import type { WindowState } from './window-state';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

/**
 * The renderer's Content-Security-Policy. Applied to every response of the window's session and
 * exported so the renderer build can put the same policy into a <meta> tag (file:// pages do
 * not always pass through the response-header hook).
 * style-src allows 'unsafe-inline' because Mantine injects its CSS variables and component
 * styles as <style> elements and style attributes at run time; scripts stay 'self' only, so an
 * injected style cannot run code.
 */
export { CONTENT_SECURITY_POLICY };

export const WINDOW_TITLE = '法审工作台';

/** Where the built renderer lives below the app root (repo root in dev, app.asar when packaged). */
export function rendererIndexPath(appRoot: string): string {
  return join(appRoot, 'dist', 'renderer', 'index.html');
}

export function preloadPath(appRoot: string): string {
  return join(appRoot, 'dist', 'main', 'preload.cjs');
}

/**
 * True when `candidate` names the same local file as `expected`. Compared on decoded paths so a
 * Chinese or spaced install folder matches however it was percent-encoded; query and hash are
 * ignored because the renderer routes by hash.
 */
export function isSameFileUrl(
  candidate: string,
  expected: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(candidate);
    b = new URL(expected);
  } catch {
    return false;
  }
  if (a.protocol !== 'file:' || b.protocol !== 'file:' || a.host !== b.host) return false;
  let pathA: string;
  let pathB: string;
  try {
    pathA = decodeURIComponent(a.pathname);
    pathB = decodeURIComponent(b.pathname);
  } catch {
    return false;
  }
  // Windows paths are case-insensitive, and Chromium may report the drive letter differently.
  return platform === 'win32' ? pathA.toLowerCase() === pathB.toLowerCase() : pathA === pathB;
}

/** Puts our CSP on every response and refuses every permission (camera, notifications, ...). */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Drop any policy already present so ours is the only one, whatever its spelling.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Refuses everything that could take a web page somewhere we did not put it: navigation and
 * redirects away from our index file, window.open, and <webview>. Applied to every webContents
 * the app creates, not only the main window's.
 */
export function hardenWebContents(contents: WebContents, allowedUrl: string): void {
  const refuseForeign = (event: ElectronEvent, url: string): void => {
    if (!isSameFileUrl(url, allowedUrl)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface CreateWindowOptions {
  BrowserWindow: BrowserWindowConstructor;
  appRoot: string;
  isPackaged: boolean;
  state: WindowState;
}

/** Creates the hardened main window and starts loading the renderer; shown once painted. */
export function createMainWindow(options: CreateWindowOptions): { window: BrowserWindow; loaded: Promise<void> } {
  const { BrowserWindow, state } = options;
  // The options are one literal object (not assembled elsewhere) so that the security scanner
  // (npm run test:security) can read every web preference here.
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so staff never see a blank white frame while React starts.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath(options.appRoot),
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
      // Middle-click would ask for a new window; the window-open handler refuses it anyway,
      // this keeps the request from being made at all.
      disableBlinkFeatures: 'Auxclick',
      // Staff have no use for devtools; developers running from source do.
      devTools: !options.isPackaged,
    },
  });
  const indexPath = rendererIndexPath(options.appRoot);
  hardenSession(window.webContents.session);
  hardenWebContents(window.webContents, pathToFileURL(indexPath).href);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  return { window, loaded: window.loadFile(indexPath) };
}

/** Brings the existing window to the front (used when a second copy of the app is started). */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
