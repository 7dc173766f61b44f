import type { DocumentSourceKind } from '../../../../shared/contract/documents';
import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { issueDocument } from '../service';
import { toIssuedDocument } from '../queries';
import { paperOfSource } from '../../papers/store';
import { printedNumber } from '../../papers/printed-number';
import type { IssuedDocument } from '../../../../shared/contract';
import { acceptanceNoticeData } from './acceptance';
import { criminalLetterData } from './criminal';
import { assistanceLetterData, assistanceReplyData } from './assistance';
import { supervisionReportData } from './supervision';
import { complaintAnswerData } from './complaint';
import { sharingLetterData } from './sharing';
import { disputeRequestData } from './dispute';
import type { PaperSource } from './common';
import { reviewOpinionData, supplementNoticeData } from './review';
import { itemListData, transferLetterData } from './transfer';

interface Source {
  templateId: string;
  /** Loads the record once: the paper's data and the case it belongs to. */
  load(ctx: CoreContext, id: number): PaperSource;
}

/** Each paper the office issues, and the record it is built from. */
const SOURCES: Record<DocumentSourceKind, Source> = {
  'review-opinion': { templateId: 'review-opinion', load: reviewOpinionData },
  'supplement-notice': { templateId: 'supplement-notice', load: supplementNoticeData },
  'transfer-letter': { templateId: 'transfer-letter', load: transferLetterData },
  'item-list': { templateId: 'item-list', load: itemListData },
  'acceptance-notice': { templateId: 'acceptance-notice', load: acceptanceNoticeData },
  'criminal-transfer-letter': { templateId: 'criminal-transfer-letter', load: criminalLetterData },
  'assistance-letter': { templateId: 'assistance-letter', load: assistanceLetterData },
  'assistance-reply': { templateId: 'assistance-reply', load: assistanceReplyData },
  'supervision-report': { templateId: 'supervision-report', load: supervisionReportData },
  'complaint-answer': { templateId: 'complaint-answer', load: complaintAnswerData },
  'sharing-letter': { templateId: 'sharing-letter', load: sharingLetterData },
  'dispute-request': { templateId: 'dispute-request', load: disputeRequestData },
};

/**
 * Issues the paper for a record. One record has at most one paper in force: issuing again needs
 * the earlier one voided first, so two different papers never carry the same decision.
 */
export async function issueFromSource(
  ctx: CoreContext,
  kind: DocumentSourceKind,
  id: number,
  extras: { cc?: string } = {},
): Promise<IssuedDocument> {
  const source = SOURCES[kind];
  // A pending paper of the same record is another issue still writing its files (the check and the
  // reservation run without an await between them, so two clicks cannot both pass).
  const existing = paperOfSource(ctx.db, kind, id);
  if (existing?.status === 'pending') throw new AppError('ISSUE_IN_PROGRESS', '该文书正在出具，请稍候再试');
  if (existing) {
    const number = printedNumber(existing);
    throw new AppError(
      'ALREADY_ISSUED',
      `${existing.title}${number ? `（${number}）` : ''}已经出具；如需重新出具，请先将原文书作废`,
    );
  }
  // The 抄送 is chosen by the clerk when the paper goes out, not kept on the record; it is kept in the
  // issued paper's data like everything else it prints (the 版记 closes it with its one 。). The
  // contract allows it only where the template has one.
  const paper = source.load(ctx, id);
  const data = { ...paper.data, ...(extras.cc ? { cc: extras.cc } : {}) };
  const row = await issueDocument(ctx, {
    templateId: source.templateId,
    caseId: paper.caseId,
    data,
    source: { kind, id },
    recordedNumber: paper.recordedNumber,
  });
  return toIssuedDocument(row);
}
