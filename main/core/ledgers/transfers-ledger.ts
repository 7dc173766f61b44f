// 案件移送台账: transfers out (to the body with jurisdiction, or of a suspected crime to a judicial
// body), transfers received, and 涉嫌犯罪移送 under 国务院令第310号 — every date, and each deadline
// met or missed (computed with the rule and calendar the transfer's own screen uses).

import {
  IN_ANSWER_LABELS,
  IN_DECISION_LABELS,
  OUT_DECISION_LABELS,
  TRANSFER_IN_STATE_LABELS,
  TRANSFER_TARGET_LABELS,
  outAnswerLabel,
  outStateLabel,
  type InAnswer,
  type InDecision,
  type OutAnswer,
  type OutDecision,
  type TransferInState,
  type TransferOutState,
  type TransferTarget,
} from '../../../shared/contract/transfers';
import { CRIMINAL_STATE_LABELS, POLICE_ANSWER_LABELS } from '../../../shared/contract/criminal-transfers';
import type { CriminalState, PoliceAnswer } from '../../../shared/contract/criminal-transfers';
import { sql } from '../../db/sql';
import { clockOf, type Clock } from '../calendar/clock';
import { officeDateOf } from '../calendar/officeTime';
import type { CoreContext } from '../context';
import { calendarDueDate } from '../transfers/calendar-days';
import { APPROVAL_DAYS, POLICE_REVIEW_DAYS } from '../transfers/criminal-rules';
import { listTransfers } from '../transfers/list';
import { calendarDayOutcome, deadlineOutcome, type DeadlineOutcome } from './deadline-outcome';
import { yearRange, type LedgerDefinition, type LedgerQuery } from './definition';
import { officeTime } from './reviews-ledger';
import { ledgerTable } from './xlsx';

interface OutLedgerRow {
  case_number: string;
  cause: string;
  target: TransferTarget;
  receiver: string;
  origin: string;
  found_on: string;
  found_at: string | null;
  urgent: number;
  send_limit_unit: 'working-days' | 'hours';
  send_limit: number;
  send_rule: string;
  answer_working_days: number;
  answer_rule: string;
  approved_at: string | null;
  approved_by: string | null;
  sent_at: string | null;
  letter_number: string;
  received_at: string | null;
  receipt_signed_by: string | null;
  answer: OutAnswer | null;
  answered_on: string | null;
  answer_reference: string;
  escalated_on: string | null;
  decided_on: string | null;
  decision: OutDecision | null;
  withdrawn_at: string | null;
  state: TransferOutState;
}

interface InLedgerRow {
  sender: string;
  letter_number: string;
  letter_date: string | null;
  cause: string;
  party_name: string;
  received_on: string;
  received_at: string;
  receipt_signed_by: string | null;
  answer_working_days: number;
  answer_rule: string;
  answer: InAnswer | null;
  answered_on: string | null;
  case_number: string | null;
  decided_on: string | null;
  decision: InDecision | null;
  state: TransferInState;
}

interface CriminalLedgerRow {
  case_number: string;
  cause: string;
  police: string;
  suspected_crime: string;
  reported_on: string;
  state: CriminalState;
  decided_at: string | null;
  decided_by: string | null;
  decision_late: number;
  sent_at: string | null;
  send_late: number;
  letter_number: string;
  receipt_at: string | null;
  answer: PoliceAnswer | null;
  answered_on: string | null;
  answer_reference: string;
  reconsideration_on: string | null;
  reconsideration_answer: PoliceAnswer | null;
  supervision_on: string | null;
  returned_on: string | null;
}

/** Ids on the transfers page for its scope: null for 全部, the page's own open lists otherwise. */
function idsOnScreen(ctx: CoreContext, query: LedgerQuery) {
  if (query.filters.scope === 'all') return null;
  const lists = listTransfers(ctx, 'open');
  return {
    out: lists.out.map((t) => t.id),
    in: lists.in.map((t) => t.id),
    criminal: lists.criminal.map((t) => t.id),
  };
}

const idFilter = (column: string) => `AND (? IS NULL OR ${column} IN (SELECT value FROM json_each(?)))`;
const idParams = (ids: number[] | undefined) => [ids === undefined ? null : 1, JSON.stringify(ids ?? [])];

