// Every review step goes into the case's own history (the hash-chained audit log), signed with
// the person at the keyboard, so the case page shows who did what and when.

import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { actorName } from '../session/operator';

export function recordStep(
  ctx: CoreContext,
  caseId: number,
  action: string,
  summary: string,
  before: unknown,
  after: unknown,
): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity: 'case',
    entityId: String(caseId),
    summary,
    before,
    after,
  });
}
