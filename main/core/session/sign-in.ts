import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/log';
import type { Actor } from './actor';
import {
  accessRow,
  clearFailures,
  needsFirstAdmin,
  storeAdmin,
  storeFailure,
  storeSecretHash,
  type AccessRow,
} from './access-store';
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS, readPolicy, writePolicy } from './policy';
import { checkNewSecret, hashSecret, verifySecret, type ScryptCost } from './secrets';
import type { SecretKind } from '../../../shared/contract/session';

// Proving who one is: signing in, and the secret asked again before a signature. Every failure is
// written to the audit log in its own transaction (the command itself changes nothing), and five
// wrong tries in a row lock the person for a while. No secret or hash is ever logged.

export interface SessionCtx {
  db: Db;
  now(): Date;
  /** How hard new secrets' hashes are to compute: DEFAULT_COST unless the backend was opened for public secrets. */
  secretCost?: ScryptCost | undefined;
}

function audit(ctx: SessionCtx, actor: string, action: string, staffId: number | string, summary: string): void {
  ctx.db
    .transaction(() =>
      appendAudit(ctx.db, {
        at: ctx.now().toISOString(),
        actor,
        action,
        entity: 'session',
        entityId: String(staffId),
        summary,
        before: undefined,
        after: undefined,
      }),
    )
    .immediate();
}

function lockedMessage(until: string, now: Date): string {
  const minutes = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
  return `密码连续输错 ${MAX_FAILED_ATTEMPTS} 次，已暂时锁定，请约 ${Math.min(minutes, LOCK_MINUTES)} 分钟后再试，或请管理员重设密码`;
}

/**
 * Checks `secret` for person `staffId`; returns their row, or throws (BAD_CREDENTIALS, LOCKED,
 * NOT_FOUND) after recording the attempt. `purpose` says in the log what it was for.
 */
export function checkSecret(ctx: SessionCtx, staffId: number, secret: string, purpose: string): AccessRow {
  const row = accessRow(ctx.db, staffId);
  const now = ctx.now();
  if (!row) {
    audit(ctx, '未登录', 'session.refused', staffId, `${purpose}被拒绝：人员编号 ${staffId} 不存在`);
    throw new AppError('NOT_FOUND', '所选人员不存在，请重新选择');
  }
  if (!row.active) {
    audit(ctx, row.name, 'session.refused', staffId, `${purpose}被拒绝：${row.name} 已停用`);
    throw new AppError('STAFF_INACTIVE', `${row.name} 已停用，不能登录。如需恢复，请管理员在“设置 › 人员”中重新启用`);
  }
  if (row.lockedUntil && row.lockedUntil > now.toISOString()) {
    audit(ctx, row.name, 'session.refused', staffId, `${purpose}被拒绝：已锁定`);
    throw new AppError('LOCKED', lockedMessage(row.lockedUntil, now));
  }
  if (!row.secretHash) {
    audit(ctx, row.name, 'session.refused', staffId, `${purpose}被拒绝：尚未设置密码`);
    throw new AppError('NO_SECRET', `${row.name} 还没有密码，请管理员在“设置 › 登录与权限”中为其设置`);
  }
  if (!verifySecret(secret, row.secretHash)) {
    const failed = row.failedAttempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    ctx.db.transaction(() => storeFailure(ctx.db, staffId, lock ? 0 : failed, lock)).immediate();
    audit(
      ctx,
      row.name,
      'session.refused',
      staffId,
      `${purpose}被拒绝：密码错误（第 ${failed} 次）${lock ? '，已锁定' : ''}`,
    );
    if (lock) throw new AppError('LOCKED', lockedMessage(lock, now));
    throw new AppError(
      'BAD_CREDENTIALS',
      `密码不正确，请重新输入（再错 ${MAX_FAILED_ATTEMPTS - failed} 次将暂时锁定）`,
      { field: 'secret' },
    );
  }
  if (row.failedAttempts > 0 || row.lockedUntil) ctx.db.transaction(() => clearFailures(ctx.db, staffId)).immediate();
  return row;
}

export function actorOf(row: AccessRow): Actor {
  return { staffId: row.staffId, name: row.name, admin: row.admin };
}

export function signIn(ctx: SessionCtx, staffId: number, secret: string, door: string): Actor {
  const row = checkSecret(ctx, staffId, secret, `登录（${door}）`);
  audit(ctx, row.name, 'session.signIn', staffId, `${row.name} 登录（${door}）`);
  return actorOf(row);
}

export function recordSignOut(ctx: SessionCtx, actor: Actor, why: string): void {
  audit(ctx, actor.name, 'session.signOut', actor.staffId ?? '-', `${actor.name} ${why}`);
}

/** Records a refused call with no one signed in (a token from an earlier launch, an expired session). */
export function recordRefused(ctx: SessionCtx, summary: string): void {
  audit(ctx, '未登录', 'session.refused', '-', summary);
}

/** Gives a person a new secret (checked against the office's rule). Runs inside the caller's transaction. */
export function setSecret(ctx: SessionCtx, staffId: number, secret: string, field = 'secret'): void {
  checkNewSecret(secret, readPolicy(ctx.db).secretKind, field);
  storeSecretHash(ctx.db, staffId, hashSecret(secret, ctx.secretCost), ctx.now().toISOString());
}

/**
 * The first administrator of a new (or upgraded) database: an existing active person chosen by id,
 * or a new head created by name. Refused once anyone can administer (then an administrator sets secrets).
 */
export function firstAdmin(
  ctx: SessionCtx,
  input: { staffId: number | null; name?: string | undefined; secretKind: SecretKind; secret: string },
  /** Registers a new head through the staff capability (which owns the staff table); returns the id. */
  createHead: (name: string) => number,
): Actor {
  if (!needsFirstAdmin(ctx.db))
    throw new AppError('FORBIDDEN', '本单位已有管理员：请选择自己的姓名登录；忘记密码请找管理员重设');
  let staffId = input.staffId;
  if (staffId === null) {
    if (!input.name) throw new AppError('VALIDATION', '请填写姓名', { field: 'name' });
    checkNewSecret(input.secret, input.secretKind);
    staffId = createHead(input.name);
  } else {
    const row = accessRow(ctx.db, staffId);
    if (!row || !row.active) throw new AppError('NOT_FOUND', '所选人员不存在或已停用');
  }
  writePolicy(ctx.db, { ...readPolicy(ctx.db), secretKind: input.secretKind });
  setSecret(ctx, staffId, input.secret);
  storeAdmin(ctx.db, staffId, true);
  const row = accessRow(ctx.db, staffId);
  if (!row) throw new Error('first administrator vanished');
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: row.name,
    action: 'session.firstAdmin',
    entity: 'session',
    entityId: String(staffId),
    summary: `设置首位管理员：${row.name}`,
    before: undefined,
    after: { staffId, admin: true },
  });
  return actorOf(row);
}