function outRows(ctx: CoreContext, query: LedgerQuery, ids: number[] | undefined): OutLedgerRow[] {
  const { from, to } = yearRange(query.year);
  return sql.all<OutLedgerRow>(
    ctx.db,
    `SELECT c.case_number, c.cause, t.target, o.name AS receiver, t.origin, t.found_on, t.found_at, t.urgent,
       t.send_limit_unit, t.send_limit, t.send_rule, t.answer_working_days, t.answer_rule, t.approved_at, t.approved_by,
       t.sent_at, t.letter_number, t.received_at, t.receipt_signed_by, t.answer, t.answered_on, t.answer_reference,
       t.escalated_on, t.decided_on, t.decision, t.withdrawn_at, t.state
     FROM transfers_out t JOIN cases c ON c.id = t.case_id JOIN organizations o ON o.id = t.receiver_org_id
     WHERE t.found_on BETWEEN ? AND ? ${idFilter('t.id')}
     ORDER BY t.found_on, t.id`,
    from,
    to,
    ...idParams(ids),
  );
}

function inRows(ctx: CoreContext, query: LedgerQuery, ids: number[] | undefined): InLedgerRow[] {
  const { from, to } = yearRange(query.year);
  return sql.all<InLedgerRow>(
    ctx.db,
    `SELECT o.name AS sender, t.letter_number, t.letter_date, t.cause, t.party_name, t.received_on, t.received_at,
       t.receipt_signed_by, t.answer_working_days, t.answer_rule, t.answer, t.answered_on, c.case_number, t.decided_on,
       t.decision, t.state
     FROM transfers_in t JOIN organizations o ON o.id = t.from_org_id LEFT JOIN cases c ON c.id = t.case_id
     WHERE t.received_on BETWEEN ? AND ? ${idFilter('t.id')}
     ORDER BY t.received_on, t.id`,
    from,
    to,
    ...idParams(ids),
  );
}

function criminalRows(ctx: CoreContext, query: LedgerQuery, ids: number[] | undefined): CriminalLedgerRow[] {
  const { from, to } = yearRange(query.year);
  return sql.all<CriminalLedgerRow>(
    ctx.db,
    `SELECT c.case_number, c.cause, o.name AS police, t.suspected_crime, t.reported_on, t.state, t.decided_at,
       t.decided_by, t.decision_late, t.sent_at, t.send_late, t.letter_number, t.receipt_at, t.answer, t.answered_on,
       t.answer_reference, t.reconsideration_on, t.reconsideration_answer, t.supervision_on, t.returned_on
     FROM criminal_transfers t JOIN cases c ON c.id = t.case_id JOIN organizations o ON o.id = t.police_org_id
     WHERE t.reported_on BETWEEN ? AND ? ${idFilter('t.id')}
     ORDER BY t.reported_on, t.id`,
    from,
    to,
    ...idParams(ids),
  );
}

const noDeadline: DeadlineOutcome = { due: null, outcome: '' };

function outSend(clock: Clock, r: OutLedgerRow): DeadlineOutcome {
  if (r.sent_at === null && r.withdrawn_at !== null) return { due: null, outcome: '已撤回' };
  return deadlineOutcome(
    clock,
    { unit: r.send_limit_unit, amount: r.send_limit, rule: r.send_rule },
    { date: r.found_on, instant: r.found_at },
    r.sent_at,
  );
}

function outAnswer(clock: Clock, r: OutLedgerRow): DeadlineOutcome {
  if (r.received_at === null) return noDeadline;
  return deadlineOutcome(
    clock,
    { unit: 'working-days', amount: r.answer_working_days, rule: r.answer_rule },
    { date: officeDateOf(r.received_at), instant: r.received_at },
    r.answered_on,
  );
}

function inAnswer(clock: Clock, r: InLedgerRow): DeadlineOutcome {
  return deadlineOutcome(
    clock,
    { unit: 'working-days', amount: r.answer_working_days, rule: r.answer_rule },
    { date: r.received_on, instant: r.received_at },
    r.answered_on,
  );
}

