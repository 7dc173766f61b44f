import type { Db } from '../../db/open';
import { SECRET_KINDS, type SecretKind } from '../../../shared/contract/session';
import { getSetting, setSetting } from './settings';

// The office's sign-in rules, kept as settings: password or PIN, how long an idle session lasts,
// and whether office-network mode starts by itself.

const KIND = 'session.secretKind';
const IDLE = 'session.idleMinutes';
const LAN = 'session.lanEnabled';

export const DEFAULT_IDLE_MINUTES = 30;
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export interface Policy {
  secretKind: SecretKind;
  idleMinutes: number;
  lanEnabled: boolean;
}

export function readPolicy(db: Db): Policy {
  const kind = getSetting(db, KIND);
  const idle = Number(getSetting(db, IDLE));
  return {
    secretKind: (SECRET_KINDS as readonly string[]).includes(kind ?? '') ? (kind as SecretKind) : 'password',
    idleMinutes: Number.isInteger(idle) && idle > 0 ? idle : DEFAULT_IDLE_MINUTES,
    lanEnabled: getSetting(db, LAN) === '1',
  };
}

export function writePolicy(db: Db, policy: Policy): void {
  setSetting(db, KIND, policy.secretKind);
  setSetting(db, IDLE, String(policy.idleMinutes));
  setSetting(db, LAN, policy.lanEnabled ? '1' : '0');
}
