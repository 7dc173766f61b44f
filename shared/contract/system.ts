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

export type AttentionLevel = 'info' | 'warning' | 'danger';

/** One line on the home page: something a person should act on, and why. */
export interface AttentionItem {
  kind: string;
  level: AttentionLevel;
  title: string;
  detail: string;
  /** In-app route to act on it, e.g. "/cases/12". */
  link: string;
  /** When it falls due (UTC ISO instant), so deadlines of every kind line up; null when no date applies. */
  dueAt: string | null;
}

export const systemMethods = {
  'system.info': method<SystemInfo>()(noInput),
  'home.attention': method<AttentionItem[]>()(noInput),
  /** Whether the first-run wizard should open by itself. */
  'setup.status': method<{ needed: boolean }>()(noInput),
  'setup.dismiss': method<{ needed: boolean }>()(noInput),
};
