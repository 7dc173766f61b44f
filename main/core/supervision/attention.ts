// The home page's 执法监督 deadlines: a correction period set by a notice, until the report is sent.

import type { AttentionItem } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { supervisionDeadline } from './service';
import { openSupervisionRows } from './store';
import { registerWaitsOn } from '../staff/waits-on';

export function supervisionAttention(ctx: CoreContext): AttentionItem[] {
  return openSupervisionRows(ctx.db).flatMap((row): AttentionItem[] => {
    const deadline = supervisionDeadline(row, ctx.now());
    if (!deadline) return [];
    return [
      {
        kind: 'supervision',
        level: deadline.level,
        title: `执法监督 ${row.doc_number}`,
        detail: `${deadline.text}（${deadline.rule}）`,
        link: `/registers/supervision/${row.id}`,
        dueAt: deadline.dueAt,
        waitsOn: registerWaitsOn(ctx.db, row),
      },
    ];
  });
}
