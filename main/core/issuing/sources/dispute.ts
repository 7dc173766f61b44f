import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { disputeView } from '../../disputes/service';
import { asSentence, withoutEndPunctuation } from '../../documents/punctuation';
import { officeForPapers, profileBasis, type PaperSource } from './common';

// Data for the 管辖争议协调申请书: the written request of 衢政办发〔2022〕16号 第七条 (争议焦点, 双方观点及
// 相应法律依据, 其他需要说明的情况), addressed to the body recorded on the dispute — the one the office's
// profile routes a dispute to — once the request is recorded.

export function disputeRequestData(ctx: CoreContext, id: number): PaperSource {
  const view = disputeView(ctx, id);
  if (!view.request || !view.body) {
    throw new AppError('DISPUTE_STATE', '请先登记书面提请协调的内容（争议焦点、双方观点及依据），再出具协调申请书');
  }
  const office = officeForPapers(ctx, []);
  const { request } = view;
  const data = {
    org: { name: office.name },
    document: { date: request.requestedOn },
    body: view.body.name,
    counterpart: view.counterpart.name,
    matter: withoutEndPunctuation(view.matter),
    basis: profileBasis(ctx, view.profile),
    negotiation: asSentence(view.negotiation),
    focus: asSentence(request.focus),
    ourView: asSentence(request.ourView),
    ourBasis: asSentence(request.ourBasis),
    theirView: asSentence(request.theirView),
    ...(request.theirBasis ? { theirBasis: asSentence(request.theirBasis) } : {}),
    ...(request.otherNotes ? { otherNotes: asSentence(request.otherNotes) } : {}),
    ...(view.linkedCase ? { case: { number: view.linkedCase.caseNumber } } : {}),
    ...(office.contactPerson && office.phone ? { contact: { name: office.contactPerson, phone: office.phone } } : {}),
  };
  return { caseId: view.linkedCase?.id ?? null, data };
}
