import type { HandlerTable } from '../registry';
import { homeAttention } from '../../core/home/attention';

/** The home page: what needs someone’s attention, with its deadline and rule. */
export function registerHomeHandlers(table: HandlerTable): void {
  table.register('home.attention', (_input, ctx) => homeAttention(ctx));
}
