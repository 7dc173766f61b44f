// Remembers the window's size and position between runs in a small JSON file in the data
// folder. The file is only a convenience: anything unreadable or implausible is ignored and the
// window opens at the default size.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { BrowserWindow, Rectangle } from './electron-api';

export const WINDOW_STATE_FILE = 'window-state.json';

const MIN_WIDTH = 960;
const MIN_HEIGHT = 600;
/** How much of the title bar must land on a screen for a saved position to be reused. */
const MIN_VISIBLE = 100;

const windowStateSchema = z.object({
  width: z.number().int().min(MIN_WIDTH).max(20_000),
  height: z.number().int().min(MIN_HEIGHT).max(20_000),
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

export function windowStatePath(dataDir: string): string {
  return join(dataDir, WINDOW_STATE_FILE);
}

/** Reads the saved state; a missing, corrupt or out-of-range file gives the defaults. */
export function readWindowState(file: string): WindowState {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
}

/** Writes through a temporary file and a rename, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(temporary, file);
}

/** The state to remember: the normal (unmaximized) bounds, so un-maximizing later restores them. */
export function captureWindowState(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    width: Math.max(MIN_WIDTH, Math.round(bounds.width)),
    height: Math.max(MIN_HEIGHT, Math.round(bounds.height)),
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    maximized: window.isMaximized(),
  };
}

/**
 * Keeps a saved position only if the window's top strip lands on a current screen (a laptop
 * taken off its docking station must not open the window out of sight), and shrinks the size to
 * the largest screen. Without screens (should not happen) the state is used as saved.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const fitted: WindowState = {
    width: Math.max(MIN_WIDTH, Math.min(state.width, maxWidth)),
    height: Math.max(MIN_HEIGHT, Math.min(state.height, maxHeight)),
    maximized: state.maximized,
  };
  if (state.x === undefined || state.y === undefined) return fitted;
  const { x, y } = state;
  const titleBar: Rectangle = { x, y, width: fitted.width, height: 40 };
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x);
    const overlapY = Math.min(titleBar.y + titleBar.height, area.y + area.height) - Math.max(titleBar.y, area.y);
    return overlapX >= MIN_VISIBLE && overlapY > 0;
  });
  return visible ? { ...fitted, x, y } : fitted;
}
