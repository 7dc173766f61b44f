import type { HandlerTable } from '../registry';
import { exportStats, statsForYear } from '../../core/stats/service';

/** The statistics page (issue #20). */
export function registerStatsHandlers(table: HandlerTable): void {
  table.register('stats.year', (input, ctx) => statsForYear(ctx, input.year));
  table.registerAsync('stats.export', (input, ctx) => exportStats(ctx, input.year));
}
