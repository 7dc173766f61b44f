// The window side of the Electron 41 API slice (see electron-api.ts, which re-exports all of
// this): events, web preferences, sessions, webContents and BrowserWindow. Types only.

/** Electron's `Event<Params>`: a preventable event merged with per-event details. */
export type ElectronEvent<Params extends object = object> = {
  preventDefault: () => void;
  readonly defaultPrevented: boolean;
} & Params;

export interface Rectangle {
  height: number;
  width: number;
  x: number;
  y: number;
}

export interface WebPreferences {
  allowRunningInsecureContent?: boolean;
  contextIsolation?: boolean;
  devTools?: boolean;
  disableBlinkFeatures?: string;
  experimentalFeatures?: boolean;
  navigateOnDragDrop?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  nodeIntegrationInWorker?: boolean;
  preload?: string;
  sandbox?: boolean;
  spellcheck?: boolean;
  webSecurity?: boolean;
  webviewTag?: boolean;
}

export interface BrowserWindowConstructorOptions {
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  backgroundColor?: string;
  webPreferences?: WebPreferences;
}

export interface WebFrameMain {
  readonly url: string;
  readonly parent: WebFrameMain | null;
}

export interface WebContentsWillNavigateEventParams {
  url: string;
  isSameDocument: boolean;
  isMainFrame: boolean;
  frame: WebFrameMain | null;
  initiator?: WebFrameMain | null;
}

export type WebContentsWillRedirectEventParams = WebContentsWillNavigateEventParams;

export interface RenderProcessGoneDetails {
  exitCode: number;
  reason:
    | 'clean-exit'
    | 'abnormal-exit'
    | 'killed'
    | 'crashed'
    | 'oom'
    | 'launch-failed'
    | 'integrity-failure'
    | 'memory-eviction';
}

export interface HandlerDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
}

export interface WindowOpenHandlerResponse {
  action: 'allow' | 'deny';
}

export interface OnHeadersReceivedListenerDetails {
  id: number;
  url: string;
  method: string;
  resourceType:
    | 'mainFrame'
    | 'subFrame'
    | 'stylesheet'
    | 'script'
    | 'image'
    | 'font'
    | 'object'
    | 'xhr'
    | 'ping'
    | 'cspReport'
    | 'media'
    | 'webSocket'
    | 'other';
  statusCode: number;
  responseHeaders?: Record<string, string[]>;
}

export interface HeadersReceivedResponse {
  cancel?: boolean;
  responseHeaders?: Record<string, string | string[]>;
  statusLine?: string;
}

export type PermissionRequestName =
  | 'clipboard-read'
  | 'clipboard-sanitized-write'
  | 'display-capture'
  | 'fullscreen'
  | 'geolocation'
  | 'idle-detection'
  | 'media'
  | 'mediaKeySystem'
  | 'midi'
  | 'midiSysex'
  | 'notifications'
  | 'pointerLock'
  | 'keyboardLock'
  | 'openExternal'
  | 'speaker-selection'
  | 'storage-access'
  | 'top-level-storage-access'
  | 'window-management'
  | 'unknown'
  | 'fileSystem';

export type PermissionCheckName =
  | 'clipboard-read'
  | 'clipboard-sanitized-write'
  | 'geolocation'
  | 'fullscreen'
  | 'hid'
  | 'idle-detection'
  | 'media'
  | 'mediaKeySystem'
  | 'midi'
  | 'midiSysex'
  | 'notifications'
  | 'openExternal'
  | 'pointerLock'
  | 'serial'
  | 'storage-access'
  | 'top-level-storage-access'
  | 'usb'
  | 'deprecated-sync-clipboard-read'
  | 'fileSystem';

export interface WebRequest {
  onHeadersReceived(
    listener:
      | ((
          details: OnHeadersReceivedListenerDetails,
          callback: (headersReceivedResponse: HeadersReceivedResponse) => void,
        ) => void)
      | null,
  ): void;
}

export interface Session {
  readonly webRequest: WebRequest;
  setPermissionRequestHandler(
    handler:
      | ((
          webContents: WebContents,
          permission: PermissionRequestName,
          callback: (permissionGranted: boolean) => void,
          details: unknown,
        ) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    handler:
      | ((
          webContents: WebContents | null,
          permission: PermissionCheckName,
          requestingOrigin: string,
          details: unknown,
        ) => boolean)
      | null,
  ): void;
}

export interface WebContentsPrintOptions {
  silent?: boolean;
  printBackground?: boolean;
}

type NavigationListener<Params extends object> = (
  details: ElectronEvent<Params>,
  url: string,
  isInPlace: boolean,
  isMainFrame: boolean,
  frameProcessId: number,
  frameRoutingId: number,
) => void;

export interface WebContents {
  readonly id: number;
  readonly session: Session;
  getURL(): string;
  isDestroyed(): boolean;
  print(options?: WebContentsPrintOptions, callback?: (success: boolean, failureReason: string) => void): void;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  on(event: 'will-navigate', listener: NavigationListener<WebContentsWillNavigateEventParams>): this;
  on(event: 'will-redirect', listener: NavigationListener<WebContentsWillRedirectEventParams>): this;
  on(
    event: 'will-attach-webview',
    listener: (event: ElectronEvent, webPreferences: WebPreferences, params: Record<string, string>) => void,
  ): this;
  on(event: 'render-process-gone', listener: (event: ElectronEvent, details: RenderProcessGoneDetails) => void): this;
}

export interface BrowserWindow {
  readonly webContents: WebContents;
  loadFile(filePath: string): Promise<void>;
  on(event: 'close', listener: (event: ElectronEvent) => void): this;
  once(event: 'ready-to-show', listener: () => void): this;
  show(): void;
  focus(): void;
  restore(): void;
  maximize(): void;
  isMinimized(): boolean;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  getNormalBounds(): Rectangle;
}

export type BrowserWindowConstructor = new (options?: BrowserWindowConstructorOptions) => BrowserWindow;
