import type { HandlerTable } from '../registry';
import { evaluationDocx, exportEvaluation } from '../../core/evaluation/files';
import {
  currentSheet,
  drawCasesForEvaluation,
  evaluationYear,
  saveSheet,
  scoreCase,
  sheetVersions,
} from '../../core/evaluation/service';

/** 案卷评查 (issue #20). */
export function registerEvaluationHandlers(table: HandlerTable): void {
  table.register('evaluation.sheet', (_input, ctx) => currentSheet(ctx));
  table.register('evaluation.sheetVersions', (_input, ctx) => sheetVersions(ctx));
  table.register('evaluation.saveSheet', (input, ctx) => saveSheet(ctx, input));
  table.register('evaluation.year', (input, ctx) => evaluationYear(ctx, input.year));
  table.register('evaluation.draw', (input, ctx) => drawCasesForEvaluation(ctx, input));
  table.register('evaluation.score', (input, ctx) => scoreCase(ctx, input));
  table.registerAsync('evaluation.docx', (input, ctx) => evaluationDocx(ctx, input.drawId, input.caseId));
  table.registerAsync('evaluation.export', (input, ctx) => exportEvaluation(ctx, input.year));
}