/** 310号令第五条: the head decides within 3 days of the report (the flag is kept when it is decided). */
function criminalApproval(clock: Clock, r: CriminalLedgerRow): DeadlineOutcome {
  const due = calendarDueDate(r.reported_on, APPROVAL_DAYS);
  if (r.decided_at !== null) return { due, outcome: r.decision_late ? '逾期' : '按期' };
  return calendarDayOutcome(clock.now, due, null);
}

/** 310号令第八条: the police decide within 3 days of receiving the transfer. */
function policeReview(clock: Clock, r: CriminalLedgerRow): DeadlineOutcome {
  if (r.receipt_at === null) return noDeadline;
  return calendarDayOutcome(clock.now, calendarDueDate(officeDateOf(r.receipt_at), POLICE_REVIEW_DAYS), r.answered_on);
}

export const transfersLedger: LedgerDefinition = {
  what: 'transfers',
  title: '案件移送台账',
  filters: ['scope'],
  sheets: (ctx, query) => {
    const clock = clockOf(ctx);
    const ids = idsOnScreen(ctx, query);
    return [
      ledgerTable<OutLedgerRow>({
        name: '移出案件',
        columns: [
          { header: '案件编号', kind: 'text', width: 26, value: (r) => r.case_number },
          { header: '案由', kind: 'text', width: 24, value: (r) => r.cause },
          { header: '移送类型', kind: 'text', width: 22, value: (r) => TRANSFER_TARGET_LABELS[r.target] },
          { header: '受移送单位', kind: 'text', width: 24, value: (r) => r.receiver },
          { header: '来源', kind: 'text', value: (r) => (r.origin === 'review-opinion' ? '法制审核意见' : '直接移送') },
          { header: '发现日期', kind: 'date', value: (r) => r.found_on },
          { header: '情况紧急', kind: 'text', value: (r) => (r.urgent ? '是' : '否') },
          { header: '移送期限依据', kind: 'text', width: 30, value: (r) => r.send_rule },
          { header: '移送截止', kind: 'text', width: 18, value: (r) => dueText(outSend(clock, r).due) },
          { header: '批准时间', kind: 'datetime', value: (r) => officeTime(r.approved_at) },
          { header: '批准人', kind: 'text', value: (r) => r.approved_by ?? '' },
          { header: '移送时间', kind: 'datetime', value: (r) => officeTime(r.sent_at) },
          { header: '移送是否按期', kind: 'text', width: 14, value: (r) => outSend(clock, r).outcome },
          { header: '移送函文号', kind: 'text', width: 24, value: (r) => r.letter_number },
          { header: '签收时间', kind: 'datetime', value: (r) => officeTime(r.received_at) },
          { header: '签收人', kind: 'text', value: (r) => r.receipt_signed_by ?? '' },
          { header: '书面告知截止', kind: 'date', value: (r) => outAnswer(clock, r).due },
          { header: '书面告知日期', kind: 'date', value: (r) => r.answered_on },
          {
            header: '受移送单位答复',
            kind: 'text',
            value: (r) => (r.answer ? outAnswerLabel(r.target, r.answer) : ''),
          },
          { header: '答复是否按期', kind: 'text', width: 14, value: (r) => outAnswer(clock, r).outcome },
          { header: '答复文号', kind: 'text', width: 20, value: (r) => r.answer_reference },
          { header: '报请决定日期', kind: 'date', value: (r) => r.escalated_on },
          { header: '指定管辖日期', kind: 'date', value: (r) => r.decided_on },
          { header: '指定管辖结果', kind: 'text', value: (r) => (r.decision ? OUT_DECISION_LABELS[r.decision] : '') },
          { header: '撤回时间', kind: 'datetime', value: (r) => officeTime(r.withdrawn_at) },
          { header: '状态', kind: 'text', width: 20, value: (r) => outStateLabel(r.state, r.target) },
        ],
        rows: outRows(ctx, query, ids?.out),
      }),
      ledgerTable<InLedgerRow>({
        name: '接收移送',
        columns: [
          { header: '移送单位', kind: 'text', width: 24, value: (r) => r.sender },
          { header: '来函文号', kind: 'text', width: 24, value: (r) => r.letter_number },
          { header: '来函日期', kind: 'date', value: (r) => r.letter_date },
          { header: '案由', kind: 'text', width: 24, value: (r) => r.cause },
          { header: '当事人', kind: 'text', width: 18, value: (r) => r.party_name },
          { header: '收到日期', kind: 'date', value: (r) => r.received_on },
          { header: '签收人', kind: 'text', value: (r) => r.receipt_signed_by ?? '' },
          { header: '答复期限依据', kind: 'text', width: 30, value: (r) => r.answer_rule },
          { header: '答复截止', kind: 'date', value: (r) => inAnswer(clock, r).due },
          { header: '答复日期', kind: 'date', value: (r) => r.answered_on },
          { header: '答复', kind: 'text', value: (r) => (r.answer ? IN_ANSWER_LABELS[r.answer] : '') },
          { header: '答复是否按期', kind: 'text', width: 14, value: (r) => inAnswer(clock, r).outcome },
          { header: '立案编号', kind: 'text', width: 24, value: (r) => r.case_number ?? '' },
          { header: '政府决定日期', kind: 'date', value: (r) => r.decided_on },
          { header: '政府决定', kind: 'text', value: (r) => (r.decision ? IN_DECISION_LABELS[r.decision] : '') },
          { header: '状态', kind: 'text', width: 20, value: (r) => TRANSFER_IN_STATE_LABELS[r.state] },
        ],
        rows: inRows(ctx, query, ids?.in),
      }),
      ledgerTable<CriminalLedgerRow>({
        name: '涉嫌犯罪移送',
        columns: [
          { header: '案件编号', kind: 'text', width: 26, value: (r) => r.case_number },
          { header: '案由', kind: 'text', width: 24, value: (r) => r.cause },
          { header: '涉嫌罪名', kind: 'text', width: 20, value: (r) => r.suspected_crime },
          { header: '公安机关', kind: 'text', width: 24, value: (r) => r.police },
          { header: '报告日期', kind: 'date', value: (r) => r.reported_on },
          { header: '审批截止', kind: 'date', value: (r) => criminalApproval(clock, r).due },
          { header: '审批时间', kind: 'datetime', value: (r) => officeTime(r.decided_at) },
          { header: '审批人', kind: 'text', value: (r) => r.decided_by ?? '' },
          { header: '审批是否按期', kind: 'text', width: 14, value: (r) => criminalApproval(clock, r).outcome },
          { header: '移送时间', kind: 'datetime', value: (r) => officeTime(r.sent_at) },
          {
            header: '移送是否按期（批准后24小时）',
            kind: 'text',
            width: 16,
            value: (r) => (r.sent_at === null ? '' : r.send_late ? '逾期' : '按期'),
          },
          { header: '移送书文号', kind: 'text', width: 24, value: (r) => r.letter_number },
          { header: '回执签收时间', kind: 'datetime', value: (r) => officeTime(r.receipt_at) },
          { header: '公安审查截止', kind: 'date', value: (r) => policeReview(clock, r).due },
          { header: '公安决定', kind: 'text', value: (r) => (r.answer ? POLICE_ANSWER_LABELS[r.answer] : '') },
          { header: '决定日期', kind: 'date', value: (r) => r.answered_on },
          { header: '公安审查是否按期', kind: 'text', width: 14, value: (r) => policeReview(clock, r).outcome },
          { header: '立案/不立案文号', kind: 'text', width: 24, value: (r) => r.answer_reference },
          { header: '提请复议日期', kind: 'date', value: (r) => r.reconsideration_on },
          {
            header: '复议结果',
            kind: 'text',
            value: (r) => (r.reconsideration_answer ? POLICE_ANSWER_LABELS[r.reconsideration_answer] : ''),
          },
          { header: '建议立案监督日期', kind: 'date', value: (r) => r.supervision_on },
          { header: '回到行政处理日期', kind: 'date', value: (r) => r.returned_on },
          { header: '状态', kind: 'text', width: 24, value: (r) => CRIMINAL_STATE_LABELS[r.state] },
        ],
        rows: criminalRows(ctx, query, ids?.criminal),
      }),
    ];
  },
};

/** A due date, or a due instant (hour limits) as office wall-clock time. */
function dueText(due: string | null): string {
  if (due === null) return '';
  return due.length === 10 ? due : (officeTime(due) ?? '');
}
