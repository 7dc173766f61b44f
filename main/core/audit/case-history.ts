// A step of a record's history, written to the hash-chained audit log and signed with whoever is at
// the keyboard: review steps and transfer steps go to the case's history (the case page shows who did
// what and when); a transfer received and not yet linked to a case to its own.

import type { CoreContext } from '../context';
import { appendAudit } from './log';
import { actorName } from '../session/operator';

function auditStep(
  ctx: CoreContext,
  entity: 'case' | 'transfer-in',
  id: number,
  action: string,
  summary: string,
  before: unknown,
  after: unknown,
): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity,
    entityId: String(id),
    summary,
    before,
    after,
  });
}

/** A step in the case's history. */
export function auditCase(
  ctx: CoreContext,
  caseId: number,
  action: string,
  summary: string,
  before: unknown,
  after: unknown,
): void {
  auditStep(ctx, 'case', caseId, action, summary, before, after);
}

/** A step of a transfer received that is not yet any case's. */
export function auditTransferIn(
  ctx: CoreContext,
  id: number,
  action: string,
  summary: string,
  before: unknown,
  after: unknown,
): void {
  auditStep(ctx, 'transfer-in', id, action, summary, before, after);
}
