import { z } from 'zod';
import { method } from './method';
import { entityId, noInput } from './fields';

export interface SystemInfo {
  appVersion: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  /** The desktop app (system dialogs, show in folder); false in browser mode. */
  desktop: boolean;
}

export interface Operator {
  staffId: number | null;
  name: string | null;
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
  'session.get': method<Operator>()(noInput),
  'session.setOperator': method<Operator>()(z.strictObject({ staffId: entityId('使用人').nullable() })),
  'home.attention': method<AttentionItem[]>()(noInput),
  /** Whether the first-run wizard should open by itself. */
  'setup.status': method<{ needed: boolean }>()(noInput),
  'setup.dismiss': method<{ needed: boolean }>()(noInput),
};
