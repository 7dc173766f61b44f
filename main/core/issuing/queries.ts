import { readFileSync } from 'node:fs';
import type { DocumentFile, IssuedDocument, TemplateInfo } from '../../../shared/contract';
import { DOCUMENT_TEMPLATE_IDS } from '../../../shared/contract/documents';
import type { CoreContext } from '../context';
import { paperData, withVerificationLine } from '../papers/verification';
import { AppError } from '../../../shared/errors';
import { buildDocument, loadTemplate, prepareDocument, renderModel, sampleData } from '../documents/render';
import { resolveInside } from '../files/record';
import { paperFileBase } from './file-names';
import { templateOfIssued } from './office-templates';
import { templateLocation } from './service';
import { getIssuedRow, listIssuedRows, type IssuedRow } from '../papers/store';
import { printedNumber } from '../papers/printed-number';

export function toIssuedDocument(row: IssuedRow): IssuedDocument {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    templateId: row.template_id,
    title: row.title,
    docNumber: printedNumber(row),
    status: row.status,
    issuedAt: row.issued_at,
    createdBy: row.created_by,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    docxFile: row.docx_file,
    pdfFile: row.pdf_file,
    pdfSha256: row.pdf_sha256,
    source: row.source_kind !== null && row.source_id !== null ? { kind: row.source_kind, id: row.source_id } : null,
  };
}

export function listTemplateInfo(ctx: CoreContext): TemplateInfo[] {
  return DOCUMENT_TEMPLATE_IDS.map((id) => {
    const loaded = loadTemplate(id, templateLocation(ctx));
    return {
      id,
      name: loaded.template.name,
      description: loaded.template.description ?? '',
      source: loaded.source,
      overrideProblem: loaded.overrideProblem ?? null,
    };
  });
}

export function listIssued(
  ctx: CoreContext,
  filter: { caseId: number | null; source: { kind: string; id: number } | null },
): IssuedDocument[] {
  return listIssuedRows(ctx.db, filter).map(toIssuedDocument);
}

export async function previewSample(ctx: CoreContext, templateId: string): Promise<{ html: string }> {
  const { model } = prepareDocument(templateId, sampleData(templateId), templateLocation(ctx));
  return { html: await renderModel(model, 'html') };
}

/** The preview of an issued document is rebuilt from the data it was issued with. */
export async function previewIssued(ctx: CoreContext, id: number): Promise<{ html: string }> {
  const row = getIssuedRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的文书`);
  // Built from the template the paper was made from, not whichever is in use now (office copies change).
  const stored = paperData(row.data_json);
  const model = withVerificationLine(buildDocument(templateOfIssued(ctx, row), stored.data), stored.verificationCode);
  return { html: await renderModel(model, 'html') };
}

/** Where the issued PDF is on disk (showing it in the file manager is the desktop door's business). */
export function issuedPdfPath(ctx: CoreContext, id: number): string {
  const row = getIssuedRow(ctx.db, id);
  if (!row?.pdf_file) throw new AppError('NOT_FOUND', '该文书没有已保存的文件');
  return resolveInside(ctx.dataDir, row.pdf_file);
}

export function readIssuedFile(ctx: CoreContext, id: number, format: 'pdf' | 'docx'): DocumentFile {
  const row = getIssuedRow(ctx.db, id);
  const stored = format === 'pdf' ? row?.pdf_file : row?.docx_file;
  if (!row || !stored) throw new AppError('NOT_FOUND', '该文书没有可下载的文件');
  const bytes = readFileSync(resolveInside(ctx.dataDir, stored));
  const base = paperFileBase(row);
  return {
    fileName: `${base}.${format}`,
    mimeType:
      format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    base64: bytes.toString('base64'),
  };
}
