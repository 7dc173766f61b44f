// The demo office's papers: every kind its records allow, issued through the same API the 文书 buttons
// use, so a newcomer opens 文书 and sees real, numbered papers at once — a review opinion and its
// 补正材料通知书, transfer letters with their item list, a 受理情况告知书, a 涉嫌犯罪案件移送书, the
// registers' letters, report and answer, and a 送达回证. A record whose paper is not due yet (a round
// not signed, a transfer not answered) is passed over: the refusal says so, as it would on screen.

import type { DocumentSourceKind } from '../../shared/contract/documents';
import { isAppError } from '../../shared/errors';
import type { DemoCall } from './demo-hooks';

/** The refusals that mean "this record has no such paper yet", not a fault. */
const NOT_DUE = new Set([
  'ROUND_NOT_SIGNED',
  'NO_NOTICE',
  'NO_ITEMS',
  'NO_MATERIALS',
  'TRANSFER_STATE',
  'ASSISTANCE_DIRECTION',
  'ASSISTANCE_STATE',
  'SUPERVISION_STATE',
  'COMPLAINT_STATE',
  // Issued already with the register's demo records (demo-registers-sharing.ts).
  'ALREADY_ISSUED',
]);

async function issue(call: DemoCall, kind: DocumentSourceKind, id: number, cc = ''): Promise<number | null> {
  try {
    return (await call('documents.issue', { kind, id, cc })).id;
  } catch (error) {
    if (isAppError(error) && NOT_DUE.has(error.code)) return null;
    throw error;
  }
}

/** Issues the demo's papers; returns how many papers the office now has in force (the registers' included). */
export async function issueDemoPapers(
  call: DemoCall,
  caseIds: readonly number[],
  /** Signs in the 司法所's reviewer, who serves the opinion and fills in its receipt (填发人). */
  asReviewer: () => void = () => undefined,
): Promise<number> {
  const issued: number[] = [];
  const add = (id: number | null) => {
    if (id !== null) issued.push(id);
  };
  let opinion: number | null = null;
  for (const caseId of caseIds) {
    const { rounds } = await call('review.state', { caseId });
    for (const round of rounds) {
      if (round.notice) add(await issue(call, 'supplement-notice', round.id));
      if (round.state === 'signed') {
        const id = await issue(call, 'review-opinion', round.id);
        opinion ??= id;
        add(id);
      }
    }
  }
  const transfers = await call('transfers.list', { scope: 'all' });
  for (const transfer of transfers.out) {
    add(await issue(call, 'transfer-letter', transfer.id, '区司法局'));
    add(await issue(call, 'item-list', transfer.id));
  }
  for (const transfer of transfers.in) add(await issue(call, 'acceptance-notice', transfer.id));
  for (const transfer of transfers.criminal) add(await issue(call, 'criminal-transfer-letter', transfer.id));
  for (const record of await call('assistance.list', { scope: 'all' })) {
    add(await issue(call, 'assistance-letter', record.id));
    add(await issue(call, 'assistance-reply', record.id));
  }
  for (const record of await call('supervision.list', { scope: 'all' }))
    add(await issue(call, 'supervision-report', record.id));
  for (const record of await call('complaints.list', { scope: 'all' }))
    add(await issue(call, 'complaint-answer', record.id));
  // The review opinion was handed to the handling unit: its 送达回证.
  if (opinion !== null) {
    // Served today, a moment ago (office time), by hand.
    const { today, timeNow } = await call('calendar.years', {});
    asReviewer();
    {
      const receipt = await call('documents.issueReceipt', {
        documentId: opinion,
        recipient: '青山镇综合行政执法大队 王建国',
        servedOn: today,
        servedTime: timeNow,
        place: '青山镇综合行政执法大队办公室',
        method: 'direct',
        servers: '陈静、李华',
      });
      add(receipt.id);
    }
  }
  const all = await call('documents.list', { caseId: null, source: null });
  return all.filter((paper) => paper.status === 'issued').length;
}
