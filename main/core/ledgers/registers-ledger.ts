// The 协作登记 registers' ledgers: 执法协助, 举报投诉, 执法监督. Each takes the ids its list shows for
// the same filters (the register store's own query), narrows to the year, and reads its columns.
// 举报投诉: the complainant's name and contact are never read into the ledger, and wherever a
// clerk typed them into a free-text field they are replaced in SQL before the text leaves the database.

import {
  ASSISTANCE_DIRECTION_LABELS,
  ASSISTANCE_GROUND_LABELS,
  ASSISTANCE_REFUSAL_LABELS,
  type AssistanceDirection,
  type AssistanceGround,
  type AssistanceRefusalGround,
} from '../../../shared/contract/assistance';
import {
  ANSWER_METHOD_LABELS,
  COMPLAINT_ANSWER_KIND_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_FINDING_LABELS,
  type AnswerMethod,
  type ComplaintAnswerKind,
  type ComplaintChannel,
  type ComplaintFinding,
} from '../../../shared/contract/complaints';
import { SUPERVISION_KIND_LABELS, type SupervisionKind } from '../../../shared/contract/supervision';
import { sql } from '../../db/sql';
import { assistanceLimit } from '../assistance/service';
import { assistanceRow, assistanceRows } from '../assistance/store';
import { clockOf } from '../calendar/clock';
import { officeDateOf } from '../calendar/officeTime';
import { complaintRows } from '../complaints/store';
import type { CoreContext } from '../context';
import { getProfile } from '../profiles/service';
import { registerLimit, registerRules } from '../profiles/registers';
import { supervisionRows } from '../supervision/store';
import { deadlineOutcome } from './deadline-outcome';
import { yearRange, type LedgerDefinition, type LedgerQuery } from './definition';
import { ledgerTable } from './xlsx';

const inIds = 'id IN (SELECT value FROM json_each(?))';

interface AssistanceLedgerRow {
  id: number;
  direction: AssistanceDirection;
  counterpart: string;
  letter_number: string;
  case_title: string;
  ground: AssistanceGround;
  needed: string;
  legal_basis: string;
  requested_on: string;
  outcome: 'assisted' | 'refused' | null;
  refusal_ground: AssistanceRefusalGround | null;
  answered_on: string | null;
}

function assistanceLedgerRows(ctx: CoreContext, query: LedgerQuery): AssistanceLedgerRow[] {
  const { scope, direction, search } = query.filters;
  const ids = assistanceRows(ctx.db, { open: scope === 'open', direction, search }).map((row) => row.id);
  const { from, to } = yearRange(query.year);
  return sql.all<AssistanceLedgerRow>(
    ctx.db,
    `SELECT id, direction, counterpart, letter_number, case_title, ground, needed, legal_basis, requested_on, outcome,
       refusal_ground, answered_on
     FROM assistance_requests WHERE ${inIds} AND requested_on BETWEEN ? AND ? ORDER BY requested_on, id`,
    JSON.stringify(ids),
    from,
    to,
  );
}

export const assistanceLedger: LedgerDefinition = {
  what: 'assistance',
  title: '执法协助台账',
  filters: ['scope', 'direction', 'search'],
  sheets: (ctx, query) => {
    const clock = clockOf(ctx);
    const answer = (r: AssistanceLedgerRow) => {
      const row = assistanceRow(ctx.db, r.id);
      if (!row) return { due: null, outcome: '' };
      return deadlineOutcome(clock, assistanceLimit(ctx, row), { date: r.requested_on, instant: null }, r.answered_on);
    };
    return [
      ledgerTable<AssistanceLedgerRow>({
        name: '执法协助',
        columns: [
          { header: '方向', kind: 'text', width: 22, value: (r) => ASSISTANCE_DIRECTION_LABELS[r.direction] },
          { header: '对方机关', kind: 'text', width: 24, value: (r) => r.counterpart },
          { header: '来函/去函文号', kind: 'text', width: 24, value: (r) => r.letter_number },
          { header: '所涉案件', kind: 'text', width: 24, value: (r) => r.case_title },
          { header: '请求协助的情形', kind: 'text', width: 30, value: (r) => ASSISTANCE_GROUND_LABELS[r.ground] },
          { header: '协助事项', kind: 'text', width: 30, value: (r) => r.needed },
          { header: '依据', kind: 'text', width: 24, value: (r) => r.legal_basis },
          { header: '请求日期', kind: 'date', value: (r) => r.requested_on },
          { header: '答复截止', kind: 'date', value: (r) => answer(r).due },
          { header: '答复日期', kind: 'date', value: (r) => r.answered_on },
          { header: '答复是否按期', kind: 'text', width: 14, value: (r) => answer(r).outcome },
          {
            header: '结果',
            kind: 'text',
            value: (r) => (r.outcome === null ? '办理中' : r.outcome === 'assisted' ? '予以协助' : '不予协助'),
          },
          {
            header: '不予协助的理由',
            kind: 'text',
            width: 30,
            value: (r) => (r.refusal_ground ? ASSISTANCE_REFUSAL_LABELS[r.refusal_ground] : ''),
          },
        ],
        rows: assistanceLedgerRows(ctx, query),
      }),
    ];
  },
};

