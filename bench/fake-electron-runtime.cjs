/* global require, module, setImmediate */
/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with `node -r`, it must patch CommonJS loading */
// Preloaded with `node -r` before dist/main/main.cjs (the desktop app's own bundle) so the main
// process starts in plain Node with Electron mocked: every part of the Electron API it touches
// answers with an inert stand-in. It prints how long the process took to reach the point where
// the real app asks the window to load the renderer (backend open, migrations run, IPC, menu and
// window created), then exits. The window's paint is the renderer's, measured in a browser.
const Module = require('node:module');

const started = Number(process.env.FASHEN_BENCH_T0 ?? Date.now());

/** A callable, constructible stand-in whose every property is another stand-in. */
function stub(name, overrides = {}) {
  const target = function () {};
  return new Proxy(target, {
    get(_target, key) {
      if (key in overrides) return overrides[key];
      if (key === 'then' || typeof key === 'symbol') return undefined;
      return stub(`${name}.${String(key)}`);
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

class FakeWindow {
  constructor() {
    this.webContents = stub('webContents', { session: stub('session') });
  }
  on() {
    return this;
  }
  once() {
    return this;
  }
  loadFile(path) {
    process.stdout.write(`__FASHEN_MAIN_READY ${Date.now() - started} ${path}\n`);
    setImmediate(() => process.exit(0));
    return new Promise(() => {});
  }
}
const windowStatics = new Proxy(FakeWindow, {
  get(target, key) {
    return key in target ? target[key] : stub(`BrowserWindow.${String(key)}`);
  },
});

const electron = stub('electron', {
  app: stub('app', {
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: () => true,
    isPackaged: false,
    getVersion: () => '0.0.0-bench',
    on: () => undefined,
    setPath: () => undefined,
  }),
  BrowserWindow: windowStatics,
  screen: stub('screen', {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  }),
  Notification: stub('Notification', { isSupported: () => false }),
});

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return electron;
  return load.call(this, request, ...rest);
};
module.exports = {};
