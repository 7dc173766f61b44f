// 法制审核台账: every review round with its triggers, opinion and signatures, and every notice to
// supplement with its deadline met or missed.

import { OPINIONS } from '../../../shared/domain/review';
import { sql } from '../../db/sql';
import { officeDateOf } from '../calendar/officeTime';
import type { CoreContext } from '../context';
import { caseIdsOnScreen } from './cases-ledger';
import { officeDateSql, yearRange, type LedgerDefinition, type LedgerQuery } from './definition';
import { ledgerTable } from './xlsx';

const ROUND_STATE_WORDS: Record<string, string> = {
  submitted: '待审查送审材料',
  'supplement-requested': '待补正材料',
  'in-review': '逐项审核中',
  'reviewer-signed': '审核员已签署，待法制审核机构负责人签署',
  signed: '已签署',
};

interface RoundLedgerRow {
  case_number: string;
  cause: string;
  party_name: string;
  round_no: number;
  state: string;
  submitted_on: string;
  submitted_by: string;
  triggers_json: string;
  review_required: number;
  reviewer: string | null;
  head: string | null;
  suggested_opinion: number | null;
  chosen_opinion: number | null;
  override_reason: string;
  opinion_reasons: string;
  corrections: string;
  reviewer_signed_at: string | null;
  signed_at: string | null;
  decision_agrees: number | null;
  decision_number: string | null;
  decision_date: string | null;
}

interface NoticeLedgerRow {
  case_number: string;
  round_no: number;
  issued_on: string;
  issued_by: string;
  items_json: string;
  working_days: number;
  working_days_source: string;
  deadline: string;
  supplemented_at: string | null;
  supplement_note: string;
}

const idFilter = 'AND (? IS NULL OR c.id IN (SELECT value FROM json_each(?)))';

function rounds(ctx: CoreContext, query: LedgerQuery): RoundLedgerRow[] {
  const ids = caseIdsOnScreen(ctx, query);
  const { from, to } = yearRange(query.year);
  return sql.all<RoundLedgerRow>(
    ctx.db,
    `SELECT c.case_number, c.cause, c.party_name, r.round_no, r.state, ${officeDateSql('r.submitted_at')} AS submitted_on,
       r.submitted_by, r.triggers_json, r.review_required,
       (SELECT name FROM staff WHERE id = r.reviewer_id) AS reviewer, (SELECT name FROM staff WHERE id = r.head_id) AS head,
       r.suggested_opinion, r.chosen_opinion, r.override_reason, r.opinion_reasons, r.corrections,
       r.reviewer_signed_at, r.signed_at, d.agrees AS decision_agrees, d.decision_number, d.decision_date
     FROM review_rounds r JOIN cases c ON c.id = r.case_id
     LEFT JOIN review_decisions d ON d.round_id = r.id
     WHERE ${officeDateSql('r.submitted_at')} BETWEEN ? AND ? ${idFilter}
     ORDER BY r.submitted_at, r.id`,
    from,
    to,
    ids === null ? null : 1,
    JSON.stringify(ids ?? []),
  );
}

function notices(ctx: CoreContext, query: LedgerQuery): NoticeLedgerRow[] {
  const ids = caseIdsOnScreen(ctx, query);
  const { from, to } = yearRange(query.year);
  return sql.all<NoticeLedgerRow>(
    ctx.db,
    `SELECT c.case_number, r.round_no, n.issued_on, n.issued_by, n.items_json, n.working_days, n.working_days_source,
       n.deadline, n.supplemented_at, n.supplement_note
     FROM supplement_notices n JOIN review_rounds r ON r.id = n.round_id JOIN cases c ON c.id = r.case_id
     WHERE n.issued_on BETWEEN ? AND ? ${idFilter}
     ORDER BY n.issued_on, n.id`,
    from,
    to,
    ids === null ? null : 1,
    JSON.stringify(ids ?? []),
  );
}

const opinion = (n: number | null) =>
  n === null ? '' : `意见${n}：${OPINIONS.find((o) => o.number === n)?.label ?? ''}`;

function triggersText(json: string): string {
  const parsed = JSON.parse(json) as { triggers?: Array<{ label: string; holds: boolean }> };
  return (parsed.triggers ?? [])
    .filter((t) => t.holds)
    .map((t) => t.label)
    .join('；');
}

