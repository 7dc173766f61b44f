import type { IssuedDocument, ParsedInputOf } from '../../../../shared/contract';
import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { getIssuedRow, paperOfSource, type IssuedRow } from '../../papers/store';
import { issueDocument } from '../service';
import { toIssuedDocument } from '../queries';
import { caseTitle, officeForPapers } from './common';
import { bodyOf, issuingBody } from '../../papers/bodies';
import { getCase } from '../../cases/service';
import { printedNumber } from '../../papers/printed-number';
import { paperData } from '../../papers/verification';
import { actorName } from '../../session/operator';
import { assertNotBefore, assertNotFuture, officeInstant } from '../../calendar/officeDates';
import { officeDateOf } from '../../calendar/officeTime';

/**
 * The served paper's name as it is printed on it: an opinion on a 重大行政执法决定 is titled
 * 重大行政执法决定法制审核意见书 (its record's title is the template's).
 */
function printedTitle(served: IssuedRow): string {
  if (served.template_id !== 'review-opinion') return served.title;
  const major = (paperData(served.data_json).data['case'] as { major?: unknown } | undefined)?.major === true;
  return major ? `重大行政执法决定${served.title}` : served.title;
}

/** How a paper was served, as its 送达回证 prints it. */
export type ServiceFields = Omit<ParsedInputOf<'documents.issueReceipt'>, 'documentId'>;

/**
 * The 送达回证 of an issued paper, from how it was served. One receipt in force per paper: a
 * mistaken one is voided first, like any other document. A 案件移送函's receipt is recorded on its
 * transfer (transfers.out.recordReceipt), which records the receiver's signature and issues it at once.
 */
export async function issueServiceReceipt(
  ctx: CoreContext,
  input: ParsedInputOf<'documents.issueReceipt'>,
): Promise<IssuedDocument> {
  const served = getIssuedRow(ctx.db, input.documentId);
  if (served?.source_kind === 'transfer-letter' && served.status === 'issued')
    throw new AppError(
      'VALIDATION',
      '案件移送函的送达回证请在该移送记录中“登记送达回证”：受移送单位的签收与送达回证一并登记，只登记一次。',
    );
  return toIssuedDocument(await issueReceiptOf(ctx, input.documentId, input));
}

/** Checks that the paper can get its receipt (issued, none yet, served after it existed) and issues it. */
export async function issueReceiptOf(ctx: CoreContext, documentId: number, input: ServiceFields): Promise<IssuedRow> {
  const served = getIssuedRow(ctx.db, documentId);
  if (!served || served.status !== 'issued') throw new AppError('NOT_FOUND', '只能为已出具且未作废的文书出具送达回证');
  if (served.template_id === 'service-receipt') throw new AppError('VALIDATION', '送达回证本身不需要送达回证');
  const existing = paperOfSource(ctx.db, 'service-receipt', served.id);
  // Pending: another issue of this receipt is still writing its files.
  if (existing?.status === 'pending') throw new AppError('ISSUE_IN_PROGRESS', '该文书的送达回证正在出具，请稍候再试');
  if (existing) throw new AppError('ALREADY_ISSUED', '该文书的送达回证已经出具；如需重新出具，请先将原送达回证作废');
  // A receipt records a service that happened: not before the paper existed, not in the future.
  assertNotFuture(officeInstant(input.servedOn, input.servedTime), ctx.now().toISOString(), '送达时间', 'servedOn');
  if (served.issued_at)
    assertNotBefore(
      input.servedOn,
      officeDateOf(served.issued_at),
      '送达日期',
      `《${served.title}》的出具日期`,
      'servedOn',
    );
  const office = officeForPapers(ctx, []);
  // The receipt goes out from the body that issued the paper it serves (the 司法所 for a review opinion).
  const body = issuingBody(office, bodyOf(served.template_id));
  const record = served.case_id === null ? null : getCase(ctx, served.case_id);
  // A letter sent before it was issued here carries the number on its record, not a row number of its own.
  const number = printedNumber(served);
  const data = {
    org: { name: body.name },
    ...(record ? { caseTitle: caseTitle(record), caseNumber: record.caseNumber } : {}),
    // 《name》（number）1件; a paper without a number of its own (an item list) is named alone.
    document: { name: printedTitle(served), ...(number ? { number } : {}), copies: 1 },
    issuer: actorName(ctx),
    recipient: input.recipient,
    servedAt: `${input.servedOn}T${input.servedTime}`,
    place: input.place,
    method: input.method,
    servers: input.servers,
    ...(input.witness ? { witness: input.witness } : {}),
    ...(input.refusal ? { refusal: input.refusal } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
  };
  return issueDocument(ctx, {
    templateId: 'service-receipt',
    caseId: served.case_id,
    data,
    source: { kind: 'service-receipt', id: served.id },
  });
}
