// The home page's 执法协助 deadlines: answers we owe a body that asked us, and answers owed to us,
// each with the rule that set the period.

import type { AttentionItem } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { clockOf } from '../calendar/clock';
import { assistanceSummary } from './service';
import { openAssistanceRows } from './store';
import { registerWaitsOn } from '../staff/waits-on';

export function assistanceAttention(ctx: CoreContext): AttentionItem[] {
  const clock = clockOf(ctx);
  return openAssistanceRows(ctx.db).flatMap((row): AttentionItem[] => {
    const { deadline } = assistanceSummary(ctx, row, clock);
    if (!deadline) return [];
    const prefix =
      row.direction === 'in'
        ? `${row.counterpart}请求本单位协助，待答复：`
        : `已请求${row.counterpart}协助，待其答复：`;
    return [
      {
        kind: `assistance-${row.direction}`,
        level: deadline.level,
        title: `执法协助 ${row.case_title}`,
        detail: `${prefix}${deadline.text}（${deadline.rule}）`,
        link: `/registers/assistance/${row.id}`,
        dueAt: deadline.dueAt,
        waitsOn: registerWaitsOn(ctx.db, row),
      },
    ];
  });
}
