// The home page's 管辖争议 item: a dispute still being negotiated, with the period (an office
// setting) to put the written request to the coordinating body.

import type { AttentionItem } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { openDisputes } from './service';
import { disputeRow } from './store';
import { registerWaitsOn } from '../staff/waits-on';

function waitsOn(ctx: CoreContext, id: number): number[] {
  const row = disputeRow(ctx.db, id);
  return row ? registerWaitsOn(ctx.db, row) : [];
}

export function disputeAttention(ctx: CoreContext): AttentionItem[] {
  return openDisputes(ctx).flatMap((item): AttentionItem[] => {
    const { deadline } = item;
    if (!deadline) return [];
    return [
      {
        kind: 'dispute',
        level: deadline.level,
        title: `管辖争议 ${item.counterpart.name}：${item.matter}`,
        detail: `协商不一致的，书面提请协调：${deadline.text}（${deadline.rule}）`,
        link: `/registers/disputes/${item.id}`,
        dueAt: deadline.dueAt,
        waitsOn: waitsOn(ctx, item.id),
      },
    ];
  });
}
