// Test-only: a fake of the Electron surface in electron-api.ts, built on vi.fn so tests can
// both drive events (emit) and assert on calls. Nothing here starts a real Electron.

import { vi } from 'vitest';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  ElectronEvent,
  ElectronMain,
  HandlerDetails,
  HeadersReceivedResponse,
  IpcMain,
  IpcMainInvokeEvent,
  Menu,
  MenuItemConstructorOptions,
  MenuStatic,
  Notification,
  NotificationConstructorOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  OnHeadersReceivedListenerDetails,
  PermissionCheckName,
  PermissionRequestName,
  Rectangle,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Screen,
  Session,
  Shell,
  WebContents,
  WebContentsPrintOptions,
  WebFrameMain,
  WindowOpenHandlerResponse,
} from '../electron-api';

type Listener = (...args: never[]) => void;

/** Minimal event emitter whose `on` fits every overload of the interfaces it backs. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper = ((...args: never[]) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapper),
      );
      listener(...args);
    }) as Listener;
    return this.on(event, wrapper);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...(args as never[]));
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-style event whose preventDefault can be asserted on. */
export function fakeEvent<P extends object>(
  params?: P,
): ElectronEvent<P> & { preventDefault: ReturnType<typeof vi.fn> } {
  const event = { defaultPrevented: false, ...params } as ElectronEvent<P> & { defaultPrevented: boolean };
  const preventDefault = vi.fn(() => {
    event.defaultPrevented = true;
  });
  return Object.assign(event, { preventDefault });
}

