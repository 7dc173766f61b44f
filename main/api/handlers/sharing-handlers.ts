import type { HandlerTable } from '../registry';
import { createSharing, listSharing, shareItem, sharingView, updateSharingItem } from '../../core/sharing/service';

/** 信息共享 register (issue #19). */
export function registerSharingHandlers(table: HandlerTable): void {
  table.register('sharing.list', (input, ctx) => listSharing(ctx, input));
  table.register('sharing.get', (input, ctx) => sharingView(ctx, input.id));
  table.register('sharing.create', (input, ctx) => createSharing(ctx, input));
  table.register('sharing.update', (input, ctx) => updateSharingItem(ctx, input));
  table.register('sharing.share', (input, ctx) => shareItem(ctx, input));
}
