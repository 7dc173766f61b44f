import type { HandlerTable } from '../registry';
import { addTraining, exportTraining, removeTraining, trainingYear } from '../../core/training/service';

/** Training hours against 60 a year (issue #20). */
export function registerTrainingHandlers(table: HandlerTable): void {
  table.register('training.year', (input, ctx) => trainingYear(ctx, input.year));
  table.register('training.add', (input, ctx) => addTraining(ctx, input));
  table.register('training.remove', (input, ctx) => removeTraining(ctx, input.id));
  table.registerAsync('training.export', (input, ctx) => exportTraining(ctx, input.year));
}