function supplementOutcome(row: NoticeLedgerRow, today: string): string {
  if (row.supplemented_at === null) return today > row.deadline ? '未补正（已逾期）' : '未补正（未到期）';
  return officeDateOf(row.supplemented_at) <= row.deadline ? '按期' : '逾期';
}

export const reviewsLedger: LedgerDefinition = {
  what: 'reviews',
  title: '法制审核台账',
  filters: ['search'],
  sheets: (ctx, query) => {
    const today = officeDateOf(ctx.now().toISOString());
    return [
      ledgerTable<RoundLedgerRow>({
        name: '审核轮次',
        columns: [
          { header: '案件编号', kind: 'text', width: 26, value: (r) => r.case_number },
          { header: '案由', kind: 'text', width: 24, value: (r) => r.cause },
          { header: '当事人', kind: 'text', width: 18, value: (r) => r.party_name },
          { header: '轮次', kind: 'integer', value: (r) => r.round_no },
          { header: '送审日期', kind: 'date', value: (r) => r.submitted_on },
          { header: '送审人', kind: 'text', value: (r) => r.submitted_by },
          { header: '应当审核', kind: 'text', value: (r) => (r.review_required ? '是' : '否（自愿送审）') },
          { header: '审核情形（触发条件）', kind: 'text', width: 40, value: (r) => triggersText(r.triggers_json) },
          { header: '审核员', kind: 'text', value: (r) => r.reviewer ?? '' },
          { header: '法制审核机构负责人', kind: 'text', value: (r) => r.head ?? '' },
          { header: '建议意见', kind: 'text', width: 22, value: (r) => opinion(r.suggested_opinion) },
          { header: '审核意见', kind: 'text', width: 22, value: (r) => opinion(r.chosen_opinion) },
          { header: '改选理由', kind: 'text', width: 24, value: (r) => r.override_reason },
          { header: '意见理由', kind: 'text', width: 40, value: (r) => r.opinion_reasons },
          { header: '纠正完善事项', kind: 'text', width: 30, value: (r) => r.corrections },
          { header: '审核员签署时间', kind: 'datetime', value: (r) => officeTime(r.reviewer_signed_at) },
          { header: '负责人签署时间', kind: 'datetime', value: (r) => officeTime(r.signed_at) },
          { header: '状态', kind: 'text', width: 20, value: (r) => ROUND_STATE_WORDS[r.state] ?? r.state },
          {
            header: '机关负责人决定',
            kind: 'text',
            value: (r) => (r.decision_agrees === null ? '' : r.decision_agrees ? '同意' : '不同意'),
          },
          { header: '处罚决定书文号', kind: 'text', width: 26, value: (r) => r.decision_number },
          { header: '决定日期', kind: 'date', value: (r) => r.decision_date },
        ],
        rows: rounds(ctx, query),
      }),
      ledgerTable<NoticeLedgerRow>({
        name: '补正材料通知',
        columns: [
          { header: '案件编号', kind: 'text', width: 26, value: (r) => r.case_number },
          { header: '轮次', kind: 'integer', value: (r) => r.round_no },
          { header: '通知日期', kind: 'date', value: (r) => r.issued_on },
          { header: '通知人', kind: 'text', value: (r) => r.issued_by },
          {
            header: '需补正材料',
            kind: 'text',
            width: 40,
            value: (r) =>
              (JSON.parse(r.items_json) as Array<{ name: string; detail?: string }>)
                .map((item) => (item.detail ? `${item.name}（${item.detail}）` : item.name))
                .join('；'),
          },
          { header: '补正期限（工作日）', kind: 'integer', value: (r) => r.working_days },
          { header: '期限依据', kind: 'text', width: 30, value: (r) => r.working_days_source },
          { header: '补正截止日', kind: 'date', value: (r) => r.deadline },
          {
            header: '补正日期',
            kind: 'date',
            value: (r) => (r.supplemented_at ? officeDateOf(r.supplemented_at) : null),
          },
          { header: '是否按期', kind: 'text', value: (r) => supplementOutcome(r, today) },
          { header: '补正说明', kind: 'text', width: 30, value: (r) => r.supplement_note },
        ],
        rows: notices(ctx, query),
      }),
    ];
  },
};

/** A stored UTC instant as the office's wall-clock "YYYY-MM-DD HH:MM". */
export function officeTime(instant: string | null): string | null {
  if (instant === null) return null;
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
