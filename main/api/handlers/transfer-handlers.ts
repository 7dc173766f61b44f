import type { HandlerTable } from '../registry';

export function registerTransferHandlers(_table: HandlerTable): void {
  // Filled by the transfer and deadlines capability (issue #5).
}
