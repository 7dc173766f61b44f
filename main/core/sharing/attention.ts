// The home page's 信息共享 deadlines: information the office owes another body (formed, or asked for)
// and data it asked for, each with the rule that set the period.

import type { AttentionItem } from '../../../shared/contract';
import { SHARING_KIND_LABELS } from '../../../shared/contract/sharing';
import type { CoreContext } from '../context';
import { openSharing } from './service';
import { sharingRow } from './store';
import { registerWaitsOn } from '../staff/waits-on';

function waitsOn(ctx: CoreContext, id: number): number[] {
  const row = sharingRow(ctx.db, id);
  return row ? registerWaitsOn(ctx.db, row) : [];
}

export function sharingAttention(ctx: CoreContext): AttentionItem[] {
  return openSharing(ctx).flatMap((item): AttentionItem[] => {
    const { deadline } = item;
    if (!deadline) return [];
    const org = item.org?.name ?? '相关行政管理部门（待填写）';
    const prefix =
      item.direction === 'in'
        ? `本单位要求${org}提供，待其提供：`
        : `应向${org}共享${SHARING_KIND_LABELS[item.kind]}：`;
    return [
      {
        kind: `sharing-${item.direction}`,
        level: deadline.level,
        title: `信息共享 ${item.subject}`,
        detail: `${prefix}${deadline.text}（${deadline.rule}）`,
        link: `/registers/sharing/${item.id}`,
        dueAt: deadline.dueAt,
        waitsOn: waitsOn(ctx, item.id),
      },
    ];
  });
}
