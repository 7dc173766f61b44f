// The home page's transfer deadlines (DOMAIN §6, §8): transfers to send, answers owed to us and by
// us, each with the rule that set it; red when past, amber with one working day or less left.
// A deadline the calendar cannot compute is red, and the missing year is reported to the home page
// (home/calendarReminder.ts gives it its own item).

import type { AttentionItem, DeadlineView } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { resolveCaseProfile } from '../profiles/service';
import { transferRequestForCase } from '../review/transfer-request';
import { clockOf, type Clock } from '../calendar/clock';
import { reviewSendDeadline } from './draft';
import { inDeadline, inRowsNeedingUs, type InRow } from './in-view';
import { isOpenOut, OPEN_OUT_STATES } from './machine';
import { orgRef, outRowsInStates, type OutRow } from './out-store';
import { outDeadline } from './out-view';
import { disputeAdvice } from './rules';
import { getProfile } from '../profiles/service';
import { CRIMINAL_STATE_LABELS } from '../../../shared/contract/criminal-transfers';
import { CRIMINAL_RULES, OPEN_CRIMINAL_STATES } from './criminal-rules';
import { criminalDeadlines, criminalRowsInStates, type CriminalRow } from './criminal-view';
import { activeStaffWithRole, caseHandlers, registerWaitsOn } from '../staff/waits-on';
import { sql } from '../../db/sql';

interface Ranked extends AttentionItem {
  unknownYear?: number | null;
}

function withDeadline(
  base: Omit<AttentionItem, 'level' | 'detail' | 'dueAt'>,
  prefix: string,
  deadline: DeadlineView,
): Ranked {
  return {
    ...base,
    level: deadline.level,
    detail: `${prefix}${deadline.text}（${deadline.rule}）`,
    dueAt: deadline.dueAt,
    unknownYear: deadline.unknownYear,
  };
}

function outItem(ctx: CoreContext, row: OutRow, clock: Clock): Ranked {
  const receiver = orgRef(ctx.db, row.receiver_org_id).name;
  const base = {
    kind: `transfer-out-${row.state}`,
    title: `${row.case_number} ${row.cause}`,
    link: `/transfers/out/${row.id}`,
    // An approval is a head's to give; every other step is the case's 承办人's.
    waitsOn:
      row.state === 'awaiting-approval' ? activeStaffWithRole(ctx.db, 'head') : caseHandlers(ctx.db, row.case_id),
  };
  const deadline = outDeadline(row, clock);
  if (deadline) {
    const prefix =
      row.state === 'received'
        ? `已移送${receiver}，待其书面答复：`
        : `待移送${receiver}${row.state === 'awaiting-approval' ? '（待负责人批准）' : ''}：`;
    return withDeadline(base, prefix, deadline);
  }
  switch (row.state) {
    case 'sent':
      return { ...base, level: 'info', detail: `已移送${receiver}，待登记其签收的送达回证`, dueAt: null };
    case 'refused':
      return {
        ...base,
        level: 'warning',
        detail: `${receiver}不予受理：${disputeAdvice(getProfile(ctx.db, row.profile_id, row.profile_version))}`,
        dueAt: null,
      };
    default:
      return { ...base, level: 'info', detail: `${receiver}不予受理，已报请政府决定，待登记政府的决定`, dueAt: null };
  }
}

/** Cases an opinion sent to transfer before anyone prepared the transfer: the clock already runs. */
function caseItems(ctx: CoreContext, clock: Clock): Ranked[] {
  const rows = sql.all<{ id: number; case_number: string; cause: string }>(
    ctx.db,
    `SELECT c.id, c.case_number, c.cause FROM cases c WHERE c.status = 'to-transfer'
       AND NOT EXISTS (SELECT 1 FROM transfers_out t WHERE t.case_id = c.id AND t.state <> 'withdrawn')
       AND NOT EXISTS (SELECT 1 FROM criminal_transfers k WHERE k.case_id = c.id AND k.state NOT IN ('not-approved', 'returned'))
       ORDER BY c.updated_at LIMIT 200`,
  );
  return rows.flatMap((row) => {
    const request = transferRequestForCase(ctx.db, row.id);
    if (!request) return [];
    if (request.opinion === 5) {
      // No number of days: 第五条 says 立即. The profile's deadline to send does not apply.
      return [
        {
          kind: 'criminal-to-report',
          title: `${row.case_number} ${row.cause}`,
          link: `/cases/${row.id}`,
          waitsOn: caseHandlers(ctx.db, row.id),
          level: 'warning' as const,
          detail: `审核意见5（涉嫌犯罪）要求移送公安机关，尚未提出移送的书面报告：${CRIMINAL_RULES.team}`,
          dueAt: null,
        },
      ];
    }
    const deadline = reviewSendDeadline(resolveCaseProfile(ctx.db, row.id).profile, request, clock);
    const base = {
      kind: 'transfer-to-prepare',
      title: `${row.case_number} ${row.cause}`,
      link: `/cases/${row.id}`,
      waitsOn: caseHandlers(ctx.db, row.id),
    };
    return [withDeadline(base, `审核意见${request.opinion}要求移送，尚未办理移送：`, deadline)];
  });
}

