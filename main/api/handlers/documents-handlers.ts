import type { HandlerTable } from '../registry';
import { checkTemplateText, resetTemplate, saveTemplate, templateText } from '../../core/issuing/office-templates';
import { pdfFontSettings, resetPdfFonts, savePdfFonts } from '../../core/issuing/pdf-font-settings';
import {
  issuedPdfPath,
  listIssued,
  listTemplateInfo,
  previewIssued,
  previewSample,
  readIssuedFile,
  toIssuedDocument,
} from '../../core/issuing/queries';
import { voidDocument } from '../../core/issuing/service';
import { issueFromSource } from '../../core/issuing/sources';
import { issueServiceReceipt } from '../../core/issuing/sources/receipt';

/** Papers: templates, previews, issuing, voiding, fonts. */
export function registerDocumentsHandlers(table: HandlerTable): void {
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
  table.register('documents.templateText', (input, ctx) => templateText(ctx, input.templateId));
  table.registerAsync('documents.checkTemplate', (input, ctx) => checkTemplateText(ctx, input.templateId, input.text));
  table.register('documents.saveTemplate', (input, ctx) => saveTemplate(ctx, input.templateId, input.text));
  table.register('documents.resetTemplate', (input, ctx) => resetTemplate(ctx, input.templateId));
  table.register('documents.pdfFonts', (_input, ctx) => pdfFontSettings(ctx));
  table.register('documents.savePdfFonts', (input, ctx) => savePdfFonts(ctx, input));
  table.register('documents.resetPdfFonts', (_input, ctx) => resetPdfFonts(ctx));
}
