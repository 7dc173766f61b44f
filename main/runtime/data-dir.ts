import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Same folder name Electron would use for app.getPath('userData') with our package name. */
export const APP_FOLDER_NAME = 'fashen-desk';

export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then FASHEN_DATA_DIR, then the per-user folder. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (value && !value.startsWith('--')) return resolve(value);
    } else if (arg?.startsWith('--data-dir=')) {
      return resolve(arg.slice('--data-dir='.length));
    }
  }
  const fromEnv = env['FASHEN_DATA_DIR'];
  if (fromEnv) return resolve(fromEnv);
  return defaultDataDir(env, platform);
}
