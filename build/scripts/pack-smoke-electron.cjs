/* global require, module, __dirname, setTimeout */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS stand-in for `electron`, which the CommonJS main bundle loads with require() */
// A stand-in for the `electron` module, used only by pack-check.mjs: the packed app is extracted
// from its asar, this file is put at node_modules/electron/index.js beside it, and the packed
// main bundle is run under plain Node. That proves the bundle starts from the packed files alone:
// it finds package.json, opens (and migrates) a database in a fresh data folder with the packed
// migrations and the packed better-sqlite3, loads the packed renderer and preload paths, and
// answers the renderer's first calls over the IPC handler (including the packed templates, read
// and previewed with their sample data, and a backup verified in the packed worker thread), as it
// would in the real window.
//
// It prints one line `FASHEN_SMOKE {json}` with what it saw and exits 0, or `FASHEN_SMOKE_ERROR`
// and exits 1 when the app reported a start-up failure (showErrorBox). Nothing here is Electron:
// no window is drawn and no page is run.

const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { EventEmitter } = require('node:events');

const appRoot = join(__dirname, '..', '..');
const version = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')).version;
const seen = { loadedFile: undefined, preload: undefined, preloadExists: false, notifications: [], menu: false };
const handlers = new Map();

function fail(message) {
  process.stdout.write(`FASHEN_SMOKE_ERROR ${message}\n`);
  process.exit(1);
}

class Emitter extends EventEmitter {}

const app = new Emitter();
Object.assign(app, {
  isPackaged: true,
  getVersion: () => version,
  getPath: (name) => join(appRoot, `.smoke-${name}`),
  setPath: () => undefined,
  setAppUserModelId: () => undefined,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => app.emit('will-quit', { preventDefault: () => undefined }),
  exit: (code) => process.exit(code ?? 0),
});

class WebContents extends Emitter {
  constructor() {
    super();
    this.id = 1;
    this.session = {
      webRequest: { onHeadersReceived: () => undefined },
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
    };
  }
  getURL() {
    return seen.loadedFile ? pathToFileURL(seen.loadedFile).href : '';
  }
  isDestroyed() {
    return false;
  }
  print() {}
  setWindowOpenHandler() {}
}

async function callOverIpc(window, method, input) {
  const handler = handlers.get('fashen:call');
  if (!handler) throw new Error('no handler registered for fashen:call');
  const event = { sender: window.webContents, senderFrame: { url: pathToFileURL(seen.loadedFile).href, parent: null } };
  return handler(event, method, input);
}

async function exercise(window) {
  // A fresh data folder: the first administrator is set up and signed in, as the setup screen does
  // (everything that reads the office's data needs someone signed in).
  const firstAdmin = await callOverIpc(window, 'session.firstAdmin', { name: '打包检查', secret: 'pack-check-secret' });
  const info = await callOverIpc(window, 'system.info', {});
  const attention = await callOverIpc(window, 'home.attention', {});
  const setup = await callOverIpc(window, 'setup.status', {});
  // The packed templates and their sample data, read and rendered by the packed bundle.
  const templates = await callOverIpc(window, 'documents.templates', {});
  const preview = await callOverIpc(window, 'documents.previewSample', { templateId: 'review-opinion' });
  const previewSummary = preview.ok ? { ok: true, length: preview.value.html.length } : preview;
  // 立即备份: the copy is verified in the backup worker thread, which the bundle finds beside itself.
  const backup = await callOverIpc(window, 'data.backupNow', {});
  process.stdout.write(
    `FASHEN_SMOKE ${JSON.stringify({ ...seen, firstAdmin, info, attention, setup, templates, preview: previewSummary, backup })}\n`,
  );
  app.quit();
  process.exit(0);
}

class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    this.webContents = new WebContents();
    seen.preload = options?.webPreferences?.preload;
    seen.preloadExists = typeof seen.preload === 'string' && existsSync(seen.preload);
  }
  loadFile(file) {
    if (!existsSync(file)) return Promise.reject(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${file}'`));
    seen.loadedFile = file;
    // After the shell's own post-load work (the start-up notice) has had its turn.
    setTimeout(() => exercise(this).catch((error) => fail(error.stack ?? String(error))), 200);
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
}

class Notification extends Emitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    seen.notifications.push(options);
  }
  show() {}
  close() {}
}

module.exports = {
  app,
  BrowserWindow,
  Notification,
  ipcMain: { handle: (channel, listener) => handlers.set(channel, listener) },
  Menu: {
    buildFromTemplate: (template) => ({ items: template }),
    setApplicationMenu: () => {
      seen.menu = true;
    },
  },
  dialog: {
    showErrorBox: (title, content) => fail(`${title}: ${content}`),
    showMessageBox: () => Promise.resolve({ response: 0, checkboxChecked: false }),
    showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
  },
  shell: { openPath: () => Promise.resolve(''), showItemInFolder: () => undefined },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
};