type HeadersListener = (
  details: OnHeadersReceivedListenerDetails,
  callback: (response: HeadersReceivedResponse) => void,
) => void;
type RequestHandler = (
  webContents: WebContents,
  permission: PermissionRequestName,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type CheckHandler = (
  webContents: WebContents | null,
  permission: PermissionCheckName,
  origin: string,
  details: unknown,
) => boolean;

export class FakeSession implements Session {
  headersListener: HeadersListener | null = null;
  requestHandler: RequestHandler | null = null;
  checkHandler: CheckHandler | null = null;
  readonly webRequest = {
    onHeadersReceived: vi.fn((listener: HeadersListener | null) => {
      this.headersListener = listener;
    }),
  };
  setPermissionRequestHandler = vi.fn((handler: RequestHandler | null) => {
    this.requestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: CheckHandler | null) => {
    this.checkHandler = handler;
  });
}

let nextWebContentsId = 1;

export class FakeWebContents extends FakeEmitter implements WebContents {
  readonly id = nextWebContentsId++;
  readonly session = new FakeSession();
  url = '';
  destroyed = false;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  getURL = (): string => this.url;
  isDestroyed = (): boolean => this.destroyed;
  print = vi.fn(
    (_options?: WebContentsPrintOptions, _callback?: (success: boolean, failureReason: string) => void) => undefined,
  );
  setWindowOpenHandler = vi.fn((handler: (details: HandlerDetails) => WindowOpenHandlerResponse) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends FakeEmitter implements BrowserWindow {
  readonly webContents = new FakeWebContents();
  minimized = false;
  maximized = false;
  destroyed = false;
  normalBounds: Rectangle = { x: 10, y: 20, width: 1300, height: 820 };
  loadFile = vi.fn((filePath: string) => {
    this.webContents.url = `file://${filePath}`;
    return Promise.resolve();
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  isMinimized = (): boolean => this.minimized;
  isMaximized = (): boolean => this.maximized;
  isDestroyed = (): boolean => this.destroyed;
  getNormalBounds = (): Rectangle => this.normalBounds;

  constructor(readonly options?: BrowserWindowConstructorOptions) {
    super();
  }
}

export class FakeApp extends FakeEmitter implements App {
  isPackaged = false;
  gotLock = true;
  getVersion = vi.fn(() => '0.1.0');
  getPath = vi.fn((name: string) => `/home/user/${name}`);
  setPath = vi.fn((_name: string, _path: string) => undefined);
  setAppUserModelId = vi.fn((_id: string) => undefined);
  requestSingleInstanceLock = vi.fn((_data?: Record<string, unknown>) => this.gotLock);
  whenReady = vi.fn(() => Promise.resolve());
  quit = vi.fn();
  exit = vi.fn((_code?: number) => undefined);
}

export class FakeNotification extends FakeEmitter implements Notification {
  static isSupported(): boolean {
    return true;
  }
  shown = false;
  show = vi.fn(() => {
    this.shown = true;
  });
  close = vi.fn();

  constructor(readonly options?: NotificationConstructorOptions) {
    super();
  }
}

/** The fake's Notification class: remembers what it created; `supported` plays a desktop without notifications. */
export interface FakeNotificationClass {
  new (options?: NotificationConstructorOptions): FakeNotification;
  isSupported(): boolean;
  supported: boolean;
  created: FakeNotification[];
}

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain implements IpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle = vi.fn((channel: string, listener: InvokeHandler) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  });
}

/** An invoke event as if sent by `contents` from a frame showing `url`. */
export function fakeInvokeEvent(
  contents: WebContents,
  url: string,
  parent: WebFrameMain | null = null,
): IpcMainInvokeEvent {
  return { ...fakeEvent(), sender: contents, senderFrame: { url, parent } };
}

export interface FakeElectron extends ElectronMain {
  app: FakeApp;
  ipcMain: FakeIpcMain;
  Menu: MenuStatic & { buildFromTemplate: ReturnType<typeof vi.fn>; setApplicationMenu: ReturnType<typeof vi.fn> };
  dialog: Dialog & {
    showErrorBox: ReturnType<typeof vi.fn>;
    showMessageBox: ReturnType<typeof vi.fn>;
    showSaveDialog: ReturnType<typeof vi.fn<(options: SaveDialogOptions) => Promise<SaveDialogReturnValue>>>;
    showOpenDialog: ReturnType<typeof vi.fn<(options: OpenDialogOptions) => Promise<OpenDialogReturnValue>>>;
  };
  shell: Shell & { openPath: ReturnType<typeof vi.fn>; showItemInFolder: ReturnType<typeof vi.fn> };
  screen: Screen;
  Notification: FakeNotificationClass;
  /** Every window created through this fake's BrowserWindow, in order. */
  windows: FakeBrowserWindow[];
}

export function createFakeElectron(): FakeElectron {
  const windows: FakeBrowserWindow[] = [];
  class TrackedBrowserWindow extends FakeBrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions) {
      super(options);
      windows.push(this);
    }
  }
  const Menu = {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]): Menu => ({ items: template })),
    setApplicationMenu: vi.fn((_menu: Menu | null) => undefined),
  };
  const dialog = {
    showErrorBox: vi.fn((_title: string, _content: string) => undefined),
    showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
    showSaveDialog: vi.fn((_options: SaveDialogOptions) =>
      Promise.resolve<SaveDialogReturnValue>({ canceled: true, filePath: '' }),
    ),
    showOpenDialog: vi.fn((_options: OpenDialogOptions) =>
      Promise.resolve<OpenDialogReturnValue>({ canceled: true, filePaths: [] }),
    ),
  };
  const shell = {
    openPath: vi.fn((_path: string) => Promise.resolve('')),
    showItemInFolder: vi.fn((_path: string) => undefined),
  };
  // A fresh class per fake, so each test sees only its own notifications.
  class TrackedNotification extends FakeNotification {
    static supported = true;
    static created: FakeNotification[] = [];
    static override isSupported(): boolean {
      return TrackedNotification.supported;
    }
    constructor(options?: NotificationConstructorOptions) {
      super(options);
      TrackedNotification.created.push(this);
    }
  }
  const screen: Screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] };
  return {
    app: new FakeApp(),
    BrowserWindow: TrackedBrowserWindow,
    ipcMain: new FakeIpcMain(),
    Menu,
    dialog,
    shell,
    screen,
    Notification: TrackedNotification,
    windows,
  };
}