function inItem(ctx: CoreContext, row: InRow, clock: Clock): Ranked {
  const from = orgRef(ctx.db, row.from_org_id).name;
  const base = {
    kind: `transfer-in-${row.state}`,
    title: `${from}移送：${row.cause}`,
    link: `/transfers/in/${row.id}`,
    waitsOn: registerWaitsOn(ctx.db, row),
  };
  const deadline = inDeadline(row, clock);
  if (deadline) return withDeadline(base, row.state === 'registered' ? '待签收送达回证并答复：' : '待答复：', deadline);
  if (row.state === 'escalated')
    return { ...base, level: 'info', detail: '已报请政府决定管辖，待登记政府的决定', dueAt: null };
  return { ...base, level: 'info', detail: '已受理，请登记或关联本单位案件', dueAt: null };
}

/** A criminal transfer still running: the first limit it has, with its rule; or what is owed without one. */
function criminalItem(ctx: CoreContext, row: CriminalRow, clock: Clock): Ranked {
  const base = {
    kind: `criminal-${row.state}`,
    title: `${row.case_number} ${row.cause}（涉嫌犯罪案件移送）`,
    link: `/transfers/criminal/${row.id}`,
    // The written report waits on the head's approval (第五条); the rest on the case's 承办人.
    waitsOn: row.state === 'reported' ? activeStaffWithRole(ctx.db, 'head') : caseHandlers(ctx.db, row.case_id),
  };
  const [first] = criminalDeadlines(row, clock);
  if (first) {
    const who = first.owner === 'police' ? '待公安机关：' : '';
    return withDeadline(base, `${CRIMINAL_STATE_LABELS[row.state]}。${who}`, first.view);
  }
  const detail =
    row.state === 'sent'
      ? `已移送，待登记公安机关在回执上的签字（${CRIMINAL_RULES.receipt}）`
      : row.state === 'supervision'
        ? '已建议检察院立案监督：登记公安机关立案，或者回到行政处理'
        : `${CRIMINAL_STATE_LABELS[row.state]}：请提请复议、建议立案监督或者回到行政处理（${CRIMINAL_RULES.back}）`;
  return { ...base, level: 'warning', detail, dueAt: null };
}

export interface TransferAttention {
  items: AttentionItem[];
  /** Years a deadline needs that the calendar does not know (the home page says so once per year). */
  missingYears: number[];
}

export function transferAttention(ctx: CoreContext): TransferAttention {
  const clock = clockOf(ctx);
  const items: Ranked[] = [
    // A judicial transfer answered 不予立案 is done here: nothing is owed in the app, so it is not listed
    // (its page and the case page say what the law offers: 复议 or 立案监督).
    ...outRowsInStates(ctx.db, OPEN_OUT_STATES)
      .filter(isOpenOut)
      .map((row) => outItem(ctx, row, clock)),
    ...caseItems(ctx, clock),
    // A criminal transfer answered 不予立案 stays here until the office asks for 复议 or 立案监督, or
    // takes the case back to administrative handling (国务院令第310号 第九条、第十条).
    ...criminalRowsInStates(ctx.db, OPEN_CRIMINAL_STATES).map((row) => criminalItem(ctx, row, clock)),
    ...inRowsNeedingUs(ctx.db).map((row) => inItem(ctx, row, clock)),
  ];
  const missingYears = [...new Set(items.flatMap((item) => (item.unknownYear ? [item.unknownYear] : [])))].sort();
  return { items: items.map(({ unknownYear: _year, ...item }) => item), missingYears };
}
