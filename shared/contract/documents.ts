import { z } from 'zod';
import { hasInvisible } from '../text-input';
import { method } from './method';
import { byId, entityId, isoDate, noInput, optionalText, requiredText } from './fields';

export const DOCUMENT_TEMPLATE_IDS = [
  'review-opinion',
  'supplement-notice',
  'transfer-letter',
  'item-list',
  'service-receipt',
  'acceptance-notice',
  'criminal-transfer-letter',
  'assistance-letter',
  'assistance-reply',
  'supervision-report',
  'complaint-answer',
  'sharing-letter',
  'dispute-request',
  'evaluation-record',
] as const;
export type DocumentTemplateId = (typeof DOCUMENT_TEMPLATE_IDS)[number];

const templateId = z.enum(DOCUMENT_TEMPLATE_IDS, { error: '没有这种文书模板' });

/** The records a paper can be issued from: review rounds, transfers out, and transfers we received. */
export const DOCUMENT_SOURCE_KINDS = [
  'review-opinion',
  'supplement-notice',
  'transfer-letter',
  'item-list',
  'acceptance-notice',
  'criminal-transfer-letter',
  'assistance-letter',
  'assistance-reply',
  'supervision-report',
  'complaint-answer',
  'sharing-letter',
  'dispute-request',
] as const;
export type DocumentSourceKind = (typeof DOCUMENT_SOURCE_KINDS)[number];

/** The papers whose template prints a 抄送 line when one is given at issue. */
export const DOCUMENTS_WITH_CC: readonly DocumentSourceKind[] = ['transfer-letter'];

export const SERVICE_METHODS = ['direct', 'lodged', 'mail', 'entrusted', 'electronic'] as const;
export const SERVICE_METHOD_LABELS: Record<(typeof SERVICE_METHODS)[number], string> = {
  direct: '直接送达',
  lodged: '留置送达',
  mail: '邮寄送达',
  entrusted: '委托送达',
  electronic: '电子送达',
};

export const serviceReceiptInput = z
  .strictObject({
    documentId: entityId('送达的文书'),
    recipient: requiredText('受送达人', 60),
    servedOn: isoDate('送达日期'),
    servedTime: z
      .string({ error: '请填写送达时间' })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '送达时间的格式应为“时:分”，例如 15:20'),
    place: requiredText('送达地点', 120),
    method: z.enum(SERVICE_METHODS, { error: '请选择送达方式' }),
    servers: requiredText('送达人', 60),
    witness: optionalText('见证人', 60),
    refusal: optionalText('拒收事由', 200),
    notes: optionalText('备注', 200),
  })
  .superRefine((value, ctx) => {
    if (value.method === 'lodged' && !value.witness)
      ctx.addIssue({ code: 'custom', path: ['witness'], message: '留置送达须有见证人' });
    if (value.method === 'lodged' && !value.refusal)
      ctx.addIssue({ code: 'custom', path: ['refusal'], message: '留置送达须写明受送达人拒收的事由' });
  });

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
  /** The case's number, for lists of papers across cases. */
  caseNumber: string | null;
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
  /** The record the paper was made from (a transfer letter's transfer…), or null. */
  source: { kind: string; id: number } | null;
}

export interface DocumentFile {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64: the same over IPC and HTTP. */
  base64: string;
}

/** Largest template text the app accepts (characters here; the core also limits the UTF-8 bytes to 200 KB). */
export const TEMPLATE_TEXT_MAX = 200 * 1024;

const templateText = z
  .string({ error: '模板内容应为文字' })
  .min(1, '请填写模板内容')
  .max(TEMPLATE_TEXT_MAX, `模板内容太大，不能超过 ${TEMPLATE_TEXT_MAX / 1024} KB`);

export interface TemplateText {
  /** The YAML the office edits: its own copy when it has one (even one that fails its check), else the built-in one. */
  text: string;
  /** Which template papers are made from now. */
  source: 'builtin' | 'override';
  builtinText: string;
  /** Whether `text` is the office's own copy. */
  officeCopy: boolean;
  /** Why the office copy is not used, when it fails its check. */
  overrideProblem: string | null;
  /** The lowest `version:` a save accepts (each save must raise it, so issued papers name one text). */
  minVersion: number;
}

/** A check of an edited template: the preview with the sample data, or one Chinese sentence naming the place. */
export type TemplateCheckResult = { ok: true; html: string; version: number } | { ok: false; message: string };

/** The typefaces an office may supply its own font file for, used in PDFs (the DOCX names the fonts; Word uses installed ones). */
export const PDF_FONT_ROLES = ['body', 'title', 'heading', 'kai'] as const;
export type PdfFontRole = (typeof PDF_FONT_ROLES)[number];
export const PDF_FONT_ROLE_LABELS: Record<PdfFontRole, string> = {
  body: '正文（仿宋）',
  title: '标题（小标宋）',
  heading: '一级标题（黑体）',
  kai: '二级标题（楷体）',
};
/** What a clerk would point each typeface at on a Windows PC. */
export const PDF_FONT_ROLE_EXAMPLES: Record<PdfFontRole, string> = {
  body: 'C:\\Windows\\Fonts\\simfang.ttf',
  title: 'C:\\Windows\\Fonts\\FZXBSJW.TTF',
  heading: 'C:\\Windows\\Fonts\\simhei.ttf',
  kai: 'C:\\Windows\\Fonts\\simkai.ttf',
};
/** Longest font path accepted (Windows' long paths stay well below this). */
export const FONT_PATH_MAX = 1000;

