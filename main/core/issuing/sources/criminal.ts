import type { CoreContext } from '../../context';
import { officeDateOf } from '../../calendar/officeTime';
import { withoutEndPunctuation } from '../../documents/punctuation';
import { AppError } from '../../../../shared/errors';
import { getCase } from '../../cases/service';
import { clockOf } from '../../calendar/clock';
import { criminalView } from '../../transfers/criminal-view';
import { caseTitle, officeForPapers, paperContact, type PaperSource } from './common';

// Data for the 涉嫌犯罪案件移送书 (国务院令第310号 第六条, its 回执 第七条), from the criminal
// transfer record once the head approved it. National law only: no profile's document is cited.

export function criminalLetterData(ctx: CoreContext, id: number): PaperSource {
  const view = criminalView(ctx.db, id, clockOf(ctx));
  if (!view.decision?.approved) {
    throw new AppError(
      'TRANSFER_STATE',
      '涉嫌犯罪案件移送书须经本机关正职负责人或者主持工作的负责人批准后出具（国务院令第310号第五条）',
    );
  }
  const record = getCase(ctx, view.caseId);
  const office = officeForPapers(ctx, []);
  // 第六条 lists the 移送书 first among what goes to the police, but the 移送书 does not attach itself:
  // its 附件说明 and material list name what goes with it (as the 案件移送函's do).
  const materials = view.materials.filter((m) => m.present && m.key !== 'letter');
  const sent = view.sent?.letterNumber.trim() ? view.sent : null;
  const data = {
    org: { name: office.name },
    // Sent before it was issued here: the number and date it went out with.
    document: sent
      ? { number: sent.letterNumber, date: officeDateOf(sent.at) }
      : { date: officeDateOf(ctx.now().toISOString()) },
    police: view.police.name,
    case: {
      title: caseTitle(record),
      number: record.caseNumber,
      party: record.party.name,
      source: `办理${record.caseNumber}案件过程`,
      facts: withoutEndPunctuation(view.facts) + '。',
      crime: withoutEndPunctuation(view.suspectedCrime),
      crimeBasis: withoutEndPunctuation(view.crimeBasis),
    },
    ...(view.measures ? { measures: withoutEndPunctuation(view.measures) } : {}),
    ...(view.penaltiesBefore ? { penaltiesBefore: withoutEndPunctuation(view.penaltiesBefore) } : {}),
    approval: { by: view.decision.by, date: officeDateOf(view.decision.at) },
    team: view.members.map((m) => m.name).join('、'),
    ...paperContact([view.members[0]?.name, office.contactPerson], [office.phone]),
    materials: materials.map((m) => ({ name: m.label, copies: 1, ...(m.note ? { note: m.note } : {}) })),
  };
  return { caseId: view.caseId, data, recordedNumber: sent !== null };
}
