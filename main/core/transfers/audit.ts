// Every transfer step is written to the case's history (or, for a transfer received and not yet
// linked to a case, to its own), signed by whoever is at the keyboard.

import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { actorName } from '../session/operator';

export function auditCase(
  ctx: CoreContext,
  caseId: number,
  action: string,
  summary: string,
  before: unknown,
  after: unknown,
): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx.db),
    action,
    entity: 'case',
    entityId: String(caseId),
    summary,
    before,
    after,
  });
}

export function auditTransferIn(
  ctx: CoreContext,
  id: number,
  action: string,
  summary: string,
  before: unknown,
  after: unknown,
): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx.db),
    action,
    entity: 'transfer-in',
    entityId: String(id),
    summary,
    before,
    after,
  });
}
