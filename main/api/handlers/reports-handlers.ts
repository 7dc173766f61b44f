import type { HandlerTable } from '../registry';
import { annualReport } from '../../core/reports/annual';
import { annualFile } from '../../core/reports/annual-files';

/** 统计 › 年报 (issue #20): the annual report's figures with their records, and its files. */
export function registerReportHandlers(table: HandlerTable): void {
  table.register('reports.annual', (input, ctx) => annualReport(ctx, input.year));
  table.registerAsync('reports.annualFile', async (input, ctx) => {
    const file = await annualFile(ctx, input.year, input.format);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
  });
}
