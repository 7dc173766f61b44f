import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { supervisionView } from '../../supervision/service';
import { asSentence } from '../../documents/punctuation';
import { officeForPapers, type PaperSource } from './common';

// Data for the 整改情况报告: our written report to the supervising body on the correction a
// 行政执法监督通知书 or 决定书 required (衢政办发〔2022〕16号 第十六条、第十七条), once it is recorded.

export function supervisionReportData(ctx: CoreContext, id: number): PaperSource {
  const view = supervisionView(ctx, id);
  if (!view.reportedOn) throw new AppError('SUPERVISION_STATE', '请先登记整改情况，再出具整改情况报告');
  const office = officeForPapers(ctx, []);
  const data = {
    org: { name: office.name },
    document: { date: view.reportedOn },
    issuer: view.issuer,
    notice: { kind: view.kind, number: view.docNumber, receivedOn: view.receivedOn },
    matters: asSentence(view.matters),
    correctBy: view.correctBy,
    report: asSentence(view.reportText),
    ...(office.contactPerson && office.phone ? { contact: { name: office.contactPerson, phone: office.phone } } : {}),
  };
  return { caseId: view.linkedCase?.id ?? null, data };
}
