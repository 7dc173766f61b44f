import type { Operator } from '../../../shared/contract/session';
import type { ActorContext } from './actor';
import { sql } from '../../db/sql';

// The person acting: the one signed in on the window, browser or terminal that sent the command
// (ctx.actor, set per call by the api layer from that client's session). There is no global
// "current user" any more: two desks signed in as two people act as two people.

function actorRow(ctx: ActorContext): { id: number; name: string; active: number } | undefined {
  const id = ctx.actor?.staffId;
  if (!id) return undefined;
  return sql.get<{ id: number; name: string; active: number }>(
    ctx.db,
    'SELECT id, name, active FROM staff WHERE id = ?',
    id,
  );
}

/**
 * The person acting. Someone deactivated while signed in counts as nobody: 已停用的人员不能操作.
 * A trusted in-process actor without a staff row (demo data, tests) is not a person either.
 */
export function getOperator(ctx: ActorContext): Operator {
  const row = actorRow(ctx);
  return row && row.active === 1
    ? { staffId: row.id, name: row.name, admin: ctx.actor?.admin ?? false }
    : { staffId: null, name: null, admin: false };
}

/** The name of the acting person if they have been deactivated since signing in (to say so), else null. */
export function deactivatedOperatorName(ctx: ActorContext): string | null {
  const row = actorRow(ctx);
  return row && row.active !== 1 ? row.name : null;
}

/** The name written into the audit log for changes made now. */
export function actorName(ctx: ActorContext): string {
  return ctx.actor?.name ?? '未登录';
}
