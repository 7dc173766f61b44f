// The documents capability's entry points: what the API calls to list templates, preview sample
// data and turn a template plus case data into a DOCX, a PDF or an HTML preview.

import { AppError } from '../../../shared/errors';
import { buildDocument } from './build';
import type { PdfFontOptions } from './fonts';
import type { DocumentModel } from './model';
import { renderHtml } from './render-html';
import { loadTemplate } from './template-store';
import { checkModelSize, checkOutputSize } from './output-limits';
import type { LoadedTemplate, TemplateLocation } from './template-store';

export { listTemplates, loadTemplate, sampleData } from './template-store';
export type { LoadedTemplate, TemplateLocation, TemplateSummary } from './template-store';
export { buildDocument } from './build';
export { formatDocNumber } from './doc-number';
export type { DocumentModel } from './model';
export type { FontSource, PdfFontOptions } from './fonts';

export const RENDER_FORMATS = ['docx', 'pdf', 'html'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export function isRenderFormat(value: unknown): value is RenderFormat {
  return typeof value === 'string' && (RENDER_FORMATS as readonly string[]).includes(value);
}

export interface RenderOptions extends TemplateLocation {
  /** Installed fonts to embed in PDFs instead of the bundled Noto Serif SC. */
  readonly fonts?: PdfFontOptions | undefined;
  /** The PDF's creation date (the core reads no clock). */
  readonly createdAt?: Date | undefined;
}

export interface PreparedDocument {
  readonly model: DocumentModel;
  /** Which template was used (an office copy or the built-in one) and why an office copy was not. */
  readonly template: LoadedTemplate;
}

/** Loads the template (office copy preferred) and fills it: TEMPLATE_* or DOCUMENT_DATA_INVALID on failure. */
export function prepareDocument(templateId: string, data: unknown, location: TemplateLocation = {}): PreparedDocument {
  const template = loadTemplate(templateId, location);
  const model = buildDocument(template.template, data);
  checkModelSize(model);
  return { model, template };
}

export async function renderModel(
  model: DocumentModel,
  format: 'docx' | 'pdf',
  options?: RenderOptions,
): Promise<Buffer>;
export async function renderModel(model: DocumentModel, format: 'html', options?: RenderOptions): Promise<string>;
export async function renderModel(
  model: DocumentModel,
  format: RenderFormat,
  options?: RenderOptions,
): Promise<Buffer | string>;
export async function renderModel(
  model: DocumentModel,
  format: RenderFormat,
  options: RenderOptions = {},
): Promise<Buffer | string> {
  checkModelSize(model);
  const output = await renderIn(model, format, options);
  checkOutputSize(output);
  return output;
}

// The DOCX and PDF renderers (with docx, pdfkit and fontkit) are loaded on first use, so that a
// process that never renders one — browser mode until the first paper, most commands — starts
// without them.
async function renderIn(model: DocumentModel, format: RenderFormat, options: RenderOptions): Promise<Buffer | string> {
  switch (format) {
    case 'docx':
      return (await import('./render-docx')).renderDocx(model);
    case 'pdf':
      return (await import('./render-pdf')).renderPdf(model, { fonts: options.fonts, createdAt: options.createdAt });
    case 'html':
      return renderHtml(model);
    default:
      throw new AppError('RENDER_FORMAT_INVALID', `不支持的文书格式“${String(format)}”，可选：docx、pdf、html。`);
  }
}

/** One call from template id and data to the finished file (Buffer) or preview (string). */
export async function renderDocument(
  templateId: string,
  data: unknown,
  format: 'docx' | 'pdf',
  options?: RenderOptions,
): Promise<Buffer>;
export async function renderDocument(
  templateId: string,
  data: unknown,
  format: 'html',
  options?: RenderOptions,
): Promise<string>;
export async function renderDocument(
  templateId: string,
  data: unknown,
  format: RenderFormat,
  options?: RenderOptions,
): Promise<Buffer | string>;
export async function renderDocument(
  templateId: string,
  data: unknown,
  format: RenderFormat,
  options: RenderOptions = {},
): Promise<Buffer | string> {
  if (!isRenderFormat(format)) {
    throw new AppError('RENDER_FORMAT_INVALID', `不支持的文书格式“${String(format)}”，可选：docx、pdf、html。`);
  }
  const { model } = prepareDocument(templateId, data, options);
  return renderModel(model, format, options);
}
