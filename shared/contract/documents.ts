import { z } from 'zod';
import { method } from './method';
import { byId, entityId, noInput, requiredText } from './fields';

export const DOCUMENT_TEMPLATE_IDS = ['review-opinion', 'supplement-notice', 'transfer-letter', 'item-list', 'service-receipt', 'acceptance-notice'] as const;
export type DocumentTemplateId = (typeof DOCUMENT_TEMPLATE_IDS)[number];

const templateId = z.enum(DOCUMENT_TEMPLATE_IDS, { error: '没有这种文书模板' });

/** The records a paper can be issued from (more arrive with transfers). */
export const DOCUMENT_SOURCE_KINDS = ['review-opinion', 'supplement-notice', 'transfer-letter', 'item-list'] as const;
export type DocumentSourceKind = (typeof DOCUMENT_SOURCE_KINDS)[number];

export interface TemplateInfo {
  id: DocumentTemplateId;
  name: string;
  description: string;
  /** 'override' when the office's own copy in its data folder is used. */
  source: 'builtin' | 'override';
  /** Why an office copy exists but is not used (it failed its check). */
  overrideProblem: string | null;
}

export type IssuedDocumentStatus = 'pending' | 'issued' | 'voided';

export interface IssuedDocument {
  id: number;
  caseId: number | null;
  templateId: string;
  title: string;
  docNumber: string | null;
  status: IssuedDocumentStatus;
  issuedAt: string | null;
  createdBy: string;
  voidedAt: string | null;
  voidReason: string | null;
  docxFile: string | null;
  pdfFile: string | null;
  pdfSha256: string | null;
}

export interface DocumentFile {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64: the same over IPC and HTTP. */
  base64: string;
}

export const documentMethods = {
  'documents.templates': method<TemplateInfo[]>()(noInput),
  /** An on-screen preview (HTML) of a template filled with its sample data. */
  'documents.previewSample': method<{ html: string }>()(z.strictObject({ templateId })),
  /** Preview of an issued document, from the data it was issued with. */
  'documents.preview': method<{ html: string }>()(byId),
  'documents.list': method<IssuedDocument[]>()(z.strictObject({ caseId: entityId('案件编号').nullable().default(null) })),
  'documents.file': method<DocumentFile>()(z.strictObject({ id: entityId('文书编号'), format: z.enum(['pdf', 'docx'], { error: '格式只能是 pdf 或 docx' }) })),
  /** Issues the paper for a record (e.g. the review opinion of a signed round): numbered, stored, hashed. */
  'documents.issue': method<IssuedDocument>()(
    z.strictObject({ kind: z.enum(DOCUMENT_SOURCE_KINDS, { error: '没有这种文书来源' }), id: entityId('记录编号') }),
  ),
  /** Shows the PDF in its folder (desktop app); in browser mode returns the path to open by hand. */
  'documents.reveal': method<{ path: string; shown: boolean }>()(byId),
  'documents.void': method<IssuedDocument>()(z.strictObject({ id: entityId('文书编号'), reason: requiredText('作废理由', 500) })),
};
