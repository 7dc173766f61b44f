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

export const systemMethods = {
  'system.info': method<SystemInfo>()(noInput),
  'session.get': method<Operator>()(noInput),
  'session.setOperator': method<Operator>()(z.strictObject({ staffId: entityId('使用人').nullable() })),
  /** Whether the first-run wizard should open by itself. */
  'setup.status': method<{ needed: boolean }>()(noInput),
  'setup.dismiss': method<{ needed: boolean }>()(noInput),
};
