import { z } from 'zod';
import { method } from './method';
import { entityId, noInput, requiredText } from './fields';
import { cleanText } from '../text-input';

/** How the office's people prove who they are: a password, or a 6-digit PIN (an office setting). */
export const SECRET_KINDS = ['password', 'pin'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];
export const PASSWORD_MIN_LENGTH = 8;
export const SECRET_MAX_LENGTH = 128;

/** The signed-in person of this window / browser / command (null: nobody). */
export interface Operator {
  staffId: number | null;
  name: string | null;
  /** Keeps the office's settings (rule profiles, holidays, templates, backups, staff). */
  admin: boolean;
}

export interface SignInPerson {
  staffId: number;
  name: string;
  /** False until an administrator gives them a secret: they cannot sign in yet. */
  hasSecret: boolean;
}

/** What the sign-in screen needs; callable with nobody signed in. */
export interface SessionStatus {
  signedIn: Operator | null;
  /** Nobody can sign in yet (a new or upgraded database): the first administrator is to be set up. */
  needsFirstAdmin: boolean;
  people: SignInPerson[];
  secretKind: SecretKind;
  /** The office-network certificate's SHA-256 fingerprint, for people to compare; null when not in use. */
  certificateFingerprint: string | null;
}

export interface SessionPolicy {
  secretKind: SecretKind;
  /** Minutes without a call after which a session ends by itself. */
  idleMinutes: number;
  /** Office-network mode (`fashen serve --lan`) starts by itself when on. */
  lanEnabled: boolean;
  certificateFingerprint: string | null;
}

export interface StaffAccess {
  staffId: number;
  name: string;
  active: boolean;
  admin: boolean;
  hasSecret: boolean;
  /** UTC instant until which sign-in is refused after too many wrong tries; null when not locked. */
  lockedUntil: string | null;
}

/**
 * Shape only. Empty, too short, not 6 digits: those depend on the office setting and are checked on
 * the server, where each refused attempt is also written to the audit log.
 */
export const secretField = (label = '密码') =>
  z
    .string({ error: `请输入${label}` })
    .max(SECRET_MAX_LENGTH, `${label}不能超过 ${SECRET_MAX_LENGTH} 个字符`)
    // Refused, never stripped: a secret changed silently would not be the one the person typed.
    .refine((value) => cleanText(value, false) === value, `${label}不能包含不可见的控制字符`);

export const sessionMethods = {
  'session.status': method<SessionStatus>()(noInput),
  'session.get': method<Operator>()(noInput),
  'session.signIn': method<Operator>()(z.strictObject({ staffId: entityId('人员'), secret: secretField() })),
  'session.signOut': method<Operator>()(noInput),
  /** Creates (or, on an older database, chooses) the first administrator and gives them a secret. */
  'session.firstAdmin': method<Operator>()(
    z.strictObject({
      staffId: entityId('人员').nullable().default(null),
      name: requiredText('姓名', 30).optional(),
      secretKind: z.enum(SECRET_KINDS, { error: '请选择密码或 PIN 码' }).default('password'),
      secret: secretField(),
    }),
  ),
  'session.changeSecret': method<Operator>()(
    z.strictObject({ current: secretField('当前密码'), next: secretField('新密码') }),
  ),
  'session.access': method<StaffAccess[]>()(noInput),
  'session.setAdmin': method<StaffAccess[]>()(
    z.strictObject({ staffId: entityId('人员'), admin: z.boolean({ error: '请选择是否为管理员' }) }),
  ),
  /** An administrator sets a person's secret (a forgotten one, or a first one); unlocks them. Audited. */
  'session.resetSecret': method<StaffAccess[]>()(
    z.strictObject({ staffId: entityId('人员'), newSecret: secretField('新密码') }),
  ),
  'session.policy': method<SessionPolicy>()(noInput),
  'session.savePolicy': method<SessionPolicy>()(
    z.strictObject({
      secretKind: z.enum(SECRET_KINDS, { error: '请选择密码或 PIN 码' }),
      idleMinutes: z
        .number({ error: '自动退出时间应为分钟数' })
        .int('自动退出时间应为整分钟')
        .min(1, '自动退出时间至少 1 分钟')
        .max(24 * 60, '自动退出时间不能超过 24 小时'),
      lanEnabled: z.boolean({ error: '请选择是否开启办公室网络模式' }),
    }),
  ),
};
