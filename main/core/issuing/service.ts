import { printedNumber } from '../papers/printed-number';
import { dirname, join } from 'node:path';
import { asFileError } from '../files/fs-errors';
import type { CoreContext } from '../context';
import { appendAudit, chainHead } from '../audit/log';
import { chainCode } from '../audit/code';
import { paperData, withVerificationCode, withVerificationLine } from '../papers/verification';
import { AppError, isAppError } from '../../../shared/errors';
import { getOffice } from '../office/service';
import { actorName } from '../session/operator';
import { prepareDocument, renderModel, type TemplateLocation } from '../documents/render';
import { officeDateOf } from '../calendar/officeTime';
import { allocateNumber, NUMBERED_TYPES } from '../papers/numbering';
import { bodyOf, issuingBody } from '../papers/bodies';
import { writeFilesThenRecord } from '../files/record';
import {
  getIssuedRow,
  insertPending,
  isRecordedFile,
  markIssued,
  markVoided,
  pendingIssuedRows,
  type IssuedRow,
} from '../papers/store';
import { officePdfFonts } from './pdf-font-settings';
import { paperFilePath } from './file-names';

export interface IssueRequest {
  templateId: string;
  caseId: number | null;
  /** The template's data, built from the case's records; document.number is filled in here. */
  data: Record<string, unknown>;
  /** An issued document this one replaces; it is voided with `replaceReason`. */
  replaces?: { id: number; reason: string } | undefined;
  /** The record it is made from, e.g. { kind: 'review-opinion', id: roundId }. */
  source?: { kind: string; id: number } | undefined;
  /**
   * A paper issued after the fact whose record already names its number (a letter sent as
   * 青山府移〔2025〕8号): printed with that number (in data.document.number), no new one taken.
   */
  recordedNumber?: boolean | undefined;
}

/** Where an office keeps its own copies of templates, preferred over the built-in ones. */
export function templateLocation(ctx: CoreContext): TemplateLocation {
  return { overrideDir: join(ctx.dataDir, 'templates') };
}

/** Numbers run per calendar year as the office (Asia/Shanghai) counts it. */
function officeYear(now: Date): number {
  return Number(officeDateOf(now.toISOString()).slice(0, 4));
}

/**
 * The year a paper's number runs in: the year of its date (成文日期) where it bears one — a notice
 * dated 2025-10-22 issued in January is 〔2025〕, never 〔2026〕 — else the year it is issued.
 */
function numberYear(data: Record<string, unknown>, now: Date): number {
  const date = (data['document'] as { date?: unknown } | undefined)?.date;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : officeYear(now);
}

function withNumber(data: Record<string, unknown>, number: string): Record<string, unknown> {
  const document = (data['document'] ?? {}) as Record<string, unknown>;
  return { ...data, document: { ...document, number } };
}

/** Step 1, one transaction: take the number and record the document as pending. */
function reserve(ctx: CoreContext, request: IssueRequest, abbreviation: string, title: string): IssuedRow {
  return ctx.db.transaction(() => {
    const now = ctx.now();
    const number = request.recordedNumber
      ? null
      : allocateNumber(ctx.db, request.templateId, abbreviation, numberYear(request.data, now));
    const data = number ? withNumber(request.data, number.text) : request.data;
    const { template } = prepareDocument(request.templateId, data, templateLocation(ctx));
    // The 校验码: the audit chain's head as the number is taken, printed on the paper (papers/verification.ts).
    const code = chainCode(chainHead(ctx.db).head);
    const id = insertPending(ctx.db, {
      case_id: request.caseId,
      template_id: request.templateId,
      template_version: template.template.version,
      template_source: template.source,
      title,
      doc_type: number?.docType ?? null,
      year: number?.year ?? null,
      seq: number?.seq ?? null,
      doc_number: number?.text ?? null,
      data_json: JSON.stringify(withVerificationCode(data, code)),
      created_at: now.toISOString(),
      created_by: actorName(ctx),
      replaces_id: request.replaces?.id ?? null,
      source_kind: request.source?.kind ?? null,
      source_id: request.source?.id ?? null,
    });
    const row = getIssuedRow(ctx.db, id);
    if (!row) throw new Error('reserved document row missing');
    return row;
  })();
}

/**
 * Issues a formal document: a number from its sequence, the DOCX and PDF written whole into the
 * data folder, their SHA-256 and the data they were made from recorded. If anything fails after
 * the number was taken, the number stays on record as voided with the reason — never reused,
 * never silently skipped. A crash mid-way leaves a pending row that recoverPendingDocuments voids.
 */
