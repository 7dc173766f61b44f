import type { MethodName } from './index';

// Who may call what. The gate in main/api/session-gate.ts enforces it; the renderer reads the same
// lists to hide what a person cannot do and to ask for the secret before a signature.

/** Callable with nobody signed in: what the sign-in screen and the first-run administrator need. */
export const OPEN_METHODS: readonly MethodName[] = [
  'system.info',
  'session.status',
  'session.get',
  'session.signIn',
  'session.firstAdmin',
];

/**
 * Signatures and other weighty acts: the input carries `secret`, the signed-in person's own secret,
 * asked again at that moment and checked on the server (a colleague's unlocked desk signs nothing).
 */
export const SIGNED_METHODS = [
  'review.signOpinion',
  'review.countersign',
  'transfers.out.approve',
  'documents.issue',
  'documents.issueReceipt',
  'documents.void',
  'data.restore',
  'profiles.copy',
  'profiles.save',
  'profiles.setDefault',
] as const satisfies readonly MethodName[];
export type SignedMethod = (typeof SIGNED_METHODS)[number];

/** Settings the office's administrators keep (rule profiles, holidays, templates, backups, staff); others read them. */
export const ADMIN_METHODS: readonly MethodName[] = [
  'office.save',
  'staff.create',
  'staff.update',
  'profiles.copy',
  'profiles.save',
  'profiles.setDefault',
  'calendar.load',
  'calendar.remove',
  'documents.saveTemplate',
  'documents.resetTemplate',
  'documents.savePdfFonts',
  'documents.resetPdfFonts',
  'data.backupNow',
  'data.restore',
  'session.access',
  'session.setAdmin',
  'session.resetSecret',
  'session.savePolicy',
];

export function isSignedMethod(name: string): name is SignedMethod {
  return (SIGNED_METHODS as readonly string[]).includes(name);
}
export function isAdminMethod(name: string): boolean {
  return ADMIN_METHODS.includes(name as MethodName);
}
export function isOpenMethod(name: string): boolean {
  return OPEN_METHODS.includes(name as MethodName);
}

/** Why a control is disabled for someone who is not an administrator (shown on hover). */
export const ADMIN_ONLY_REASON = '只有本单位指定的管理员可以修改此项';
