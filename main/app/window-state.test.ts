import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeBrowserWindow } from './testing/fake-electron';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  readWindowState,
  windowStatePath,
  writeWindowState,
} from './window-state';

function tempFile(content?: string): string {
  const file = windowStatePath(mkdtempSync(join(tmpdir(), 'fashen-window-')));
  if (content !== undefined) writeFileSync(file, content, 'utf8');
  return file;
}

const SCREEN = { x: 0, y: 0, width: 1920, height: 1040 };

describe('readWindowState', () => {
  it('gives the defaults when there is no file', () => {
    expect(readWindowState(tempFile())).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['corrupt JSON', '{"width": 1300, "hei'],
    ['not an object', '[1, 2, 3]'],
    ['a size too small to use', '{"width": 10, "height": 10, "maximized": false}'],
    ['a wrong type', '{"width": "1300", "height": 800, "maximized": false}'],
    ['a missing field', '{"width": 1300, "height": 800}'],
    ['an absurd position', '{"width": 1300, "height": 800, "x": 1e12, "y": 0, "maximized": false}'],
  ])('ignores a file with %s', (_what, content) => {
    expect(readWindowState(tempFile(content))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips what was written', () => {
    const file = tempFile();
    const state = { width: 1500, height: 900, x: 40, y: 30, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });
});

describe('captureWindowState', () => {
  it('remembers the normal bounds and whether the window was maximized', () => {
    const window = new FakeBrowserWindow();
    window.normalBounds = { x: 12.4, y: 7.6, width: 1333.2, height: 777 };
    window.maximized = true;
    expect(captureWindowState(window)).toEqual({ x: 12, y: 8, width: 1333, height: 777, maximized: true });
  });
});

describe('fitToDisplays', () => {
  it('keeps a position that is on a screen', () => {
    const state = { width: 1300, height: 800, x: 100, y: 50, maximized: false };
    expect(fitToDisplays(state, [SCREEN])).toEqual(state);
  });

  it('forgets a position on a screen that is gone', () => {
    const state = { width: 1300, height: 800, x: 2500, y: 50, maximized: false };
    expect(fitToDisplays(state, [SCREEN])).toEqual({ width: 1300, height: 800, maximized: false });
  });

  it('accepts a position on a second screen', () => {
    const state = { width: 1300, height: 800, x: 2500, y: 50, maximized: false };
    expect(fitToDisplays(state, [SCREEN, { x: 1920, y: 0, width: 1920, height: 1040 }])).toEqual(state);
  });

  it('shrinks a window larger than every screen', () => {
    const state = { width: 3000, height: 2000, maximized: false };
    expect(fitToDisplays(state, [SCREEN])).toEqual({ width: 1920, height: 1040, maximized: false });
  });

  it('uses the state as saved when no screen is reported', () => {
    const state = { width: 1300, height: 800, x: 9000, y: 9000, maximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });
});
