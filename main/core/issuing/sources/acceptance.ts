import type { TransferInView } from '../../../../shared/contract';
import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { clockOf } from '../../calendar/clock';
import { inView } from '../../transfers/in-view';
import { asSentence } from '../../documents/punctuation';
import { officeForPapers, profileBasis, type PaperSource } from './common';

// Data for the 受理情况告知书: our written answer to a body that transferred a case to us, from
// the transfer-in record once the answer (accept / refuse / report to the government) is recorded.

const DECISIONS = { accepted: 'accept', refused: 'refuse', escalated: 'escalate' } as const;

function transferInOf(ctx: CoreContext, id: number): TransferInView {
  return inView(ctx.db, id, clockOf(ctx));
}

/** "王某某未取得食品经营许可经营食品案": the party (when the letter names one) and the cause. */
function transferCaseTitle(view: TransferInView): string {
  const cause = view.cause.replace(/案$/, '');
  return `${view.partyName}${cause}案`;
}

export function acceptanceNoticeData(ctx: CoreContext, id: number): PaperSource {
  const view = transferInOf(ctx, id);
  if (!view.answer)
    throw new AppError('TRANSFER_STATE', '请先登记受理情况（受理、不予受理或报请政府决定），再出具受理情况告知书');
  const office = officeForPapers(ctx, []);
  const decision = DECISIONS[view.answer.outcome];
  const data = {
    org: { name: office.name },
    // The notice is the written answer the record describes, so it bears the answer's date.
    document: { date: view.answer.answeredOn },
    sender: view.from.name,
    basis: profileBasis(ctx, view.profile),
    case: { title: transferCaseTitle(view) },
    transfer: {
      receivedOn: view.receivedOn,
      ...(view.letterDate ? { date: view.letterDate } : {}),
      ...(view.letterNumber ? { number: view.letterNumber } : {}),
    },
    decision,
    // Printed as a sentence after "理由如下：", so it ends with 。 however it was typed.
    ...(view.answer.reason ? { reason: asSentence(view.answer.reason) } : {}),
    ...(decision === 'escalate'
      ? {
          government: view.escalatedTo?.name ?? '',
          escalatedOn: view.answer.answeredOn,
          // 不再行移送 is 涪陵's rule (二(三)); other profiles' papers do not promise it in its words.
          ...(view.dispute.noRetransferRule ? { noRetransfer: true } : {}),
        }
      : {}),
    ...(office.contactPerson && office.phone ? { contact: { name: office.contactPerson, phone: office.phone } } : {}),
  };
  // A refused transfer, or one not yet linked, has no case of ours.
  return { caseId: view.linkedCase?.id ?? null, data };
}
