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
 * Signatures and other weighty acts, with what the person is doing (said when the secret is asked
 * for, and in the audit log when it is refused): the input carries `secret`, the signed-in person's
 * own secret, asked again at that moment and checked on the server (a colleague's unlocked desk signs nothing).
 */
export const SIGNED_ACTS = {
  'review.signOpinion': '在审核意见上签名',
  'review.countersign': '作为法制审核机构负责人签名',
  'review.recordDecision': '作为行政执法机关负责人作出决定',
  'transfers.out.approve': '批准移送',
  'transfers.criminal.decide': '审批涉嫌犯罪案件移送',
  // Issues the 送达回证 of a letter made in the app, as documents.issueReceipt does: the same paper,
  // the same signature (and the receipt starts the receiver's deadline to answer).
  'transfers.out.recordReceipt': '登记受送达单位的签收（送达回证）',
  'documents.issue': '出具文书',
  'documents.issueReceipt': '出具送达回证',
  'documents.void': '作废文书',
  'data.restore': '从备份恢复数据',
  'profiles.copy': '新建规则配置',
  'profiles.save': '修改规则配置',
  'profiles.setDefault': '更换默认规则配置',
  'review.setHearingSetting': '修改听证“较大数额”标准',
} as const satisfies Partial<Record<MethodName, string>>;
export type SignedMethod = keyof typeof SIGNED_ACTS;
export const SIGNED_METHODS = Object.keys(SIGNED_ACTS) as SignedMethod[];

/** Signatures whose input names the signer (`headId`): only that person, signed in, may give it. */
export const SIGNER_FIELD: Partial<Record<SignedMethod, 'headId'>> = {
  'transfers.out.approve': 'headId',
  'transfers.criminal.decide': 'headId',
};

/** Settings the office's administrators keep (rule profiles, holidays, templates, backups, staff); others read them. */
export const ADMIN_METHODS: readonly MethodName[] = [
  'office.save',
  'staff.create',
  'staff.update',
  'profiles.copy',
  'profiles.save',
  'profiles.setDefault',
  'review.setHearingSetting',
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
