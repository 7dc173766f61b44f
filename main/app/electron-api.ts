// The narrow slice of Electron 41's API that the shell uses, declared here so the shell
// type-checks (and its tests run) on machines where the `electron` package could not be
// installed. Every member is copied from Electron 41.7.1's electron.d.ts; where Electron says
// `any` we say `unknown` (stricter for us, still assignable from the real thing).
// electron-api.conformance.test.ts checks that the real module fits these interfaces whenever
// electron.d.ts is available, so a drift in Electron shows up as a failing test.
//
// This file has no runtime imports on purpose: the sandboxed preload bundles it, and a
// sandboxed preload can require only 'electron' and a few core modules.

import type {
  BrowserWindowConstructor,
  ElectronEvent,
  Rectangle,
  WebContents,
  WebFrameMain,
} from './electron-window-api';

export type * from './electron-window-api';

/** The few well-known folders we ask Electron for (a subset of app.getPath's names). */
export type AppPathName = 'home' | 'desktop' | 'documents' | 'downloads' | 'temp';

export interface App {
  readonly isPackaged: boolean;
  getVersion(): string;
  getPath(name: AppPathName): string;
  setPath(name: string, path: string): void;
  setAppUserModelId(id: string): void;
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  exit(exitCode?: number): void;
  on(
    event: 'second-instance',
    listener: (event: ElectronEvent, argv: string[], workingDirectory: string, additionalData: unknown) => void,
  ): this;
  on(event: 'window-all-closed', listener: () => void): this;
  on(event: 'will-quit', listener: (event: ElectronEvent) => void): this;
  on(event: 'web-contents-created', listener: (event: ElectronEvent, webContents: WebContents) => void): this;
}

export interface IpcMainInvokeEvent extends ElectronEvent {
  sender: WebContents;
  readonly senderFrame: WebFrameMain | null;
}

export interface IpcMain {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'quit'
  | 'appMenu';

export interface MenuItemConstructorOptions {
  click?: () => void;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  label?: string;
  accelerator?: string;
  enabled?: boolean;
  visible?: boolean;
  submenu?: MenuItemConstructorOptions[];
}

export interface Menu {
  readonly items: readonly unknown[];
}

export interface MenuStatic {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
}

export interface MessageBoxOptions {
  message: string;
  type?: 'none' | 'info' | 'error' | 'question' | 'warning';
  buttons?: string[];
  defaultId?: number;
  title?: string;
  detail?: string;
  noLink?: boolean;
}

export interface MessageBoxReturnValue {
  response: number;
  checkboxChecked: boolean;
}

export interface FileFilter {
  extensions: string[];
  name: string;
}

export interface SaveDialogOptions {
  title?: string;
  defaultPath?: string;
  buttonLabel?: string;
  filters?: FileFilter[];
  properties?: Array<
    'showHiddenFiles' | 'createDirectory' | 'treatPackageAsDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent'
  >;
}

export interface SaveDialogReturnValue {
  canceled: boolean;
  /** Empty when the dialog was canceled. */
  filePath: string;
}

export interface OpenDialogOptions {
  title?: string;
  defaultPath?: string;
  buttonLabel?: string;
  filters?: FileFilter[];
  properties?: Array<
    | 'openFile'
    | 'openDirectory'
    | 'multiSelections'
    | 'showHiddenFiles'
    | 'createDirectory'
    | 'promptToCreate'
    | 'noResolveAliases'
    | 'treatPackageAsDirectory'
    | 'dontAddToRecent'
  >;
}

export interface OpenDialogReturnValue {
  canceled: boolean;
  /** Empty when the dialog was canceled. */
  filePaths: string[];
}

export interface Dialog {
  showErrorBox(title: string, content: string): void;
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface Shell {
  openPath(path: string): Promise<string>;
  showItemInFolder(fullPath: string): void;
}

export interface NotificationConstructorOptions {
  title?: string;
  body?: string;
  silent?: boolean;
}

/** A desktop notification shown by the main process (not the page, whose permissions are all refused). */
export interface Notification {
  show(): void;
  close(): void;
  on(event: 'click', listener: (event: ElectronEvent) => void): this;
}

export interface NotificationConstructor {
  new (options?: NotificationConstructorOptions): Notification;
  isSupported(): boolean;
}

export interface Display {
  workArea: Rectangle;
}

export interface Screen {
  getAllDisplays(): Display[];
}

/** What the main process takes from `require('electron')`. */
export interface ElectronMain {
  app: App;
  BrowserWindow: BrowserWindowConstructor;
  ipcMain: IpcMain;
  Menu: MenuStatic;
  dialog: Dialog;
  shell: Shell;
  screen: Screen;
  Notification: NotificationConstructor;
}

export interface ContextBridge {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export interface IpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/** What the preload takes from `require('electron')`. */
export interface ElectronPreload {
  contextBridge: ContextBridge;
  ipcRenderer: IpcRenderer;
}

// Both bundles are CommonJS, where `require` is the module's own loader (in the sandboxed
// preload it is Electron's polyfill). Declared locally and narrowly so nothing else can be
// required through it.
declare const require: (id: 'electron') => unknown;

/** The one place the main process turns the untyped module into our interface. */
export function loadElectronMain(): ElectronMain {
  return require('electron') as ElectronMain;
}

/** The one place the preload turns the untyped module into our interface. */
export function loadElectronPreload(): ElectronPreload {
  return require('electron') as ElectronPreload;
}
