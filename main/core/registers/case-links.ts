// A case's records in the township desk's registers (issue #19), for its page: each register's own
// summary, reduced to a title, a state and a link.

import type { RegisterLink } from '../../../shared/contract';
import { ASSISTANCE_STATE_LABELS } from '../../../shared/contract/assistance';
import { SUPERVISION_STATE_LABELS } from '../../../shared/contract/supervision';
import { SHARING_STATE_LABELS } from '../../../shared/contract/sharing';
import { DISPUTE_STATE_LABELS } from '../../../shared/contract/disputes';
import type { CoreContext } from '../context';
import { clockOf } from '../calendar/clock';
import { getCase } from '../cases/service';
import { assistanceRowsForCase } from '../assistance/store';
import { assistanceSummary } from '../assistance/service';
import { complaintRowsForCase } from '../complaints/store';
import { complaintSummary } from '../complaints/service';
import { supervisionRowsForCase } from '../supervision/store';
import { supervisionSummary } from '../supervision/service';
import { sharingOfCase } from '../sharing/service';
import { disputesOfCase } from '../disputes/service';

export function registerLinksOfCase(ctx: CoreContext, caseId: number): RegisterLink[] {
  getCase(ctx, caseId);
  const clock = clockOf(ctx);
  const assistance = assistanceRowsForCase(ctx.db, caseId).map((row): RegisterLink => {
    const item = assistanceSummary(ctx, row, clock);
    return {
      register: 'assistance',
      id: item.id,
      title: `${item.direction === 'out' ? '请求' : '协助'}${item.counterpart}：${item.needed}`,
      state: ASSISTANCE_STATE_LABELS[item.state],
      link: `/registers/assistance/${item.id}`,
      deadline: item.deadline,
    };
  });
  const complaints = complaintRowsForCase(ctx.db, caseId).map((row): RegisterLink => {
    const item = complaintSummary(ctx, row, clock);
    return {
      register: 'complaints',
      id: item.id,
      title: `${item.number}：${item.matter}`,
      state: item.state === 'open' ? '办理中' : '已办结',
      link: `/registers/complaints/${item.id}`,
      deadline: item.deadline,
    };
  });
  const supervision = supervisionRowsForCase(ctx.db, caseId).map((row): RegisterLink => {
    const item = supervisionSummary(ctx, row);
    return {
      register: 'supervision',
      id: item.id,
      title: `${item.issuer} ${item.docNumber}`,
      state: SUPERVISION_STATE_LABELS[item.state],
      link: `/registers/supervision/${item.id}`,
      deadline: item.deadline,
    };
  });
  const sharing = sharingOfCase(ctx, caseId).map((item): RegisterLink => ({
    register: 'sharing',
    id: item.id,
    title: item.subject,
    state: SHARING_STATE_LABELS[item.state],
    link: `/registers/sharing/${item.id}`,
    deadline: item.deadline,
  }));
  const disputes = disputesOfCase(ctx, caseId).map((item): RegisterLink => ({
    register: 'disputes',
    id: item.id,
    title: `与${item.counterpart.name}：${item.matter}`,
    state: DISPUTE_STATE_LABELS[item.state],
    link: `/registers/disputes/${item.id}`,
    deadline: item.deadline,
  }));
  return [...assistance, ...complaints, ...supervision, ...sharing, ...disputes];
}
