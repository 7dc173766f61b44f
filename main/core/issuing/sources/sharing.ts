import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { SHARING_KIND_LABELS } from '../../../../shared/contract/sharing';
import { sharingView } from '../../sharing/service';
import { getCase } from '../../cases/service';
import { asSentence } from '../../documents/punctuation';
import { officeDateOf } from '../../calendar/officeTime';
import { caseTitle, officeForPapers, profileBasis, type PaperSource } from './common';

// Data for the 信息共享告知函 — or, for a penalty decision, the 行政处罚决定抄告函 (周政办字〔2018〕18号
// 二(四)3(4): 抄告相关行政管理部门; 二(四)5: 部门之间抄告、移送) — from the 信息共享 register. Dated the day
// the clerk issues it, not the day the information formed.

export function sharingLetterData(ctx: CoreContext, id: number): PaperSource {
  const view = sharingView(ctx, id);
  if (view.direction !== 'out' || view.mode !== 'notify') {
    throw new AppError(
      'SHARING_LETTER',
      '告知函（抄告函）用于本单位主动共享的信息；按要求提供或者收到的信息不出具此函',
    );
  }
  if (!view.org) throw new AppError('SHARING_LETTER', '请先修改记录，填写接收信息的单位，再出具告知函');
  const office = officeForPapers(ctx, []);
  const record = view.linkedCase ? getCase(ctx, view.linkedCase.id) : null;
  const data = {
    org: { name: office.name },
    document: { date: view.sharedOn ?? officeDateOf(ctx.now().toISOString()) },
    form: view.kind === 'penalty-decision' ? 'copy' : 'notify',
    recipient: view.org.name,
    basis: profileBasis(ctx, view.profile),
    kind: SHARING_KIND_LABELS[view.kind],
    subject: asSentence(view.subject),
    formedOn: view.formedOn,
    ...(record ? { case: { number: record.caseNumber, title: caseTitle(record) } } : {}),
    ...(view.note ? { note: asSentence(view.note) } : {}),
    ...(office.contactPerson && office.phone ? { contact: { name: office.contactPerson, phone: office.phone } } : {}),
  };
  return { caseId: view.linkedCase?.id ?? null, data };
}