interface ComplaintLedgerRow {
  id: number;
  number: string;
  received_on: string;
  channel: ComplaintChannel;
  matter: string;
  first_handler: string;
  first_handling: string;
  verification: string;
  verified_on: string | null;
  finding: ComplaintFinding | null;
  case_number: string | null;
  lead_transferred_on: string | null;
  closed_on: string | null;
  profile_id: string;
  profile_version: number;
  answers: string;
}

/** A free-text column with the complainant's name and contact replaced (never selected themselves). */
const masked = (column: string) =>
  `replace(replace(${column}, CASE WHEN length(trim(c.complainant_name)) > 0 THEN c.complainant_name ELSE char(0) END, '（举报人）'),
     CASE WHEN length(trim(c.complainant_contact)) > 0 THEN c.complainant_contact ELSE char(0) END, '（联系方式）')`;

function complaintLedgerRows(ctx: CoreContext, query: LedgerQuery): ComplaintLedgerRow[] {
  const ids = complaintRows(ctx.db, { open: query.filters.scope === 'open', search: query.filters.search }).map(
    (row) => row.id,
  );
  const { from, to } = yearRange(query.year);
  return sql.all<ComplaintLedgerRow>(
    ctx.db,
    `SELECT c.id, c.number, c.received_on, c.channel, ${masked('c.matter')} AS matter, c.first_handler,
       ${masked('c.first_handling')} AS first_handling, ${masked('c.verification')} AS verification, c.verified_on,
       c.finding, k.case_number, c.lead_transferred_on, c.closed_on, c.profile_id, c.profile_version,
       (SELECT json_group_array(json_object('kind', kind, 'on', answered_on, 'method', method))
          FROM (SELECT * FROM complaint_answers a WHERE a.complaint_id = c.id ORDER BY a.answered_on, a.id)) AS answers
     FROM complaints c LEFT JOIN cases k ON k.id = c.case_id
     WHERE c.${inIds} AND c.received_on BETWEEN ? AND ? ORDER BY c.received_on, c.id`,
    JSON.stringify(ids),
    from,
    to,
  );
}

interface AnswerCell {
  kind: ComplaintAnswerKind;
  on: string;
  method: AnswerMethod;
}