export async function issueDocument(ctx: CoreContext, request: IssueRequest): Promise<IssuedRow> {
  const office = getOffice(ctx);
  if (!office)
    throw new AppError('OFFICE_NOT_SET', '请先在“设置 › 本单位”中填写单位名称和文号简称：文书编号需要它们。');
  if (request.replaces) {
    const old = getIssuedRow(ctx.db, request.replaces.id);
    if (!old || old.status !== 'issued') throw new AppError('NOT_FOUND', '要替换的文书不存在或已作废');
  }
  // Check template and data before a number is taken, so a typo never costs a number.
  const numbered = NUMBERED_TYPES[request.templateId] !== undefined && !request.recordedNumber;
  const { template } = prepareDocument(
    request.templateId,
    numbered ? withNumber(request.data, '（编号）') : request.data,
    templateLocation(ctx),
  );
  const title = template.template.name;
  // The office's fonts are checked here too, so a font file that has gone missing costs no number.
  const fonts = officePdfFonts(ctx);
  const row = reserve(ctx, request, issuingBody(office, bodyOf(request.templateId)).abbreviation, title);
  const year = officeYear(new Date(row.created_at));
  const printed = printedNumber(row);
  // Stored relative to the data folder with forward slashes, so a restored backup finds them anywhere.
  const docxFile = paperFilePath(row, year, 'docx');
  const pdfFile = paperFilePath(row, year, 'pdf');
  try {
    const stored = paperData(row.data_json);
    const model = withVerificationLine(
      prepareDocument(request.templateId, stored.data, templateLocation(ctx)).model,
      stored.verificationCode,
    );
    const docx = await renderModel(model, 'docx');
    const pdf = await renderModel(model, 'pdf', { createdAt: new Date(row.created_at), fonts });
    // Files first (written whole), then the record in one transaction: never a record without its file.
    return writeFilesThenRecord(
      ctx.db,
      ctx.dataDir,
      [
        { path: docxFile, bytes: docx },
        { path: pdfFile, bytes: pdf },
      ],
      ([docxWritten, pdfWritten]) => {
        const at = ctx.now().toISOString();
        const hashes = { docx: docxWritten?.sha256 ?? '', pdf: pdfWritten?.sha256 ?? '' };
        // Only a number still pending becomes issued: one voided meanwhile (start-up recovery in a second
        // program on the same folder) stays voided, and this issue fails instead of reviving it.
        const issuedNow = markIssued(ctx.db, row.id, {
          at,
          docxFile,
          pdfFile,
          docxSha256: hashes.docx,
          pdfSha256: hashes.pdf,
        });
        if (!issuedNow)
          throw new AppError('ISSUE_INTERRUPTED', `编号 ${row.doc_number ?? ''} 在出具过程中已被作废，请重新出具`);
        if (request.replaces)
          markVoided(ctx.db, request.replaces.id, at, actorName(ctx), `已由新文书替换：${request.replaces.reason}`);
        appendAudit(ctx.db, {
          at,
          actor: actorName(ctx),
          action: 'document.issue',
          entity: 'case',
          entityId: String(row.case_id ?? 0),
          summary: `出具${title}${printed ? ` ${printed}` : ''}`,
          before: undefined,
          after: { id: row.id, number: row.doc_number, docxSha256: hashes.docx, pdfSha256: hashes.pdf },
          papers: request.replaces ? [row.id, request.replaces.id] : [row.id],
        });
        const issued = getIssuedRow(ctx.db, row.id);
        if (!issued) throw new Error('issued row missing');
        return issued;
      },
    );
  } catch (caught) {
    // A file that cannot be written (USB stick full, a file where the year's folder should be) says
    // where and why; the technical error goes to the log, never into the reason kept on record.
    const error = asFileError(
      caught,
      'DOCUMENT_WRITE_FAILED',
      dirname(join(ctx.dataDir, docxFile)),
      '写入',
      '文书文件夹',
    );
    if (!isAppError(caught)) console.error('[fashen] issuing failed, number voided:', caught);
    const reason = `生成文件失败，本编号作废：${isAppError(error) ? error.message : '程序内部错误'}`;
    ctx.db.transaction(() => {
      markVoided(ctx.db, row.id, ctx.now().toISOString(), actorName(ctx), reason);
      appendAudit(ctx.db, {
        at: ctx.now().toISOString(),
        actor: actorName(ctx),
        action: 'document.void',
        entity: 'case',
        entityId: String(row.case_id ?? 0),
        summary: `${row.doc_number ?? title}：${reason}`,
        before: undefined,
        after: { id: row.id },
        papers: [row.id],
      });
    })();
    throw isAppError(caught) ? caught : new AppError(isAppError(error) ? error.code : 'DOCUMENT_RENDER_FAILED', reason);
  }
}

/** A document is never edited: it is voided with a reason (and may be replaced by a new one). */
export function voidDocument(ctx: CoreContext, id: number, reason: string): IssuedRow {
  const row = getIssuedRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的文书`);
  if (row.status !== 'issued') throw new AppError('DOCUMENT_NOT_ISSUED', '只有已出具的文书才能作废');
  const at = ctx.now().toISOString();
  markVoided(ctx.db, id, at, actorName(ctx), reason);
  appendAudit(ctx.db, {
    at,
    actor: actorName(ctx),
    action: 'document.void',
    entity: 'case',
    entityId: String(row.case_id ?? 0),
    summary: `作废${row.title}${row.doc_number ? ` ${row.doc_number}` : ''}：${reason}`,
    before: { status: row.status },
    after: { status: 'voided', reason },
    papers: [id],
  });
  const after = getIssuedRow(ctx.db, id);
  if (!after) throw new Error('voided row missing');
  return after;
}

/**
 * At start-up: a document left pending was interrupted between taking its number and recording
 * its files. Its number stays on record, voided; any file it managed to write is unrecorded and is
 * moved aside by the orphan-file sweep that runs after this.
 */
export function recoverPendingDocuments(ctx: CoreContext): number {
  const pending = pendingIssuedRows(ctx.db);
  ctx.db.transaction(() => {
    for (const row of pending) {
      const at = ctx.now().toISOString();
      markVoided(ctx.db, row.id, at, '系统', '出具过程中程序中断，本编号作废');
      appendAudit(ctx.db, {
        at,
        actor: '系统',
        action: 'document.void',
        entity: 'case',
        entityId: String(row.case_id ?? 0),
        summary: `${row.doc_number ?? row.title}：出具过程中程序中断，本编号作废`,
        before: { status: 'pending' },
        after: { status: 'voided' },
        papers: [row.id],
      });
    }
  })();
  return pending.length;
}

/** Whether a file below the data folder (forward slashes) is one an issued document records. */
export function isRecordedDocumentFile(ctx: CoreContext, path: string): boolean {
  return isRecordedFile(ctx.db, path);
}
