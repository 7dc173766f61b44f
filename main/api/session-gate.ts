import type { MethodName } from '../../shared/contract';
import { isAdminMethod, isOpenMethod, isSignedMethod, SIGNED_ACTS, SIGNER_FIELD } from '../../shared/contract/access';
import { AppError } from '../../shared/errors';
import { accessRow } from '../core/session/access-store';
import { readPolicy } from '../core/session/policy';
import { actorOf, checkSecret, recordRefused, recordSignOut } from '../core/session/sign-in';
import type { ApiContext } from './context';

/**
 * Brings the client's session up to date before a call: ends it after the office's idle time, or
 * when the person has been deactivated meanwhile, and re-reads their admin flag (it may have been
 * changed by another administrator). Returns why a session just ended, if it did.
 */
function refreshSession(ctx: ApiContext): string | null {
  const client = ctx.client;
  const actor = client?.actor;
  if (!client || !actor || actor.staffId === null) return null;
  const now = ctx.now().getTime();
  const idleMinutes = readPolicy(ctx.db).idleMinutes;
  if (client.lastActive > 0 && now - client.lastActive > idleMinutes * 60_000) {
    recordSignOut(ctx, actor, `超过 ${idleMinutes} 分钟未操作，自动退出（${client.door}）`);
    client.actor = null;
    return `超过 ${idleMinutes} 分钟未操作，已自动退出，请重新登录`;
  }
  const row = accessRow(ctx.db, actor.staffId);
  if (!row || !row.active) {
    recordSignOut(ctx, actor, `已停用，自动退出（${client.door}）`);
    client.actor = null;
    return `${actor.name} 已停用，已自动退出`;
  }
  // The admin flag may have been changed meanwhile; a trusted in-process sign-in keeps its own.
  if (!actor.trusted) client.actor = actorOf(row);
  return null;
}

/**
 * The one check every door passes through (registry.dispatch calls it before validation): who is
 * signed in, whether they may call this method, and — for a signature — whether the secret they
 * typed just now is theirs. Returns the input without `secret`, so no handler ever sees it.
 */
export function gate(method: MethodName, input: unknown, ctx: ApiContext): unknown {
  const ended = refreshSession(ctx);
  ctx.actor = ctx.client?.actor ?? null;
  if (isOpenMethod(method)) return input;
  const actor = ctx.actor;
  if (!actor) {
    if (ctx.client?.stale) {
      recordRefused(ctx, `使用已失效的登录凭据调用“${method}”被拒绝（${ctx.client.door}）`);
      throw new AppError('NOT_SIGNED_IN', '登录已失效（程序已重新启动或已退出登录），请重新登录');
    }
    throw new AppError('NOT_SIGNED_IN', ended ?? '请先登录：在登录页选择自己的姓名并输入密码');
  }
  if (ctx.client) ctx.client.lastActive = ctx.now().getTime();
  if (isAdminMethod(method) && !actor.admin)
    throw new AppError('ADMIN_REQUIRED', `${actor.name} 不是管理员：此项设置只能由本单位指定的管理员修改`);
  if (!isSignedMethod(method)) return input;
  const { secret, ...rest } = (input ?? {}) as Record<string, unknown>;
  // The trusted in-process actors (demo data, tests) are no person and have no secret to ask for.
  if (actor.staffId === null) return rest;
  const label = SIGNED_ACTS[method];
  if (typeof secret !== 'string' || secret.length === 0)
    throw new AppError('SECRET_REQUIRED', `${label}需要再次输入您的密码确认`, { field: 'secret' });
  const signerField = SIGNER_FIELD[method];
  if (signerField && rest[signerField] !== actor.staffId)
    throw new AppError('SIGNER_MISMATCH', `${label}须由该负责人本人登录后签名，当前登录的是 ${actor.name}`, {
      field: signerField,
    });
  checkSecret(ctx, actor.staffId, secret, `${label}确认`);
  return rest;
}
