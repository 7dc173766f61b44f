import type { HandlerTable } from '../registry';
import type { ApiContext } from '../context';
import type { Operator, SessionPolicy, StaffAccess } from '../../../shared/contract/session';
import { AppError, isAppError } from '../../../shared/errors';
import { appendAudit } from '../../core/audit/log';
import { accessRow, allAccessRows, needsFirstAdmin, storeAdmin, toStaffAccess } from '../../core/session/access-store';
import { readPolicy, writePolicy } from '../../core/session/policy';
import { checkSecret, firstAdmin, recordRefused, recordSignOut, setSecret, signIn } from '../../core/session/sign-in';
import { createStaff } from '../../core/staff/service';
import { staffInput } from '../../../shared/contract/staff';

// session.*: signing in and out on this client, and the administrators' side of secrets. These run
// as async handlers with their own transactions, so a refused attempt is still written to the log.

function signedIn(ctx: ApiContext): Operator {
  const actor = ctx.client?.actor;
  return actor
    ? { staffId: actor.staffId, name: actor.name, admin: actor.admin }
    : { staffId: null, name: null, admin: false };
}

function requireClient(ctx: ApiContext) {
  if (!ctx.client) throw new Error('session method called without a client');
  return ctx.client;
}

function access(ctx: ApiContext): StaffAccess[] {
  return allAccessRows(ctx.db).map((row) => toStaffAccess(row, ctx.now()));
}

function policy(ctx: ApiContext): SessionPolicy {
  return { ...readPolicy(ctx.db), certificateFingerprint: ctx.certificateFingerprint ?? null };
}

/** A refused new secret (empty, too short, a weak PIN) is logged too, then refused as it was. */
function auditingRefusal<T>(ctx: ApiContext, what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isAppError(error) && error.code === 'VALIDATION')
      recordRefused(
        ctx,
        `${what}被拒绝：${error.message}（${ctx.client?.door ?? '-'}，${ctx.actor?.name ?? '未登录'}）`,
      );
    throw error;
  }
}

function audit(ctx: ApiContext, action: string, staffId: number, summary: string, after?: unknown): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: ctx.actor?.name ?? '未登录',
    action,
    entity: 'session',
    entityId: String(staffId),
    summary,
    before: undefined,
    after,
  });
}

export function registerSessionHandlers(table: HandlerTable): void {
  table.register('session.get', (_input, ctx) => signedIn(ctx));

  table.register('session.status', (_input, ctx) => {
    const rows = allAccessRows(ctx.db).filter((row) => row.active);
    return {
      signedIn: ctx.client?.actor ? signedIn(ctx) : null,
      needsFirstAdmin: needsFirstAdmin(ctx.db),
      people: rows.map((row) => ({ staffId: row.staffId, name: row.name, hasSecret: row.secretHash !== null })),
      secretKind: readPolicy(ctx.db).secretKind,
      certificateFingerprint: ctx.certificateFingerprint ?? null,
    };
  });

  table.registerAsync('session.signIn', (input, ctx) => {
    const client = requireClient(ctx);
    if (input.secret.length === 0) {
      recordRefused(ctx, `登录被拒绝：未输入密码（${client.door}）`);
      throw new AppError('VALIDATION', '请输入密码', { field: 'secret' });
    }
    const previous = client.actor;
    const actor = signIn(ctx, input.staffId, input.secret, client.door);
    if (previous && previous.staffId !== actor.staffId)
      recordSignOut(ctx, previous, `退出（${client.door}，换人登录）`);
    client.actor = actor;
    client.lastActive = ctx.now().getTime();
    ctx.actor = actor;
    return Promise.resolve(signedIn(ctx));
  });

  table.registerAsync('session.signOut', (_input, ctx) => {
    const client = requireClient(ctx);
    if (client.actor) recordSignOut(ctx, client.actor, `退出（${client.door}）`);
    client.actor = null;
    return Promise.resolve(signedIn(ctx));
  });

  table.registerAsync('session.firstAdmin', (input, ctx) => {
    const client = requireClient(ctx);
    const actor = auditingRefusal(ctx, '设置首位管理员', () =>
      ctx.db.transaction(() =>
        firstAdmin(ctx, input, (name) => createStaff(ctx, staffInput.parse({ name, roles: ['head'] })).id),
      )(),
    );
    client.actor = actor;
    client.lastActive = ctx.now().getTime();
    ctx.actor = actor;
    return Promise.resolve(signedIn(ctx));
  });

  table.registerAsync('session.changeSecret', (input, ctx) => {
    const actor = ctx.actor;
    if (!actor || actor.staffId === null) throw new AppError('NOT_SIGNED_IN', '请先登录');
    const staffId = actor.staffId;
    checkSecret(ctx, staffId, input.current, '修改密码');
    auditingRefusal(ctx, '修改密码', () =>
      ctx.db.transaction(() => {
        setSecret(ctx, staffId, input.next, 'next');
        audit(ctx, 'session.changeSecret', staffId, `${actor.name} 修改了自己的密码`);
      })(),
    );
    return Promise.resolve(signedIn(ctx));
  });

  table.register('session.access', (_input, ctx) => access(ctx));

  table.register('session.setAdmin', (input, ctx) => {
    const row = accessRow(ctx.db, input.staffId);
    if (!row) throw new AppError('NOT_FOUND', '所选人员不存在');
    if (!input.admin && row.admin) {
      const others = allAccessRows(ctx.db).filter(
        (r) => r.active && r.admin && r.secretHash && r.staffId !== row.staffId,
      );
      if (others.length === 0)
        throw new AppError('LAST_ADMIN', `${row.name} 是唯一能登录的管理员，不能取消：请先指定另一位管理员`);
    }
    storeAdmin(ctx.db, input.staffId, input.admin);
    audit(ctx, 'session.setAdmin', input.staffId, `${input.admin ? '指定' : '取消'} ${row.name} 为管理员`, {
      admin: input.admin,
    });
    return access(ctx);
  });

  table.registerAsync('session.resetSecret', (input, ctx) => {
    const row = accessRow(ctx.db, input.staffId);
    if (!row) throw new AppError('NOT_FOUND', '所选人员不存在');
    auditingRefusal(ctx, `为 ${row.name} 重设密码`, () =>
      ctx.db.transaction(() => {
        setSecret(ctx, input.staffId, input.newSecret, 'newSecret');
        audit(
          ctx,
          'session.resetSecret',
          input.staffId,
          `为 ${row.name} ${row.secretHash ? '重设' : '设置'}密码（并解除锁定）`,
        );
      })(),
    );
    return Promise.resolve(access(ctx));
  });

  table.register('session.policy', (_input, ctx) => policy(ctx));
  table.register('session.savePolicy', (input, ctx) => {
    const before = readPolicy(ctx.db);
    writePolicy(ctx.db, input);
    appendAudit(ctx.db, {
      at: ctx.now().toISOString(),
      actor: ctx.actor?.name ?? '未登录',
      action: 'session.savePolicy',
      entity: 'session',
      entityId: 'policy',
      summary: '修改登录设置',
      before,
      after: input,
    });
    return policy(ctx);
  });
}