const fontPath = (role: PdfFontRole) =>
  z
    .string({ error: `${PDF_FONT_ROLE_LABELS[role]}的字体文件路径应为文字` })
    .trim()
    .max(FONT_PATH_MAX, `${PDF_FONT_ROLE_LABELS[role]}的字体文件路径太长`)
    .refine((path) => !hasInvisible(path), `${PDF_FONT_ROLE_LABELS[role]}的字体文件路径中有不可见字符，请重新选择`)
    .default('');

/** Each typeface: the full path of a .ttf/.otf/.ttc file (a collection face as `file.ttc#PostScript名`), or empty for the built-in font. */
export const pdfFontsInput = z.strictObject({
  body: fontPath('body'),
  title: fontPath('title'),
  heading: fontPath('heading'),
  kai: fontPath('kai'),
});
export type PdfFontsInput = z.input<typeof pdfFontsInput>;

export interface PdfFontSetting {
  role: PdfFontRole;
  label: string;
  /** The file as saved (`file.ttc#Face` for a collection face), or null: the built-in Noto Serif SC. */
  path: string | null;
  /** The font's own name, e.g. "FangSong" or "Noto Serif CJK SC"; null for the built-in one. */
  fontName: string | null;
  /** Why the saved file cannot be used now (moved, deleted, replaced): papers are refused until it is fixed. */
  problem: string | null;
  /**
   * The face papers are set in now for this role and where it came from: the office's file, the
   * official face installed on this computer (仿宋 simfang.ttf …), or one bundled with the app. Null
   * while the office's own file is unusable (papers are refused).
   */
  inUse: { family: string; file: string; source: 'office' | 'system' | 'bundled' } | null;
}

export interface PdfFontSettings {
  fonts: PdfFontSetting[];
  /** The bundled font used for every typeface left empty. */
  builtinName: string;
}

export const documentMethods = {
  'documents.templates': method<TemplateInfo[]>()(noInput),
  /** An on-screen preview (HTML) of a template filled with its sample data. */
  'documents.previewSample': method<{ html: string }>()(z.strictObject({ templateId })),
  /** Preview of an issued document, from the data it was issued with. */
  'documents.preview': method<{ html: string }>()(byId),
  /** Issued papers, newest first: all of them, one case's, or those made from one record (e.g. a transfer we received, which may have no case). */
  'documents.list': method<IssuedDocument[]>()(
    z.strictObject({
      caseId: entityId('案件编号').nullable().default(null),
      source: z
        .strictObject({ kind: z.enum(DOCUMENT_SOURCE_KINDS, { error: '没有这种文书来源' }), id: entityId('记录编号') })
        .nullable()
        .default(null),
    }),
  ),
  'documents.file': method<DocumentFile>()(
    z.strictObject({
      id: entityId('文书编号'),
      format: z.enum(['pdf', 'docx'], { error: '格式只能是 PDF 或 Word 文档（DOCX）' }),
    }),
  ),
  /** Issues the paper for a record (e.g. the review opinion of a signed round): numbered, stored, hashed. */
  'documents.issue': method<IssuedDocument>()(
    z
      .strictObject({
        kind: z.enum(DOCUMENT_SOURCE_KINDS, { error: '没有这种文书来源' }),
        id: entityId('记录编号'),
        /** 抄送机关 for the paper's 版记 (GB/T 9704 §7.4), e.g. "区司法局、区城市管理局"; only a transfer letter has one. */
        cc: optionalText('抄送机关', 200),
      })
      .refine((value) => !value.cc || DOCUMENTS_WITH_CC.includes(value.kind), {
        path: ['cc'],
        message: '只有案件移送函可以填写抄送机关',
      }),
  ),
  /** Shows the PDF in its folder (desktop app); in browser mode returns the path to open by hand. */
  'documents.reveal': method<{ path: string; shown: boolean }>()(byId),
  /** Records how an issued paper was served and issues its 送达回证. */
  'documents.issueReceipt': method<IssuedDocument>()(serviceReceiptInput),
  'documents.void': method<IssuedDocument>()(
    z.strictObject({ id: entityId('文书编号'), reason: requiredText('作废理由', 500) }),
  ),
  /** The text of a template for the office to edit, and the built-in text to compare with. */
  'documents.templateText': method<TemplateText>()(z.strictObject({ templateId })),
  /** Checks an edited template as saving would, and previews it filled with the sample data. Changes nothing. */
  'documents.checkTemplate': method<TemplateCheckResult>()(z.strictObject({ templateId, text: templateText })),
  /** Saves the office's own copy (refused, changing nothing, unless it passes checkTemplate); an earlier copy is kept in templates/replaced/. */
  'documents.saveTemplate': method<TemplateInfo>()(z.strictObject({ templateId, text: templateText })),
  /** Moves the office's copy into templates/replaced/; papers use the built-in template again. */
  'documents.resetTemplate': method<TemplateInfo>()(z.strictObject({ templateId })),
  /** The office's fonts for PDFs, and whether each saved file can still be used. */
  'documents.pdfFonts': method<PdfFontSettings>()(noInput),
  /** Checks each file (exists, is a TTF/OTF/TTC font, has the Chinese characters papers need) and saves all four; refused with a Chinese message naming the field, saving nothing. */
  'documents.savePdfFonts': method<PdfFontSettings>()(pdfFontsInput),
  /** 恢复默认（内置字体）: every typeface back to the bundled Noto Serif SC. */
  'documents.resetPdfFonts': method<PdfFontSettings>()(noInput),
};