export const complaintsLedger: LedgerDefinition = {
  what: 'complaints',
  title: '举报投诉台账',
  filters: ['scope', 'search'],
  sheets: (ctx, query) => {
    const clock = clockOf(ctx);
    const answers = (r: ComplaintLedgerRow) => JSON.parse(r.answers) as AnswerCell[];
    const final = (r: ComplaintLedgerRow) => answers(r).find((a) => a.kind === 'final') ?? null;
    const finalDeadline = (r: ComplaintLedgerRow) => {
      const profile = getProfile(ctx.db, r.profile_id, r.profile_version);
      const limit = registerLimit(registerRules(profile).complaintAnswerWorkingDays, '答复举报、投诉、信访人');
      return deadlineOutcome(clock, limit, { date: r.received_on, instant: null }, final(r)?.on ?? null);
    };
    const feedbackDeadline = (r: ComplaintLedgerRow) => {
      const profile = getProfile(ctx.db, r.profile_id, r.profile_version);
      const feedback = profile.deadlines.complainantFeedbackWorkingDays;
      if (r.finding !== 'lead-transferred' || !r.lead_transferred_on || !feedback) return { due: null, outcome: '' };
      const limit = registerLimit(feedback, '将移送信息反馈举报、投诉、信访人');
      const fed = answers(r).find((a) => a.kind === 'feedback');
      return deadlineOutcome(clock, limit, { date: r.lead_transferred_on, instant: null }, fed?.on ?? null);
    };
    return [
      ledgerTable<ComplaintLedgerRow>({
        name: '举报投诉',
        title: '举报、投诉、信访人的姓名和联系方式不列入台账（保密）',
        columns: [
          { header: '登记编号', kind: 'text', value: (r) => r.number },
          { header: '收到日期', kind: 'date', value: (r) => r.received_on },
          { header: '渠道', kind: 'text', value: (r) => COMPLAINT_CHANNEL_LABELS[r.channel] ?? r.channel },
          { header: '反映事项', kind: 'text', width: 36, value: (r) => r.matter },
          { header: '首问责任人', kind: 'text', value: (r) => r.first_handler },
          { header: '首问处理', kind: 'text', width: 30, value: (r) => r.first_handling },
          { header: '核实情况', kind: 'text', width: 30, value: (r) => r.verification },
          { header: '核实日期', kind: 'date', value: (r) => r.verified_on },
          {
            header: '处理结果',
            kind: 'text',
            width: 30,
            value: (r) => (r.finding ? COMPLAINT_FINDING_LABELS[r.finding] : ''),
          },
          { header: '立案编号', kind: 'text', width: 24, value: (r) => r.case_number ?? '' },
          { header: '线索移送日期', kind: 'date', value: (r) => r.lead_transferred_on },
          { header: '反馈截止', kind: 'date', value: (r) => feedbackDeadline(r).due },
          { header: '反馈是否按期', kind: 'text', width: 14, value: (r) => feedbackDeadline(r).outcome },
          { header: '答复截止', kind: 'date', value: (r) => finalDeadline(r).due },
          { header: '最终答复日期', kind: 'date', value: (r) => final(r)?.on ?? null },
          {
            header: '答复方式',
            kind: 'text',
            value: (r) => {
              const answer = final(r);
              return answer ? (ANSWER_METHOD_LABELS[answer.method] ?? answer.method) : '';
            },
          },
          { header: '答复是否按期', kind: 'text', width: 14, value: (r) => finalDeadline(r).outcome },
          {
            header: '答复记录',
            kind: 'text',
            width: 30,
            value: (r) =>
              answers(r)
                .map(
                  (a) =>
                    `${a.on} ${COMPLAINT_ANSWER_KIND_LABELS[a.kind]}（${ANSWER_METHOD_LABELS[a.method] ?? a.method}）`,
                )
                .join('；'),
          },
          { header: '办结日期', kind: 'date', value: (r) => r.closed_on },
        ],
        rows: complaintLedgerRows(ctx, query),
      }),
    ];
  },
};

interface SupervisionLedgerRow {
  kind: SupervisionKind;
  issuer: string;
  doc_number: string;
  received_on: string;
  matters: string;
  correct_by: string;
  case_number: string | null;
  reported_on: string | null;
  closed_on: string | null;
  close_note: string;
}

export const supervisionLedger: LedgerDefinition = {
  what: 'supervision',
  title: '执法监督台账',
  filters: ['scope', 'search'],
  sheets: (ctx, query) => {
    const today = officeDateOf(ctx.now().toISOString());
    const ids = supervisionRows(ctx.db, { open: query.filters.scope === 'open', search: query.filters.search }).map(
      (row) => row.id,
    );
    const { from, to } = yearRange(query.year);
    const outcome = (r: SupervisionLedgerRow) =>
      r.reported_on === null
        ? today > r.correct_by
          ? '未报告（已逾期）'
          : '未报告（未到期）'
        : r.reported_on <= r.correct_by
          ? '按期'
          : '逾期';
    return [
      ledgerTable<SupervisionLedgerRow>({
        name: '执法监督',
        columns: [
          { header: '文书种类', kind: 'text', width: 20, value: (r) => SUPERVISION_KIND_LABELS[r.kind] },
          { header: '下发机关', kind: 'text', width: 24, value: (r) => r.issuer },
          { header: '文号', kind: 'text', width: 24, value: (r) => r.doc_number },
          { header: '收到日期', kind: 'date', value: (r) => r.received_on },
          { header: '监督事项', kind: 'text', width: 36, value: (r) => r.matters },
          { header: '所涉案件', kind: 'text', width: 24, value: (r) => r.case_number ?? '' },
          { header: '整改期限', kind: 'date', value: (r) => r.correct_by },
          { header: '整改报告日期', kind: 'date', value: (r) => r.reported_on },
          { header: '是否按期', kind: 'text', width: 14, value: outcome },
          { header: '办结日期', kind: 'date', value: (r) => r.closed_on },
          { header: '办结说明', kind: 'text', width: 30, value: (r) => r.close_note },
        ],
        rows: sql.all<SupervisionLedgerRow>(
          ctx.db,
          `SELECT s.kind, s.issuer, s.doc_number, s.received_on, s.matters, s.correct_by, c.case_number, s.reported_on,
             s.closed_on, s.close_note
           FROM supervision_notices s LEFT JOIN cases c ON c.id = s.case_id
           WHERE s.${inIds} AND s.received_on BETWEEN ? AND ? ORDER BY s.received_on, s.id`,
          JSON.stringify(ids),
          from,
          to,
        ),
      }),
    ];
  },
};
