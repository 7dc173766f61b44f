import type { DocumentSourceKind } from '../../../../shared/contract/documents';
import type { ApiContext } from '../../../api/context';
import { AppError } from '../../errors';
import { getRound } from '../../review/service';
import { issueDocument } from '../service';
import { toIssuedDocument } from '../queries';
import type { IssuedDocument } from '../../../../shared/contract';
import { acceptanceNoticeData, transferInOf } from './acceptance';
import { reviewOpinionData, supplementNoticeData } from './review';
import { itemListData, transferLetterData, transferOf } from './transfer';

interface Source {
  templateId: string;
  /** The case the paper belongs to; a transfer we received may have none (refused, or not yet ours). */
  caseIdOf(ctx: ApiContext, id: number): number | null;
  data(ctx: ApiContext, id: number): Record<string, unknown>;
}

/** Each paper the office issues, and the record it is built from. */
const SOURCES: Record<DocumentSourceKind, Source> = {
  'review-opinion': { templateId: 'review-opinion', caseIdOf: (ctx, id) => getRound(ctx, id).caseId, data: reviewOpinionData },
  'supplement-notice': { templateId: 'supplement-notice', caseIdOf: (ctx, id) => getRound(ctx, id).caseId, data: supplementNoticeData },
  'transfer-letter': { templateId: 'transfer-letter', caseIdOf: (ctx, id) => transferOf(ctx, id).caseId, data: transferLetterData },
  'item-list': { templateId: 'item-list', caseIdOf: (ctx, id) => transferOf(ctx, id).caseId, data: itemListData },
  'acceptance-notice': { templateId: 'acceptance-notice', caseIdOf: (ctx, id) => transferInOf(ctx, id).linkedCase?.id ?? null, data: acceptanceNoticeData },
};

/**
 * Issues the paper for a record. One record has at most one paper in force: issuing again needs
 * the earlier one voided first, so two different papers never carry the same decision.
 */
export async function issueFromSource(ctx: ApiContext, kind: DocumentSourceKind, id: number, extras: { cc?: string } = {}): Promise<IssuedDocument> {
  const source = SOURCES[kind];
  const existing = ctx.db
    .prepare(`SELECT doc_number, title FROM issued_documents WHERE source_kind = ? AND source_id = ? AND status = 'issued'`)
    .get(kind, id) as { doc_number: string | null; title: string } | undefined;
  if (existing) {
    throw new AppError('ALREADY_ISSUED', `${existing.title}${existing.doc_number ? `（${existing.doc_number}）` : ''}已经出具；如需重新出具，请先将原文书作废`);
  }
  // The 抄送 is chosen by the clerk when the paper goes out, not kept on the record; it is kept in the
  // issued paper's data like everything else it prints (the 版记 closes it with its one 。). The
  // contract allows it only where the template has one.
  const data = { ...source.data(ctx, id), ...(extras.cc ? { cc: extras.cc } : {}) };
  const row = await issueDocument(ctx, { templateId: source.templateId, caseId: source.caseIdOf(ctx, id), data, source: { kind, id } });
  return toIssuedDocument(row);
}
