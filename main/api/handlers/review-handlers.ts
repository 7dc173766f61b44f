import type { HandlerTable } from '../registry';

export function registerReviewHandlers(_table: HandlerTable): void {
  // Filled by the legal-review capability (issue #3).
}
