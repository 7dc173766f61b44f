import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { COMPLAINT_CHANNEL_LABELS, COMPLAINT_FINDING_LABELS } from '../../../../shared/contract/complaints';
import { complaintView } from '../../complaints/service';
import { asSentence } from '../../documents/punctuation';
import { officeForPapers, type PaperSource } from './common';

// Data for the 举报投诉答复书: the final answer to the complainant, the one paper that names them.

export function complaintAnswerData(ctx: CoreContext, id: number): PaperSource {
  const view = complaintView(ctx, id);
  const final = view.answers.find((answer) => answer.kind === 'final');
  if (!final || !view.finding) throw new AppError('COMPLAINT_STATE', '请先登记最终答复，再出具举报投诉答复书');
  const office = officeForPapers(ctx, []);
  const data = {
    org: { name: office.name },
    document: { date: final.answeredOn },
    complainant: view.complainant.name.trim() || '举报人',
    receivedOn: view.receivedOn,
    channel: COMPLAINT_CHANNEL_LABELS[view.channel],
    matter: view.matter.replace(/[。；，]$/, ''),
    finding: COMPLAINT_FINDING_LABELS[view.finding],
    text: asSentence(final.text),
    ...(office.contactPerson && office.phone ? { contact: { name: office.contactPerson, phone: office.phone } } : {}),
  };
  return { caseId: view.linkedCase?.id ?? null, data };
}
