import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { clockOf } from '../../calendar/clock';
import { dueFrom } from '../../transfers/deadlines';
import { assistanceLimit, assistanceView } from '../../assistance/service';
import { assistanceRow } from '../../assistance/store';
import { asSentence } from '../../documents/punctuation';
import { officeDateOf } from '../../calendar/officeTime';
import { officeForPapers, paperContact, profileBasis, type PaperSource } from './common';

// Data for the 行政执法协助函 (a request we send) and the 行政执法协助复函 (our answer to a request we
// received), from the 执法协助 register.

function contactOf(
  view: { contactName: string; contactPhone: string },
  office: { contactPerson: string; phone: string },
) {
  return paperContact([view.contactName, office.contactPerson], [view.contactPhone, office.phone]);
}

export function assistanceLetterData(ctx: CoreContext, id: number): PaperSource {
  const view = assistanceView(ctx, id);
  const row = assistanceRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的协助记录`);
  if (view.direction !== 'out')
    throw new AppError('ASSISTANCE_DIRECTION', '行政执法协助函用于本单位请求协助；对其他机关的请求，请出具协助复函');
  const office = officeForPapers(ctx, []);
  // The letter asks for the answer by the end of the period the profile sets, counted from its date.
  const due = dueFrom(clockOf(ctx).calendar, assistanceLimit(ctx, row), { date: view.requestedOn, instant: null });
  const data = {
    org: { name: office.name },
    document: { date: view.requestedOn },
    counterpart: view.counterpart,
    basis: profileBasis(ctx, view.profile),
    case: { title: view.caseTitle },
    ground: view.ground,
    needed: asSentence(view.needed),
    reason: asSentence(view.reason),
    ...(view.legalBasis ? { legalBasis: asSentence(view.legalBasis) } : {}),
    ...(view.returnItems ? { returnItems: asSentence(view.returnItems) } : {}),
    answerBy: due.dueDate ?? officeDateOf(due.dueAt),
    ...contactOf(view, office),
  };
  return { caseId: view.linkedCase?.id ?? null, data };
}

export function assistanceReplyData(ctx: CoreContext, id: number): PaperSource {
  const view = assistanceView(ctx, id);
  if (view.direction !== 'in')
    throw new AppError(
      'ASSISTANCE_DIRECTION',
      '协助复函用于答复其他机关的协助请求；本单位请求协助，请出具行政执法协助函',
    );
  if (!view.answer)
    throw new AppError('ASSISTANCE_STATE', '请先登记答复（予以协助或不予协助并说明理由），再出具协助复函');
  const office = officeForPapers(ctx, []);
  const data = {
    org: { name: office.name },
    document: { date: view.answer.answeredOn },
    requester: view.counterpart,
    case: { title: view.caseTitle },
    request: { date: view.requestedOn, ...(view.letterNumber ? { number: view.letterNumber } : {}) },
    decision: view.answer.outcome,
    ...(view.answer.refusalGround ? { refusalGround: view.answer.refusalGround } : {}),
    text: asSentence(view.answer.text),
    ...contactOf(view, office),
  };
  return { caseId: view.linkedCase?.id ?? null, data };
}
