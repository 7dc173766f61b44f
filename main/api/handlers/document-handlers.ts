import type { HandlerTable } from '../registry';
import { voidDocument } from '../../core/issuing/service';
import { issueFromSource } from '../../core/issuing/sources';
import { issueServiceReceipt } from '../../core/issuing/sources/receipt';
import {
  listIssued,
  listTemplateInfo,
  previewIssued,
  previewSample,
  readIssuedFile,
  issuedPdfPath,
  toIssuedDocument,
} from '../../core/issuing/queries';
import { pdfFontSettings, resetPdfFonts, savePdfFonts } from '../../core/issuing/pdf-font-settings';
import { checkTemplateText, resetTemplate, saveTemplate, templateText } from '../../core/issuing/office-templates';

export function registerDocumentHandlers(table: HandlerTable): void {
  table.register('documents.templates', (_input, ctx) => listTemplateInfo(ctx));
  table.registerAsync('documents.previewSample', (input, ctx) => previewSample(ctx, input.templateId));
  table.registerAsync('documents.preview', (input, ctx) => previewIssued(ctx, input.id));
  table.register('documents.list', (input, ctx) => listIssued(ctx, input));
  table.register('documents.file', (input, ctx) => readIssuedFile(ctx, input.id, input.format));
  table.registerAsync('documents.issue', (input, ctx) => issueFromSource(ctx, input.kind, input.id, { cc: input.cc }));
  table.registerAsync('documents.issueReceipt', (input, ctx) => issueServiceReceipt(ctx, input));
  table.register('documents.reveal', (input, ctx) => {
    const path = issuedPdfPath(ctx, input.id);
    if (!ctx.desktop) return { path, shown: false };
    ctx.desktop.showItemInFolder(path);
    return { path, shown: true };
  });
  table.register('documents.void', (input, ctx) => toIssuedDocument(voidDocument(ctx, input.id, input.reason)));
  // The office's own template copies. Save and reset are sync: their audit entry and file changes
  // run in the command's transaction, so a failed file write leaves no audit entry behind.
  table.register('documents.templateText', (input, ctx) => templateText(ctx, input.templateId));
  table.registerAsync('documents.checkTemplate', (input, ctx) => checkTemplateText(ctx, input.templateId, input.text));
  table.register('documents.saveTemplate', (input, ctx) => saveTemplate(ctx, input.templateId, input.text));
  table.register('documents.resetTemplate', (input, ctx) => resetTemplate(ctx, input.templateId));
  // The office's fonts for PDFs: each file checked when saved; issuing refuses a saved one gone bad.
  table.register('documents.pdfFonts', (_input, ctx) => pdfFontSettings(ctx));
  table.register('documents.savePdfFonts', (input, ctx) => savePdfFonts(ctx, input));
  table.register('documents.resetPdfFonts', (_input, ctx) => resetPdfFonts(ctx));
}
