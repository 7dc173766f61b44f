import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { defaultDataDir, resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  it('prefers --data-dir over the environment', () => {
    expect(resolveDataDir(['serve', '--data-dir', 'x'], { FASHEN_DATA_DIR: '/env' })).toBe(resolve('x'));
    expect(resolveDataDir(['--data-dir=/a/b'], { FASHEN_DATA_DIR: '/env' })).toBe('/a/b');
  });
  it('uses FASHEN_DATA_DIR when no flag is given', () => {
    expect(resolveDataDir(['serve'], { FASHEN_DATA_DIR: '/env/dir' })).toBe('/env/dir');
  });
  it('falls back to the per-user folder Electron would use', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe('/home/u/.config/fashen-desk');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toMatch(/fashen-desk$/);
  });
});
