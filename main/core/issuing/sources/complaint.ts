import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { COMPLAINT_CHANNEL_LABELS } from '../../../../shared/contract/complaints';
import type { ComplaintFinding } from '../../../../shared/contract/complaints';
import { complaintView } from '../../complaints/service';
import { asSentence } from '../../documents/punctuation';
import { officeForPapers, type PaperSource } from './common';

// Data for the 举报投诉答复书: the final answer to the complainant, the one paper that names them.

/** What the answer says was found, as the paper's sentence (the screen's labels are choices, not prose). */
const FINDING_SENTENCES: Record<ComplaintFinding, string> = {
  'no-violation': '经核实，未发现违法行为。',
  'case-opened': '经核实，反映的违法行为属实，本机关已依法立案查处。',
  'lead-transferred': '经核实，该问题属于其他行政机关的职责，本机关已将有关线索移送有权机关处理。',
  'not-ours': '经核实，该问题不属于本机关的职责，请向有权处理的机关提出。',
};

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
    finding: FINDING_SENTENCES[view.finding],
    text: asSentence(final.text),
    ...(office.contactPerson && office.phone ? { contact: { name: office.contactPerson, phone: office.phone } } : {}),
  };
  return { caseId: view.linkedCase?.id ?? null, data };
}
