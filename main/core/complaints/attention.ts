// The home page's 举报投诉 deadlines: feedback after a lead was passed on, and the final answer.
// The item names the register number and the matter, never the complainant.

import type { AttentionItem } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { clockOf } from '../calendar/clock';
import { complaintSummary } from './service';
import { openComplaintRows } from './store';
import { registerWaitsOn } from '../staff/waits-on';

export function complaintAttention(ctx: CoreContext): AttentionItem[] {
  const clock = clockOf(ctx);
  return openComplaintRows(ctx.db).flatMap((row): AttentionItem[] => {
    const { deadline } = complaintSummary(ctx, row, clock);
    if (!deadline) return [];
    const matter = row.matter.length > 20 ? `${row.matter.slice(0, 20)}…` : row.matter;
    return [
      {
        kind: 'complaint',
        level: deadline.level,
        title: `举报投诉 ${row.number} ${matter}`,
        detail: `${deadline.text}（${deadline.rule}）`,
        link: `/registers/complaints/${row.id}`,
        dueAt: deadline.dueAt,
        waitsOn: registerWaitsOn(ctx.db, row),
      },
    ];
  });
}
