// The lists on the transfers page and on a case's page.

import type { OutputOf } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { getCase } from '../cases/service';
import { clockOf } from '../calendar/clock';
import { transferDraft } from './draft';
import { OPEN_CRIMINAL_STATES } from './criminal-rules';
import { criminalDraft } from './criminal-draft';
import { criminalRowsForCase, criminalRowsInStates, criminalSummary, criminalView } from './criminal-view';
import { inRowsForCase, inRowsInStates, inRowsNeedingUs, inSummary } from './in-view';
import { isOpenOut, OPEN_OUT_STATES } from './machine';
import { outRowsForCase, outRowsInStates } from './out-store';
import { outSummary, outView } from './out-view';

const LEVEL_ORDER = { danger: 0, warning: 1, info: 2 } as const;

/** Most urgent first: red, then amber, then by due time; items without a deadline last. */
function byUrgency<
  T extends { deadline: { level: keyof typeof LEVEL_ORDER; dueAt: string | null } | null; updatedAt: string },
>(a: T, b: T): number {
  const rank = (item: T) => (item.deadline ? LEVEL_ORDER[item.deadline.level] : 3);
  return (
    rank(a) - rank(b) ||
    (a.deadline?.dueAt ?? '~').localeCompare(b.deadline?.dueAt ?? '~') ||
    b.updatedAt.localeCompare(a.updatedAt)
  );
}

export function listTransfers(ctx: CoreContext, scope: 'open' | 'all'): OutputOf<'transfers.list'> {
  const clock = clockOf(ctx);
  const rows = outRowsInStates(ctx.db, scope === 'open' ? OPEN_OUT_STATES : null);
  const out = (scope === 'open' ? rows.filter(isOpenOut) : rows).map((row) => outSummary(ctx.db, row, clock));
  const received = (scope === 'open' ? inRowsNeedingUs(ctx.db) : inRowsInStates(ctx.db, null)).map((row) =>
    inSummary(ctx.db, row, clock),
  );
  const criminalRows = criminalRowsInStates(ctx.db, scope === 'open' ? OPEN_CRIMINAL_STATES : null);
  const criminal = criminalRows.map((row) => criminalSummary(ctx.db, row, clock));
  return { out: out.sort(byUrgency), in: received.sort(byUrgency), criminal };
}

export function transfersForCase(ctx: CoreContext, caseId: number): OutputOf<'transfers.forCase'> {
  getCase(ctx, caseId);
  const clock = clockOf(ctx);
  return {
    out: outRowsForCase(ctx.db, caseId).map((row) => outView(ctx.db, row.id, clock)),
    in: inRowsForCase(ctx.db, caseId).map((row) => inSummary(ctx.db, row, clock)),
    draft: transferDraft(ctx, caseId),
    criminal: criminalRowsForCase(ctx.db, caseId).map((row) => criminalView(ctx.db, row.id, clock)),
    criminalDraft: criminalDraft(ctx, caseId),
  };
}
