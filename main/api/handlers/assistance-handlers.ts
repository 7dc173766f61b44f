import type { HandlerTable } from '../registry';
import {
  answerAssistance,
  assistanceView,
  createAssistance,
  listAssistance,
  updateAssistanceRequest,
} from '../../core/assistance/service';

/** 执法协助 register (issue #19). */
export function registerAssistanceHandlers(table: HandlerTable): void {
  table.register('assistance.list', (input, ctx) => listAssistance(ctx, input));
  table.register('assistance.get', (input, ctx) => assistanceView(ctx, input.id));
  table.register('assistance.create', (input, ctx) => createAssistance(ctx, input));
  table.register('assistance.update', (input, ctx) => updateAssistanceRequest(ctx, input));
  table.register('assistance.answer', (input, ctx) => answerAssistance(ctx, input));
}
