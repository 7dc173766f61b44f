import { method } from './method';
import { noInput } from './fields';

export interface SystemInfo {
  appVersion: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  /** The desktop app (system dialogs, show in folder); false in browser mode. */
  desktop: boolean;
}

export const systemMethods = {
  'system.info': method<SystemInfo>()(noInput),
  /** Whether the first-run wizard should open by itself. */
  'setup.status': method<{ needed: boolean }>()(noInput),
  'setup.dismiss': method<{ needed: boolean }>()(noInput),
};
